#include "ui/views/log_dock.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTime>
#include <QVBoxLayout>

#include "core/runtime/logger.h"

namespace locuscope {

LogDock::LogDock(QWidget* parent) : QDockWidget(tr("Log"), parent) {
    setObjectName(QStringLiteral("LogDock"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(2, 2, 2, 2);
    text_ = new QPlainTextEdit(content);
    text_->setReadOnly(true);
    text_->setMaximumBlockCount(10000);
    text_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(text_);
    auto* clear = new QPushButton(tr("Clear"), content);
    layout->addWidget(clear, 0, Qt::AlignRight);
    connect(clear, &QPushButton::clicked, text_, &QPlainTextEdit::clear);
    setWidget(content);
}

void LogDock::append(int level, const QString& text) {
    QString colour = palette().color(QPalette::Text).name();
    QString prefix;
    if (level == static_cast<int>(LogLevel::Warning)) {
        colour = QStringLiteral("#b36b00");
        prefix = tr("Warning: ");
    } else if (level == static_cast<int>(LogLevel::Error)) {
        colour = QStringLiteral("#c62828");
        prefix = tr("Error: ");
    }
    const QString time = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
    text_->appendHtml(QStringLiteral("<span style=\"color:gray\">%1</span> <span style=\"color:%2\">%3</span>")
                          .arg(time, colour, (prefix + text).toHtmlEscaped()));
}

QString LogDock::plainText() const { return text_->toPlainText(); }

}  // namespace locuscope
