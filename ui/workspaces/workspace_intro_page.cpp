#include "ui/workspaces/workspace_intro_page.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace locuscope {

WorkspaceIntroPage::WorkspaceIntroPage(const QString& title, const QString& method, const QString& purpose,
                                       const QStringList& coming, QWidget* parent)
    : QWidget(parent) {
    QString items;
    for (const QString& item : coming) {
        items += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    }
    const QString html = QStringLiteral(
                             "<h1>%1</h1>"
                             "<p style=\"color:#5f6b77\"><i>%2</i></p>"
                             "<p>%3</p>"
                             "<h3>%4</h3><ul>%5</ul>")
                             .arg(title.toHtmlEscaped(), method.toHtmlEscaped(), purpose.toHtmlEscaped(),
                                  tr("Coming to this workspace").toHtmlEscaped(), items);
    auto* label = new QLabel(html);
    label->setObjectName(QStringLiteral("workspaceIntro"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    label->setMargin(24);
    label->setMaximumWidth(900);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(label);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

}  // namespace locuscope
