#pragma once

#include <filesystem>

#include "core/pipelines/elm_pipeline.h"

namespace locuscope {

// Reads a results folder written by writeElmOutputs (`locuscope-cli elm --out`, or the GUI's save)
// back into the report that made it, so every figure can be redrawn without rerunning: names, test
// predictions and J(x)·x, per-locus and per-pair estimates with the truth, replicates with their
// training histories, PCA, trait summaries, timings, the configuration, the model and, when written,
// the per-sample sensitivities with the test genotypes. Numbers come back exactly (the tables hold
// the shortest text that reads back as the same double).
// Not stored, so left empty or zero: analysis.jacobianSeconds and pairSeconds, truth.alleleFrequency.
// Throws InputError naming the file (and line) that is missing, cut off or inconsistent.
ElmReport readElmOutputs(const std::filesystem::path& directory);

}  // namespace locuscope
