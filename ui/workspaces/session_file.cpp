#include "ui/workspaces/session_file.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include "core/runtime/input_error.h"

namespace locuscope {
namespace {

const QString formatName = QStringLiteral("locuscope-session");

}  // namespace

void checkSessionHeader(const QJsonObject& json, const QString& file, const QString& workspace, int currentVersion) {
    const std::string path = file.toStdString();
    if (json.value(QStringLiteral("format")).toString() != formatName) {
        throw InputError(path, "not a Locuscope session (no \"format\": \"locuscope-session\")");
    }
    const int version = json.value(QStringLiteral("version")).toInt(0);
    if (version < 1) {
        throw InputError(path, "the session has no valid \"version\"");
    }
    if (version > currentVersion) {
        throw InputError(path, "the session was written by a newer Locuscope (version " + std::to_string(version) +
                                   "; this one reads up to " + std::to_string(currentVersion) + ")");
    }
    const QString owner = json.value(QStringLiteral("workspace")).toString();
    if (owner != workspace) {
        throw InputError(path, "the session belongs to another workspace (\"" + owner.toStdString() + "\", not \"" +
                                   workspace.toStdString() + "\")");
    }
}

QJsonObject sessionHeader(const QString& workspace, int version) {
    return {{QStringLiteral("format"), formatName},
            {QStringLiteral("version"), version},
            {QStringLiteral("workspace"), workspace}};
}

QString sessionWorkspace(const QString& file) {
    QFile input(file);
    return input.open(QIODevice::ReadOnly)
               ? QJsonDocument::fromJson(input.readAll()).object().value(QStringLiteral("workspace")).toString()
               : QString();
}

QJsonObject readSessionObject(const QString& file) {
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
    return document.object();
}

void writeSessionObject(const QJsonObject& json, const QString& file) {
    QSaveFile output(file);
    if (!output.open(QIODevice::WriteOnly)) {
        throw InputError(file.toStdString(), "cannot be written: " + output.errorString().toStdString());
    }
    const QByteArray text = QJsonDocument(json).toJson(QJsonDocument::Indented);
    if (output.write(text) != text.size() || !output.commit()) {
        throw InputError(file.toStdString(), "cannot be written: " + output.errorString().toStdString());
    }
}

QString relativeSessionPath(const QString& path, const QString& base) {
    return path.isEmpty() ? QString() : QDir(base).relativeFilePath(path);
}

QString absoluteSessionPath(const QJsonValue& value, const QString& base) {
    const QString path = value.toString();
    return path.isEmpty() ? QString() : QDir::cleanPath(QDir(base).absoluteFilePath(path));
}

}  // namespace locuscope
