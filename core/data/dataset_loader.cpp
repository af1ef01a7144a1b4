#include "core/data/dataset_loader.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "core/data/alphasimr_text_reader.h"
#include "core/data/elm_hdf5_reader.h"
#include "core/data/plink_reader.h"
#include "core/data/true_effects_reader.h"
#include "core/runtime/input_error.h"

namespace locuscope {
namespace {

namespace fs = std::filesystem;

enum class SourceKind { Hdf5Pair, AlphaSimRText, Plink };

// The files of one dataset. Hdf5Pair: first = train, second = test; AlphaSimRText: g, p;
// Plink: the .bed prefix and the phenotype table. `prefix` + "_eff.txt" is where truth would be.
struct DatasetSource {
    SourceKind kind;
    fs::path first;
    fs::path second;
    fs::path prefix;
};

bool endsWith(const std::string& text, const std::string& suffix) {
    return text.size() > suffix.size() &&
           text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool isFile(const fs::path& path) {
    std::error_code error;
    return fs::is_regular_file(path, error);
}

fs::path withSuffix(const fs::path& prefix, const std::string& suffix) {
    return fs::path(prefix.string() + suffix);
}

fs::path stripSuffix(const fs::path& file, const std::string& suffix) {
    const std::string text = file.string();
    return fs::path(text.substr(0, text.size() - suffix.size()));
}

// A pair of sibling files `prefix + a`, `prefix + b` given one of them.
DatasetSource siblingPair(SourceKind kind, const fs::path& given, const std::string& suffix,
                          const std::string& firstSuffix, const std::string& secondSuffix) {
    const fs::path prefix = stripSuffix(given, suffix);
    DatasetSource source{kind, withSuffix(prefix, firstSuffix), withSuffix(prefix, secondSuffix), prefix};
    for (const fs::path& file : {source.first, source.second}) {
        if (!isFile(file)) {
            throw InputError(
                given, "its companion " + file.filename().string() + " is missing (expected beside it)");
        }
    }
    return source;
}

DatasetSource plinkSource(const fs::path& prefix) {
    for (const char* extension : {".bed", ".bim", ".fam"}) {
        if (!isFile(withSuffix(prefix, extension))) {
            throw InputError(withSuffix(prefix, extension), "PLINK file missing (need .bed, .bim and .fam)");
        }
    }
    const fs::path pheno = withSuffix(prefix, ".pheno");
    const fs::path pText = withSuffix(prefix, "_p.txt");
    if (isFile(pheno) && isFile(pText)) {
        throw InputError(withSuffix(prefix, ".bed"), "two phenotype tables, " + pheno.filename().string() +
                                                         " and " + pText.filename().string() + "; keep one");
    }
    if (!isFile(pheno) && !isFile(pText)) {
        throw InputError(
            withSuffix(prefix, ".bed"),
            "no phenotype table: expected " + pheno.filename().string() + " or " + pText.filename().string());
    }
    return {SourceKind::Plink, prefix, isFile(pheno) ? pheno : pText, prefix};
}

std::string joinNames(const std::vector<fs::path>& paths) {
    std::string text;
    for (const auto& path : paths) {
        text += (text.empty() ? "" : ", ") + path.filename().string();
    }
    return text;
}

// Exactly one candidate of a kind, or an error naming them all.
const fs::path* single(const fs::path& directory, const std::vector<fs::path>& candidates, const char* what) {
    if (candidates.size() > 1) {
        throw InputError(directory, std::string("several ") + what + " (" + joinNames(candidates) +
                                        "); pass one of their files instead of the directory");
    }
    return candidates.empty() ? nullptr : &candidates.front();
}

DatasetSource findInDirectory(const fs::path& directory) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(directory)) {
        std::error_code error;
        if (entry.is_regular_file(error)) {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());

    std::vector<fs::path> hdf5Pairs, textPairs, plinkSets;
    std::vector<std::string> incomplete;
    auto pairUp = [&](const fs::path& file, const std::string& suffix, const std::string& partner,
                      std::vector<fs::path>& pairs) {
        const fs::path other = withSuffix(stripSuffix(file, suffix), partner);
        if (isFile(other)) {
            pairs.push_back(file);
        } else {
            incomplete.push_back(file.filename().string() + " without " + other.filename().string());
        }
    };
    for (const auto& file : files) {
        const std::string name = file.filename().string();
        if (endsWith(name, "_train.hdf5")) {
            pairUp(file, "_train.hdf5", "_test.hdf5", hdf5Pairs);
        } else if (endsWith(name, "_test.hdf5") &&
                   !isFile(withSuffix(stripSuffix(file, "_test.hdf5"), "_train.hdf5"))) {
            incomplete.push_back(name + " without its _train.hdf5");
        } else if (endsWith(name, "_g.txt")) {
            pairUp(file, "_g.txt", "_p.txt", textPairs);
        } else if (file.extension() == ".bed") {
            plinkSets.push_back(file);
        }
    }

    if (const fs::path* train = single(directory, hdf5Pairs, "HDF5 train/test pairs")) {
        return siblingPair(SourceKind::Hdf5Pair, *train, "_train.hdf5", "_train.hdf5", "_test.hdf5");
    }
    if (const fs::path* g = single(directory, textPairs, "AlphaSimR _g.txt/_p.txt pairs")) {
        return siblingPair(SourceKind::AlphaSimRText, *g, "_g.txt", "_g.txt", "_p.txt");
    }
    if (const fs::path* bed = single(directory, plinkSets, "PLINK .bed files")) {
        return plinkSource(stripSuffix(*bed, ".bed"));
    }
    std::string found = incomplete.empty() ? "nothing usable" : "only incomplete sets: ";
    for (std::size_t i = 0; i < incomplete.size(); ++i) {
        found += (i ? "; " : "") + incomplete[i];
    }
    throw InputError(directory, "no genotype dataset found (" + found +
                                    "). Expected X_train.hdf5 + X_test.hdf5, X_g.txt + X_p.txt, or "
                                    "X.bed/.bim/.fam with X.pheno or X_p.txt");
}

DatasetSource findSource(const fs::path& data) {
    std::error_code error;
    if (fs::is_directory(data, error)) {
        return findInDirectory(data);
    }
    const std::string name = data.filename().string();
    if (endsWith(name, "_train.hdf5")) {
        return siblingPair(SourceKind::Hdf5Pair, data, "_train.hdf5", "_train.hdf5", "_test.hdf5");
    }
    if (endsWith(name, "_test.hdf5")) {
        return siblingPair(SourceKind::Hdf5Pair, data, "_test.hdf5", "_train.hdf5", "_test.hdf5");
    }
    if (endsWith(name, "_g.txt")) {
        return siblingPair(SourceKind::AlphaSimRText, data, "_g.txt", "_g.txt", "_p.txt");
    }
    if (endsWith(name, "_p.txt")) {
        return siblingPair(SourceKind::AlphaSimRText, data, "_p.txt", "_g.txt", "_p.txt");
    }
    const fs::path extension = data.extension();
    if (extension == ".bed" || extension == ".bim" || extension == ".fam") {
        return plinkSource(stripSuffix(data, extension.string()));
    }
    // A bare prefix `X`.
    if (!fs::exists(data, error)) {
        if (isFile(withSuffix(data, "_train.hdf5"))) {
            return siblingPair(SourceKind::Hdf5Pair, withSuffix(data, "_train.hdf5"), "_train.hdf5",
                               "_train.hdf5", "_test.hdf5");
        }
        if (isFile(withSuffix(data, "_g.txt"))) {
            return siblingPair(SourceKind::AlphaSimRText, withSuffix(data, "_g.txt"), "_g.txt", "_g.txt",
                               "_p.txt");
        }
        if (isFile(withSuffix(data, ".bed"))) {
            return plinkSource(data);
        }
        throw InputError(data, "no such file, directory or dataset prefix");
    }
    throw InputError(data,
                     "not a recognised genotype dataset (expected a directory, X_train.hdf5, X_test.hdf5, "
                     "X_g.txt, X_p.txt or X.bed/.bim/.fam)");
}

GenotypeDataset subset(const GenotypeDataset& all, const std::vector<std::size_t>& rows) {
    GenotypeDataset part;
    part.locusNames = all.locusNames;
    part.traitNames = all.traitNames;
    part.encoding = all.encoding;
    const std::size_t loci = all.loci();
    const std::size_t traits = all.traits();
    part.sampleIds.reserve(rows.size());
    part.genotypes.reserve(rows.size() * loci);
    part.phenotypes.reserve(rows.size() * traits);
    for (std::size_t row : rows) {
        part.sampleIds.push_back(all.sampleIds[row]);
        const auto genotypes = all.genotypes.begin() + static_cast<std::ptrdiff_t>(row * loci);
        part.genotypes.insert(part.genotypes.end(), genotypes, genotypes + static_cast<std::ptrdiff_t>(loci));
        const auto phenotypes = all.phenotypes.begin() + static_cast<std::ptrdiff_t>(row * traits);
        part.phenotypes.insert(part.phenotypes.end(), phenotypes,
                               phenotypes + static_cast<std::ptrdiff_t>(traits));
    }
    return part;
}

// Train followed by test, as one dataset (for re-splitting pre-split files).
GenotypeDataset concatenate(GenotypeDataset first, const GenotypeDataset& second) {
    first.sampleIds.insert(first.sampleIds.end(), second.sampleIds.begin(), second.sampleIds.end());
    first.genotypes.insert(first.genotypes.end(), second.genotypes.begin(), second.genotypes.end());
    first.phenotypes.insert(first.phenotypes.end(), second.phenotypes.begin(), second.phenotypes.end());
    return first;
}

// Fisher-Yates with an unbiased bounded draw: std::shuffle's result differs between standard libraries.
void shuffle(std::vector<std::size_t>& order, std::uint64_t seed) {
    std::mt19937_64 engine(seed);
    for (std::size_t i = order.size(); i > 1; --i) {
        const std::uint64_t range = i;
        const std::uint64_t threshold = (0 - range) % range;  // 2^64 mod range
        std::uint64_t draw = engine();
        while (draw < threshold) {
            draw = engine();
        }
        std::swap(order[i - 1], order[static_cast<std::size_t>(draw % range)]);
    }
}

std::pair<GenotypeDataset, GenotypeDataset> split(const GenotypeDataset& all, SplitMethod method,
                                                  const DatasetLoadOptions& options, const fs::path& origin) {
    const std::size_t n = all.samples();
    const double trainSize =
        std::nearbyint(static_cast<double>(n) * (1.0 - options.testFraction));  // Python's round
    if (trainSize < 1.0 || trainSize > static_cast<double>(n) - 1.0) {
        throw InputError(origin, "a test fraction of " + std::to_string(options.testFraction) +
                                     " leaves no train or "
                                     "no test samples out of " +
                                     std::to_string(n));
    }
    const auto nTrain = static_cast<std::size_t>(trainSize);
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    if (method == SplitMethod::Random) {
        shuffle(order, options.seed);
    }
    std::vector<std::size_t> train(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(nTrain));
    std::vector<std::size_t> test(order.begin() + static_cast<std::ptrdiff_t>(nTrain), order.end());
    const auto byId = [&](std::size_t a, std::size_t b) { return all.sampleIds[a] < all.sampleIds[b]; };
    std::sort(train.begin(), train.end(), byId);
    std::sort(test.begin(), test.end(), byId);
    return {subset(all, train), subset(all, test)};
}

void checkUniqueIds(std::vector<std::string> sorted, const fs::path& origin) {
    std::sort(sorted.begin(), sorted.end());
    const auto duplicate = std::adjacent_find(sorted.begin(), sorted.end());
    if (duplicate != sorted.end()) {
        throw InputError(origin, "sample id '" + *duplicate + "' occurs more than once");
    }
}

void checkCompatible(const GenotypeDataset& train, const GenotypeDataset& test, const DatasetSource& source) {
    if (train.locusNames != test.locusNames) {
        throw InputError(source.second, "its loci differ from those of " + source.first.filename().string());
    }
    if (train.traitNames != test.traitNames) {
        throw InputError(source.second,
                         "its traits differ from those of " + source.first.filename().string());
    }
    if (train.encoding != test.encoding) {
        throw InputError(source.second,
                         "its genotype encoding differs from that of " + source.first.filename().string());
    }
}

std::string sizes(const DatasetSplit& result) {
    return std::to_string(result.train.samples()) + "/" + std::to_string(result.test.samples());
}

std::string sourceText(const DatasetSource& source) {
    switch (source.kind) {
        case SourceKind::Hdf5Pair:
        case SourceKind::AlphaSimRText:
            return source.first.filename().string() + " + " + source.second.filename().string();
        case SourceKind::Plink:
            return source.first.filename().string() + ".bed/.bim/.fam + " + source.second.filename().string();
    }
    return {};
}

}  // namespace

DatasetSplit loadDataset(const std::filesystem::path& data, const DatasetLoadOptions& options) {
    if (!(options.testFraction > 0.0 && options.testFraction < 1.0)) {
        throw InputError("the test fraction must be between 0 and 1, got " +
                         std::to_string(options.testFraction));
    }
    const DatasetSource source = findSource(data);

    DatasetSplit result;
    if (source.kind == SourceKind::Hdf5Pair) {
        GenotypeDataset train = readElmHdf5(source.first);
        GenotypeDataset test = readElmHdf5(source.second);
        checkCompatible(train, test, source);
        if (options.split == SplitMethod::Auto) {
            std::vector<std::string> ids = train.sampleIds;
            ids.insert(ids.end(), test.sampleIds.begin(), test.sampleIds.end());
            checkUniqueIds(std::move(ids), source.second);
            result.train = std::move(train);
            result.test = std::move(test);
            result.description = "pre-split HDF5 files " + sizes(result) +
                                 "; samples in lexicographic id order (h5py key order, as the ELM pub)";
        } else {
            const GenotypeDataset all = concatenate(std::move(train), test);
            checkUniqueIds(all.sampleIds, source.second);
            std::tie(result.train, result.test) = split(all, options.split, options, source.first);
        }
    } else {
        const GenotypeDataset all = source.kind == SourceKind::AlphaSimRText
                                        ? readAlphaSimR(source.first, source.second)
                                        : readPlink(source.first, source.second);
        checkUniqueIds(all.sampleIds,
                       source.kind == SourceKind::Plink ? withSuffix(source.first, ".fam") : source.second);
        std::tie(result.train, result.test) =
            split(all, options.split == SplitMethod::Auto ? SplitMethod::HeadTail : options.split, options,
                  source.first);
    }
    if (result.description.empty()) {
        result.description =
            options.split == SplitMethod::Random
                ? "random split " + sizes(result) + " (seed " + std::to_string(options.seed) + ")"
                : "head/tail split " + sizes(result) + " as the ELM pub";
        result.description += "; samples in lexicographic id order";
    }
    result.description += "; from " + sourceText(source);

    const fs::path effFile = withSuffix(source.prefix, "_eff.txt");
    if (isFile(effFile)) {
        result.truth = readTrueEffects(effFile, result.train.traits(), result.train.loci());
        result.hasTruth = true;
        result.description += "; truth from " + effFile.filename().string();
    }
    return result;
}

}  // namespace locuscope
