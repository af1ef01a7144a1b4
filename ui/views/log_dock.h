#pragma once

#include <QDockWidget>

class QPlainTextEdit;

namespace locuscope {

// Time-stamped log lines from the engine and from jobs, warnings and errors coloured.
class LogDock : public QDockWidget {
    Q_OBJECT
public:
    explicit LogDock(QWidget* parent = nullptr);

    void append(int level, const QString& text);  // level is a locuscope::LogLevel
    QString plainText() const;

private:
    QPlainTextEdit* text_ = nullptr;
};

}  // namespace locuscope
