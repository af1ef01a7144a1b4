#include "ui/workspaces/epistasis/guided_tour.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QWidget>

namespace locuscope {

GuidedTour::GuidedTour(QWidget* host, std::vector<TourStep> steps, QObject* parent)
    : QObject(parent), host_(host), steps_(std::move(steps)) {}

GuidedTour::~GuidedTour() {
    stop();
}

bool GuidedTour::running() const {
    return current_ >= 0;
}

void GuidedTour::start() {
    QWidget* window = host_->window();
    if (!bubble_) {
        highlight_ = new QFrame(window);
        highlight_->setObjectName(QStringLiteral("tourHighlight"));
        highlight_->setAttribute(Qt::WA_TransparentForMouseEvents);
        highlight_->setStyleSheet(
            QStringLiteral("#tourHighlight { border: 3px solid #e8710a; border-radius: 6px; "
                           "background: transparent; }"));
        bubble_ = new QFrame(window);
        bubble_->setObjectName(QStringLiteral("tourBubble"));
        bubble_->setStyleSheet(
            QStringLiteral("#tourBubble { background: #fffbe6; border: 2px solid #e8710a; "
                           "border-radius: 8px; } QLabel { color: #202020; }"));
        bubble_->setFixedWidth(380);
        heading_ = new QLabel;
        QFont font = heading_->font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.15);
        heading_->setFont(font);
        body_ = new QLabel;
        body_->setWordWrap(true);
        body_->setTextFormat(Qt::RichText);
        counter_ = new QLabel;
        back_ = new QPushButton(tr("Back"));
        next_ = new QPushButton(tr("Next"));
        auto* end = new QPushButton(tr("End tour"));
        connect(back_, &QPushButton::clicked, this, &GuidedTour::back);
        connect(next_, &QPushButton::clicked, this, &GuidedTour::next);
        connect(end, &QPushButton::clicked, this, &GuidedTour::stop);
        auto* buttons = new QHBoxLayout;
        buttons->addWidget(counter_);
        buttons->addStretch(1);
        buttons->addWidget(end);
        buttons->addWidget(back_);
        buttons->addWidget(next_);
        auto* layout = new QVBoxLayout(bubble_);
        layout->addWidget(heading_);
        layout->addWidget(body_);
        layout->addLayout(buttons);
    }
    show(0);
}

void GuidedTour::next() {
    if (current_ + 1 < stepCount()) {
        show(current_ + 1);
    } else {
        stop();
    }
}

void GuidedTour::back() {
    if (current_ > 0) {
        show(current_ - 1);
    }
}

void GuidedTour::stop() {
    if (current_ < 0) {
        return;
    }
    current_ = -1;
    if (bubble_) {
        bubble_->hide();
    }
    if (highlight_) {
        highlight_->hide();
    }
    emit finished();
}

void GuidedTour::show(int step) {
    current_ = step;
    const TourStep& s = steps_[static_cast<std::size_t>(step)];
    if (s.enter) {
        s.enter();
    }
    heading_->setText(s.title);
    body_->setText(s.text);
    counter_->setText(tr("%1 of %2").arg(step + 1).arg(stepCount()));
    back_->setEnabled(step > 0);
    next_->setText(step + 1 < stepCount() ? tr("Next") : tr("Finish"));
    bubble_->adjustSize();
    bubble_->show();
    bubble_->raise();
    place();
    // Tabs switched by enter() lay out on the next event-loop turn; place again then.
    QTimer::singleShot(0, this, &GuidedTour::place);
    emit stepChanged(step);
}

void GuidedTour::place() {
    if (current_ < 0 || !bubble_) {
        return;
    }
    QWidget* window = host_->window();
    QWidget* target = steps_[static_cast<std::size_t>(current_)].target
                          ? steps_[static_cast<std::size_t>(current_)].target()
                          : nullptr;
    const QRect area = window->rect();
    QPoint position((area.width() - bubble_->width()) / 2, (area.height() - bubble_->height()) / 2);
    if (target != nullptr && target->isVisible()) {
        const QRect rect(target->mapTo(window, QPoint(0, 0)), target->size());
        highlight_->setGeometry(rect.adjusted(-4, -4, 4, 4));
        highlight_->show();
        highlight_->raise();
        // Right of the target if there is room, else left of it, else below it.
        if (rect.right() + 16 + bubble_->width() <= area.right()) {
            position = QPoint(rect.right() + 16, rect.top());
        } else if (rect.left() - 16 - bubble_->width() >= 0) {
            position = QPoint(rect.left() - 16 - bubble_->width(), rect.top());
        } else {
            position = QPoint(rect.left(), rect.bottom() + 16);
        }
    } else if (highlight_) {
        highlight_->hide();
    }
    position.setX(std::clamp(position.x(), 0, std::max(0, area.width() - bubble_->width())));
    position.setY(std::clamp(position.y(), 0, std::max(0, area.height() - bubble_->height())));
    bubble_->move(position);
    bubble_->raise();
}

}  // namespace locuscope
