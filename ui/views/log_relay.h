#pragma once

#include <QObject>
#include <QString>

namespace locuscope {

// Routes the core Logger (called from any thread) to the GUI thread as a queued signal.
// Construct it on the GUI thread; its destructor gives the Logger back its default sink.
class LogRelay : public QObject {
    Q_OBJECT
public:
    explicit LogRelay(QObject* parent = nullptr);
    ~LogRelay() override;

signals:
    void message(int level, const QString& text);  // level is a locuscope::LogLevel
};

}  // namespace locuscope
