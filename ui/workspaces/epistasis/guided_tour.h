#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>
#include <vector>

class QFrame;
class QLabel;
class QPushButton;
class QWidget;

namespace locuscope {

struct TourStep {
    QString title;
    QString text;                      // rich text
    std::function<QWidget*()> target;  // the widget to point at (may be null: bubble centred)
    std::function<void()> enter;       // brings the target into view (switches tabs, …)
};

// A guided tour: a bubble with the step's explanation beside a highlighted widget, Back / Next /
// End. Non-modal, so the user can do what a step asks (press Simulate, click a heatmap cell) with
// the bubble open.
class GuidedTour : public QObject {
    Q_OBJECT
public:
    GuidedTour(QWidget* host, std::vector<TourStep> steps, QObject* parent = nullptr);
    ~GuidedTour() override;

    void start();
    void next();
    void back();
    void stop();
    bool running() const;
    int currentStep() const { return current_; }
    int stepCount() const { return static_cast<int>(steps_.size()); }

signals:
    void stepChanged(int step);
    void finished();

private:
    void show(int step);
    void place();

    QWidget* host_;
    std::vector<TourStep> steps_;
    int current_ = -1;
    QPointer<QFrame> bubble_;
    QPointer<QFrame> highlight_;
    QLabel* heading_ = nullptr;
    QLabel* body_ = nullptr;
    QLabel* counter_ = nullptr;
    QPushButton* back_ = nullptr;
    QPushButton* next_ = nullptr;
};

}  // namespace locuscope
