#pragma once

#include <QStringList>

namespace locuscope {

// `locuscope export-figures`: the Epistasis workspace's figures from a saved session or a
// `locuscope-cli elm` results folder, written without a window (Qt's offscreen platform), so a
// pipeline gets the same files the GUI exports. `arguments` starts after "export-figures".
// Returns the process exit code; messages go to stdout/stderr.
int runExportFiguresCommand(const QStringList& arguments);

}  // namespace locuscope
