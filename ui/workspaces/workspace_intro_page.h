#pragma once

#include <QStringList>
#include <QWidget>

namespace locuscope {

// The page a workspace shows before its tools exist or before data is loaded: what the workspace
// is for, which published method it implements, and what will appear here.
class WorkspaceIntroPage : public QWidget {
    Q_OBJECT
public:
    WorkspaceIntroPage(const QString& title, const QString& method, const QString& purpose,
                       const QStringList& coming, QWidget* parent = nullptr);
};

}  // namespace locuscope
