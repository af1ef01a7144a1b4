// How responsive the GUI stays while the Epistasis workspace trains on the bundled reference data:
// a 10 ms timer on the GUI thread records how late each tick arrives (event-loop latency) while the
// worker thread trains and the live loss curve redraws after every epoch. Prints numbers only.
// Usage: QT_QPA_PLATFORM=offscreen bench_event_loop_latency [epochs]
#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

#include "timer_lateness.h"
#include "ui/jobs/job_manager.h"
#include "ui/workspaces/epistasis/elm_training_form.h"
#include "ui/workspaces/epistasis/epistasis_workspace.h"

using namespace locuscope;

int main(int argc, char** argv) {
    QApplication application(argc, argv);
    const int epochs = argc > 1 ? std::atoi(argv[1]) : 8;
    JobManager jobs;
    EpistasisWorkspace workspace(jobs);
    workspace.resize(1400, 900);
    workspace.show();
    workspace.trainingForm()->fromJson({{QStringLiteral("max_epochs"), epochs}});

    QEventLoop wait;
    QObject::connect(&workspace, &EpistasisWorkspace::datasetOpened, &wait, &QEventLoop::quit);
    workspace.openDataset(QStringLiteral(LOCUSCOPE_RESOURCES "/demo/elm"));
    wait.exec();

    TimerLateness lateness;
    QElapsedTimer clock;
    QObject::connect(&workspace, &EpistasisWorkspace::reportChanged, &wait, &QEventLoop::quit);
    clock.start();
    lateness.start();
    if (workspace.train() == 0) {
        std::fprintf(stderr, "training did not start: %s\n", qPrintable(workspace.lastMessage()));
        return 1;
    }
    wait.exec();
    lateness.stop();
    const double seconds = clock.nsecsElapsed() / 1e9;
    std::printf("training %d epochs on the bundled ELM data: %.1f s, %zu timer ticks\n", epochs, seconds,
                lateness.ticks());
    std::printf("event-loop latency (ms late on a 10 ms timer): median %.2f, p99 %.2f, max %.2f\n",
                lateness.quantile(0.5), lateness.quantile(0.99), lateness.quantile(1.0));
    return 0;
}
