#pragma once

// For the GUI benchmarks: a timer on the GUI thread that records how late each tick fires, the
// measure of event latency while work runs on the worker thread. Prints, asserts nothing.

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <algorithm>
#include <cstddef>
#include <vector>

namespace locuscope {

class TimerLateness {
public:
    explicit TimerLateness(int periodMs = 10) : periodMs_(periodMs) {
        timer_.setTimerType(Qt::PreciseTimer);
        timer_.setInterval(periodMs);
        QObject::connect(&timer_, &QTimer::timeout, [this] {
            const qint64 now = clock_.nsecsElapsed();
            lateMs_.push_back(std::max(0.0, (now - last_) / 1e6 - periodMs_));
            last_ = now;
        });
    }

    void start() {
        clock_.start();
        last_ = 0;
        timer_.start();
    }
    void stop() { timer_.stop(); }

    std::size_t ticks() const { return lateMs_.size(); }
    // Milliseconds late at quantile q (0.5 median, 0.99, 1 = the worst); 0 without ticks.
    double quantile(double q) const {
        if (lateMs_.empty()) {
            return 0.0;
        }
        std::vector<double> sorted = lateMs_;
        std::sort(sorted.begin(), sorted.end());
        return sorted[std::min(sorted.size() - 1, static_cast<std::size_t>(q * sorted.size()))];
    }

private:
    int periodMs_;
    QTimer timer_;
    QElapsedTimer clock_;
    qint64 last_ = 0;
    std::vector<double> lateMs_;
};

}  // namespace locuscope
