#include "core/interpret/motif_attribution.h"

#include <charconv>
#include <cmath>
#include <fstream>
#include <sstream>

#include "core/runtime/input_error.h"

namespace locuscope {
namespace {

std::vector<std::string> splitTabs(const std::string& line) {
    std::vector<std::string> fields;
    std::string field;
    std::stringstream stream(line);
    while (std::getline(stream, field, '\t')) {
        fields.push_back(field);
    }
    return fields;
}

std::int64_t parseCoordinate(const std::string& text, const std::filesystem::path& file, std::int64_t line,
                             const char* what) {
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value < 0) {
        throw InputError(file, line,
                         std::string("the ") + what + " '" + text + "' is not a non-negative integer");
    }
    return value;
}

}  // namespace

std::vector<GenomeFeature> readFeatureBed(const std::filesystem::path& file) {
    std::ifstream in(file);
    if (!in) {
        throw InputError(file, "cannot be opened");
    }
    std::vector<GenomeFeature> features;
    std::string line;
    std::int64_t number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (!line.empty() && line.back() == '\r') {
            line.pop_back();
        }
        if (line.empty() || line[0] == '#' || line.rfind("track", 0) == 0 || line.rfind("browser", 0) == 0) {
            continue;
        }
        const std::vector<std::string> fields = splitTabs(line);
        if (fields.size() < 3) {
            throw InputError(file, number, "a BED row needs at least chrom, start and end");
        }
        GenomeFeature feature;
        feature.chrom = fields[0];
        feature.start = parseCoordinate(fields[1], file, number, "start");
        feature.end = parseCoordinate(fields[2], file, number, "end");
        if (feature.end < feature.start) {
            throw InputError(file, number, "end is before start");
        }
        if (fields.size() > 3) {
            feature.name = fields[3];
        }
        if (fields.size() > 5 && !fields[5].empty()) {
            feature.strand = fields[5][0];
        }
        if (fields.size() > 6) {
            feature.origin = fields[6];
        }
        features.push_back(std::move(feature));
    }
    return features;
}

MotifAttributionScore scoreMotifAttribution(const std::string& chrom,
                                            const std::vector<std::int64_t>& positions,
                                            const std::vector<double>& attribution,
                                            const std::vector<GenomeFeature>& features) {
    if (positions.size() != attribution.size()) {
        throw InputError("motif scoring needs one attribution value per position (" +
                         std::to_string(positions.size()) + " positions, " +
                         std::to_string(attribution.size()) + " values)");
    }
    std::vector<const GenomeFeature*> motifs;
    for (const GenomeFeature& feature : features) {
        if (feature.chrom == chrom && feature.name != "island") {
            motifs.push_back(&feature);
        }
    }
    MotifAttributionScore score;
    for (std::size_t i = 0; i < positions.size(); ++i) {
        if (!std::isfinite(attribution[i])) {
            continue;
        }
        const double mass = std::fabs(attribution[i]);
        const std::int64_t zeroBased = positions[i] - 1;
        bool inMotif = false;
        for (const GenomeFeature* motif : motifs) {  // a window holds few motifs: a scan is enough
            if (zeroBased >= motif->start && zeroBased < motif->end) {
                inMotif = true;
                break;
            }
        }
        ++score.positions;
        score.totalMass += mass;
        if (inMotif) {
            ++score.motifPositions;
            score.motifMass += mass;
        }
    }
    return score;
}

}  // namespace locuscope
