#include "core/pipelines/interact_score_table.h"

#include "core/io/tsv_reader.h"
#include "core/io/tsv_writer.h"

namespace locuscope {

std::vector<InteractScoreRow> readInteractScoreTable(const std::filesystem::path& file) {
    TsvReader reader(file);
    const std::size_t chrom = reader.column("chrom"), snp = reader.column("snp_pos"), cpg = reader.column("cpg_pos");
    const std::size_t ref = reader.column("ref_allele"), alt = reader.column("alt_allele");
    const std::size_t refValue = reader.column("ref_value"), altValue = reader.column("alt_value");
    const std::size_t absDifference = reader.column("abs_difference"), difference = reader.column("difference");
    const std::size_t output = reader.column("output"), count = reader.column("cpg_count");
    const std::size_t id = reader.column("id");
    std::vector<InteractScoreRow> rows;
    while (reader.nextRow()) {
        InteractScoreRow row;
        row.chrom = std::string(reader.text(chrom));
        row.snpPos = reader.integer(snp);
        row.cpgPos = reader.integer(cpg);
        row.ref = std::string(reader.text(ref));
        row.alt = std::string(reader.text(alt));
        row.id = std::string(reader.text(id));
        row.refValue = reader.number(refValue);
        row.altValue = reader.number(altValue);
        row.absDifference = reader.number(absDifference);
        row.difference = reader.number(difference);
        row.output = std::string(reader.text(output));
        row.cpgCount = reader.integer(count);
        rows.push_back(std::move(row));
    }
    return rows;
}

void writeInteractScoreTable(const std::vector<InteractScoreRow>& rows, const std::filesystem::path& file,
                             const std::vector<std::string>& comments) {
    TsvWriter writer(file, comments,
                     {"chrom", "cpg_pos", "snp_pos", "ref_allele", "ref_value", "alt_allele", "alt_value",
                      "abs_difference", "difference", "output", "cpg_count", "id"});
    for (const InteractScoreRow& row : rows) {
        writer.field(row.chrom)
            .field(static_cast<long long>(row.cpgPos))
            .field(static_cast<long long>(row.snpPos))
            .field(row.ref)
            .field(row.refValue)
            .field(row.alt)
            .field(row.altValue)
            .field(row.absDifference)
            .field(row.difference)
            .field(row.output)
            .field(static_cast<long long>(row.cpgCount))
            .field(row.id.empty() ? std::string_view(".") : std::string_view(row.id));
        writer.endRow();
    }
    writer.commit();
}

}  // namespace locuscope
