#include "ui/workspaces/epistasis/elm_session.h"

#include <QFileInfo>
#include <QJsonArray>

#include "ui/workspaces/session_file.h"

namespace locuscope {
namespace {

const QString workspaceName = QStringLiteral("epistasis");

}  // namespace

QJsonObject toJson(const ElmSession& session, const QString& base) {
    QJsonObject json = sessionHeader(workspaceName, ElmSession::currentVersion);
    json.insert(QStringLiteral("dataset"), relativeSessionPath(session.datasetPath, base));
    json.insert(QStringLiteral("split"), session.split);
    json.insert(QStringLiteral("simulation"), session.simulation);
    json.insert(QStringLiteral("training"), session.training);
    json.insert(QStringLiteral("model"), relativeSessionPath(session.modelPath, base));
    json.insert(QStringLiteral("results"), relativeSessionPath(session.resultsPath, base));
    json.insert(QStringLiteral("selection"),
                QJsonObject{{QStringLiteral("trait"), session.trait},
                            {QStringLiteral("locus"), session.locus},
                            {QStringLiteral("pair"), QJsonArray{session.pairFirst, session.pairSecond}}});
    json.insert(QStringLiteral("current_figure"), session.currentFigure);
    return json;
}

ElmSession elmSessionFromJson(const QJsonObject& json, const QString& base, const QString& file) {
    checkSessionHeader(json, file, workspaceName, ElmSession::currentVersion);
    ElmSession session;
    session.datasetPath = absoluteSessionPath(json.value(QStringLiteral("dataset")), base);
    session.split = json.value(QStringLiteral("split")).toObject();
    session.simulation = json.value(QStringLiteral("simulation")).toObject();
    session.training = json.value(QStringLiteral("training")).toObject();
    session.modelPath = absoluteSessionPath(json.value(QStringLiteral("model")), base);
    session.resultsPath = absoluteSessionPath(json.value(QStringLiteral("results")), base);
    const QJsonObject selection = json.value(QStringLiteral("selection")).toObject();
    session.trait = selection.value(QStringLiteral("trait")).toInt(0);
    session.locus = selection.value(QStringLiteral("locus")).toInt(-1);
    const QJsonArray pair = selection.value(QStringLiteral("pair")).toArray();
    if (pair.size() == 2) {
        session.pairFirst = pair.at(0).toInt(-1);
        session.pairSecond = pair.at(1).toInt(-1);
    }
    session.currentFigure = json.value(QStringLiteral("current_figure")).toString();
    return session;
}

ElmSession readElmSession(const QString& file) {
    return elmSessionFromJson(readSessionObject(file), QFileInfo(file).absolutePath(), file);
}

void writeElmSession(const ElmSession& session, const QString& file) {
    writeSessionObject(toJson(session, QFileInfo(file).absolutePath()), file);
}

}  // namespace locuscope
