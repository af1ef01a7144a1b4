#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace locuscope {

// The Methylation workspace saved as JSON (format "locuscope-session", workspace "methylation"):
// the files it shows, the locus, the selected variant and model output, and where the variant
// scores computed so far are kept (a TSV beside the session). Paths are relative to the session file
// on disk and absolute in memory; `version` lets later releases migrate old files, and a file from a
// newer release is refused with a clear message.
struct MethylationSession {
    static constexpr int currentVersion = 1;

    QString fastaPath;
    QStringList vcfPaths;
    int currentVcf = 0;  // the one in the table
    QString genesPath;
    QString modelPath;
    QString observedPath;  // bedGraph / bedMethyl
    QString gwasPath;
    QString scoresPath;  // TSV of the scores (interact score's columns); empty when none
    QString locus;       // "chr:start-end"
    QString selectedVariant;  // "chr:pos:REF:ALT", empty when none
    int output = 0;
    QString colourBy = QStringLiteral("MRV");  // "MRV" or an INFO field
};

// Both throw InputError naming the file and the problem (unreadable, not JSON, another workspace,
// newer version). Writing is atomic: an existing session stays intact if anything fails.
MethylationSession readMethylationSession(const QString& file);
void writeMethylationSession(const MethylationSession& session, const QString& file);

QJsonObject toJson(const MethylationSession& session, const QString& baseDirectory);
MethylationSession methylationSessionFromJson(const QJsonObject& json, const QString& baseDirectory,
                                              const QString& file);

}  // namespace locuscope
