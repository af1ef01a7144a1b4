#include "ui/workspaces/epistasis/elm_session.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include "core/runtime/input_error.h"

namespace locuscope {
namespace {

const QString formatName = QStringLiteral("locuscope-session");

QString relative(const QString& path, const QString& base) {
    return path.isEmpty() ? QString() : QDir(base).relativeFilePath(path);
}

QString absolute(const QJsonValue& value, const QString& base) {
    const QString path = value.toString();
    return path.isEmpty() ? QString() : QDir::cleanPath(QDir(base).absoluteFilePath(path));
}

}  // namespace

QJsonObject toJson(const ElmSession& session, const QString& base) {
    return {
        {QStringLiteral("format"), formatName},
        {QStringLiteral("version"), ElmSession::currentVersion},
        {QStringLiteral("workspace"), QStringLiteral("epistasis")},
        {QStringLiteral("dataset"), relative(session.datasetPath, base)},
        {QStringLiteral("split"), session.split},
        {QStringLiteral("simulation"), session.simulation},
        {QStringLiteral("training"), session.training},
        {QStringLiteral("model"), relative(session.modelPath, base)},
        {QStringLiteral("results"), relative(session.resultsPath, base)},
        {QStringLiteral("selection"),
         QJsonObject{{QStringLiteral("trait"), session.trait},
                     {QStringLiteral("locus"), session.locus},
                     {QStringLiteral("pair"), QJsonArray{session.pairFirst, session.pairSecond}}}},
        {QStringLiteral("current_figure"), session.currentFigure},
    };
}

ElmSession elmSessionFromJson(const QJsonObject& json, const QString& base, const QString& file) {
    const std::string path = file.toStdString();
    if (json.value(QStringLiteral("format")).toString() != formatName) {
        throw InputError(path, "not a Locuscope session (no \"format\": \"locuscope-session\")");
    }
    const int version = json.value(QStringLiteral("version")).toInt(0);
    if (version < 1) {
        throw InputError(path, "the session has no valid \"version\"");
    }
    if (version > ElmSession::currentVersion) {
        throw InputError(path, "the session was written by a newer Locuscope (version " +
                                   std::to_string(version) + "; this one reads up to " +
                                   std::to_string(ElmSession::currentVersion) + ")");
    }
    if (json.value(QStringLiteral("workspace")).toString() != QStringLiteral("epistasis")) {
        throw InputError(path, "the session belongs to another workspace");
    }
    ElmSession session;
    session.datasetPath = absolute(json.value(QStringLiteral("dataset")), base);
    session.split = json.value(QStringLiteral("split")).toObject();
    session.simulation = json.value(QStringLiteral("simulation")).toObject();
    session.training = json.value(QStringLiteral("training")).toObject();
    session.modelPath = absolute(json.value(QStringLiteral("model")), base);
    session.resultsPath = absolute(json.value(QStringLiteral("results")), base);
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
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        throw InputError(file.toStdString(), "cannot be read: " + input.errorString().toStdString());
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(input.readAll(), &error);
    if (document.isNull() || !document.isObject()) {
        throw InputError(file.toStdString(), "is not a JSON object: " + error.errorString().toStdString() +
                                                 " at offset " + std::to_string(error.offset));
    }
    return elmSessionFromJson(document.object(), QFileInfo(file).absolutePath(), file);
}

void writeElmSession(const ElmSession& session, const QString& file) {
    QSaveFile output(file);
    if (!output.open(QIODevice::WriteOnly)) {
        throw InputError(file.toStdString(), "cannot be written: " + output.errorString().toStdString());
    }
    const QByteArray text =
        QJsonDocument(toJson(session, QFileInfo(file).absolutePath())).toJson(QJsonDocument::Indented);
    if (output.write(text) != text.size() || !output.commit()) {
        throw InputError(file.toStdString(), "cannot be written: " + output.errorString().toStdString());
    }
}

}  // namespace locuscope
