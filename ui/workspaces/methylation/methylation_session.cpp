#include "ui/workspaces/methylation/methylation_session.h"

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
const QString workspaceName = QStringLiteral("methylation");

QString relative(const QString& path, const QString& base) {
    return path.isEmpty() ? QString() : QDir(base).relativeFilePath(path);
}

QString absolute(const QJsonValue& value, const QString& base) {
    const QString path = value.toString();
    return path.isEmpty() ? QString() : QDir::cleanPath(QDir(base).absoluteFilePath(path));
}

}  // namespace

QJsonObject toJson(const MethylationSession& session, const QString& base) {
    QJsonArray vcfs;
    for (const QString& path : session.vcfPaths) {
        vcfs.append(relative(path, base));
    }
    return {
        {QStringLiteral("format"), formatName},
        {QStringLiteral("version"), MethylationSession::currentVersion},
        {QStringLiteral("workspace"), workspaceName},
        {QStringLiteral("fasta"), relative(session.fastaPath, base)},
        {QStringLiteral("vcfs"), vcfs},
        {QStringLiteral("current_vcf"), session.currentVcf},
        {QStringLiteral("genes"), relative(session.genesPath, base)},
        {QStringLiteral("model"), relative(session.modelPath, base)},
        {QStringLiteral("observed"), relative(session.observedPath, base)},
        {QStringLiteral("gwas"), relative(session.gwasPath, base)},
        {QStringLiteral("scores"), relative(session.scoresPath, base)},
        {QStringLiteral("locus"), session.locus},
        {QStringLiteral("selected_variant"), session.selectedVariant},
        {QStringLiteral("output"), session.output},
        {QStringLiteral("colour_by"), session.colourBy},
    };
}

MethylationSession methylationSessionFromJson(const QJsonObject& json, const QString& base, const QString& file) {
    const std::string path = file.toStdString();
    if (json.value(QStringLiteral("format")).toString() != formatName) {
        throw InputError(path, "not a Locuscope session (no \"format\": \"locuscope-session\")");
    }
    const int version = json.value(QStringLiteral("version")).toInt(0);
    if (version < 1) {
        throw InputError(path, "the session has no valid \"version\"");
    }
    if (version > MethylationSession::currentVersion) {
        throw InputError(path, "the session was written by a newer Locuscope (version " + std::to_string(version) +
                                   "; this one reads up to " + std::to_string(MethylationSession::currentVersion) +
                                   ")");
    }
    if (json.value(QStringLiteral("workspace")).toString() != workspaceName) {
        throw InputError(path, "the session belongs to another workspace (\"" +
                                   json.value(QStringLiteral("workspace")).toString().toStdString() + "\")");
    }
    MethylationSession session;
    session.fastaPath = absolute(json.value(QStringLiteral("fasta")), base);
    for (const QJsonValue& vcf : json.value(QStringLiteral("vcfs")).toArray()) {
        session.vcfPaths.append(absolute(vcf, base));
    }
    session.currentVcf = json.value(QStringLiteral("current_vcf")).toInt(0);
    session.genesPath = absolute(json.value(QStringLiteral("genes")), base);
    session.modelPath = absolute(json.value(QStringLiteral("model")), base);
    session.observedPath = absolute(json.value(QStringLiteral("observed")), base);
    session.gwasPath = absolute(json.value(QStringLiteral("gwas")), base);
    session.scoresPath = absolute(json.value(QStringLiteral("scores")), base);
    session.locus = json.value(QStringLiteral("locus")).toString();
    session.selectedVariant = json.value(QStringLiteral("selected_variant")).toString();
    session.output = json.value(QStringLiteral("output")).toInt(0);
    session.colourBy = json.value(QStringLiteral("colour_by")).toString(QStringLiteral("MRV"));
    return session;
}

MethylationSession readMethylationSession(const QString& file) {
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
    return methylationSessionFromJson(document.object(), QFileInfo(file).absolutePath(), file);
}

void writeMethylationSession(const MethylationSession& session, const QString& file) {
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
