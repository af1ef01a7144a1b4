#include "ui/workspaces/methylation/methylation_session.h"

#include <QFileInfo>
#include <QJsonArray>

#include "ui/workspaces/session_file.h"

namespace locuscope {
namespace {

const QString workspaceName = QStringLiteral("methylation");

}  // namespace

QJsonObject toJson(const MethylationSession& session, const QString& base) {
    QJsonArray vcfs;
    for (const QString& path : session.vcfPaths) {
        vcfs.append(relativeSessionPath(path, base));
    }
    QJsonObject json = sessionHeader(workspaceName, MethylationSession::currentVersion);
    json.insert(QStringLiteral("fasta"), relativeSessionPath(session.fastaPath, base));
    json.insert(QStringLiteral("vcfs"), vcfs);
    json.insert(QStringLiteral("current_vcf"), session.currentVcf);
    json.insert(QStringLiteral("genes"), relativeSessionPath(session.genesPath, base));
    json.insert(QStringLiteral("model"), relativeSessionPath(session.modelPath, base));
    json.insert(QStringLiteral("observed"), relativeSessionPath(session.observedPath, base));
    json.insert(QStringLiteral("gwas"), relativeSessionPath(session.gwasPath, base));
    json.insert(QStringLiteral("scores"), relativeSessionPath(session.scoresPath, base));
    json.insert(QStringLiteral("locus"), session.locus);
    json.insert(QStringLiteral("selected_variant"), session.selectedVariant);
    json.insert(QStringLiteral("output"), session.output);
    json.insert(QStringLiteral("colour_by"), session.colourBy);
    return json;
}

MethylationSession methylationSessionFromJson(const QJsonObject& json, const QString& base, const QString& file) {
    checkSessionHeader(json, file, workspaceName, MethylationSession::currentVersion);
    MethylationSession session;
    session.fastaPath = absoluteSessionPath(json.value(QStringLiteral("fasta")), base);
    for (const QJsonValue& vcf : json.value(QStringLiteral("vcfs")).toArray()) {
        session.vcfPaths.append(absoluteSessionPath(vcf, base));
    }
    session.currentVcf = json.value(QStringLiteral("current_vcf")).toInt(0);
    session.genesPath = absoluteSessionPath(json.value(QStringLiteral("genes")), base);
    session.modelPath = absoluteSessionPath(json.value(QStringLiteral("model")), base);
    session.observedPath = absoluteSessionPath(json.value(QStringLiteral("observed")), base);
    session.gwasPath = absoluteSessionPath(json.value(QStringLiteral("gwas")), base);
    session.scoresPath = absoluteSessionPath(json.value(QStringLiteral("scores")), base);
    session.locus = json.value(QStringLiteral("locus")).toString();
    session.selectedVariant = json.value(QStringLiteral("selected_variant")).toString();
    session.output = json.value(QStringLiteral("output")).toInt(0);
    session.colourBy = json.value(QStringLiteral("colour_by")).toString(QStringLiteral("MRV"));
    return session;
}

MethylationSession readMethylationSession(const QString& file) {
    return methylationSessionFromJson(readSessionObject(file), QFileInfo(file).absolutePath(), file);
}

void writeMethylationSession(const MethylationSession& session, const QString& file) {
    writeSessionObject(toJson(session, QFileInfo(file).absolutePath()), file);
}

}  // namespace locuscope
