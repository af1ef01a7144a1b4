#pragma once

#include <QJsonObject>
#include <QString>

namespace locuscope {

// The Epistasis workspace saved as JSON: which dataset, model and results it shows, the forms'
// values and the selection. Paths are stored relative to the session file, so a folder holding the
// session and its data can be moved or shared; in memory they are absolute. `version` lets later
// releases migrate old files; a file from a newer release is refused with a clear message.
struct ElmSession {
    static constexpr int currentVersion = 1;

    QString datasetPath;     // empty when none
    QJsonObject split;       // method, test_fraction, seed
    QJsonObject simulation;  // SimulationForm::toJson
    QJsonObject training;    // ElmTrainingForm::toJson
    QString modelPath;       // .safetensors of the trained model, empty when none
    QString resultsPath;     // folder written by writeElmOutputs, empty when none
    int trait = 0;
    int locus = -1;
    int pairFirst = -1, pairSecond = -1;
    QString currentFigure;  // figureId of the figure in front
};

// Both throw InputError naming the file and the problem (unreadable, not JSON, wrong format, newer
// version). Writing is atomic: the old session stays intact if anything fails.
ElmSession readElmSession(const QString& file);
void writeElmSession(const ElmSession& session, const QString& file);

QJsonObject toJson(const ElmSession& session, const QString& baseDirectory);
ElmSession elmSessionFromJson(const QJsonObject& json, const QString& baseDirectory, const QString& file);

}  // namespace locuscope
