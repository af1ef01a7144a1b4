#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace locuscope {

// What every workspace's session file shares: a JSON object with "format": "locuscope-session", a
// "version" and the "workspace" it belongs to, paths relative to the file's folder, atomic writes.

// InputError naming the file when the object is not a Locuscope session, has no valid version, was
// written by a newer release (`currentVersion` is the newest this one reads) or belongs to another
// workspace.
void checkSessionHeader(const QJsonObject& json, const QString& file, const QString& workspace, int currentVersion);
// The header fields, to start a session object with.
QJsonObject sessionHeader(const QString& workspace, int version);

// The "workspace" a session file names ("methylation", "epistasis"); empty when it cannot be read.
// For choosing where to open a file; opening it checks everything else.
QString sessionWorkspace(const QString& file);

// The file as a JSON object; InputError when it cannot be read or is not a JSON object.
QJsonObject readSessionObject(const QString& file);
// Written beside the target and renamed over it: an existing session stays intact on failure.
void writeSessionObject(const QJsonObject& json, const QString& file);

// Paths in the file are relative to `base` (the session's folder); empty stays empty.
QString relativeSessionPath(const QString& path, const QString& base);
QString absoluteSessionPath(const QJsonValue& value, const QString& base);

}  // namespace locuscope
