#include "core/data/methylation_track_writer.h"

#include <algorithm>
#include <cstdio>
#include <string>

#include "core/io/atomic_file_writer.h"
#include "core/runtime/input_error.h"

namespace locuscope {
namespace {

constexpr std::size_t kFlushBytes = 1 << 20;

template <typename FormatLine>
void writeSites(const MethylationTrack& track, const std::filesystem::path& file, FormatLine formatLine) {
    AtomicFileWriter writer(file);
    std::string buffer;
    buffer.reserve(kFlushBytes + 256);
    char line[256];
    for (const std::string& contig : track.contigs()) {
        for (const MethylationSite& site : track.sites(contig)) {
            const int n = formatLine(line, sizeof(line), contig, site);
            buffer.append(line,
                          static_cast<std::size_t>(std::clamp(n, 0, static_cast<int>(sizeof(line)) - 1)));
            if (buffer.size() >= kFlushBytes) {
                writer.write(buffer);
                buffer.clear();
            }
        }
    }
    writer.write(buffer);
    writer.commit();
}

}  // namespace

void writeMethylationBedGraph(const MethylationTrack& track, const std::filesystem::path& file) {
    writeSites(track, file,
               [](char* line, std::size_t size, const std::string& contig, const MethylationSite& site) {
                   return std::snprintf(line, size, "%s\t%lld\t%lld\t%.4f\n", contig.c_str(),
                                        static_cast<long long>(site.position - 1),
                                        static_cast<long long>(site.position),
                                        static_cast<double>(site.beta));
               });
}

void writeMethylationBedMethyl(const MethylationTrack& track, const std::filesystem::path& file) {
    for (const std::string& contig : track.contigs()) {
        for (const MethylationSite& site : track.sites(contig)) {
            if (site.coverage < 0) {
                throw InputError(file, "bedMethyl needs the coverage of every site; " + contig + ":" +
                                           std::to_string(site.position) + " has none");
            }
        }
    }
    writeSites(track, file,
               [](char* line, std::size_t size, const std::string& contig, const MethylationSite& site) {
                   const long long start = site.position - 1;
                   return std::snprintf(
                       line, size, "%s\t%lld\t%lld\t.\t%d\t%c\t%lld\t%lld\t0,0,0\t%d\t%.2f\n", contig.c_str(),
                       start, start + 1, std::min(site.coverage, 1000), site.strand == '-' ? '-' : '+', start,
                       start + 1, site.coverage, 100.0 * static_cast<double>(site.beta));
               });
}

}  // namespace locuscope
