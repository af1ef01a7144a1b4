#pragma once

#include <filesystem>

#include "core/data/genotype_dataset.h"

namespace locuscope {

// Reads PLINK 1 binary genotypes (.bed SNP-major with .bim and .fam beside it) and a phenotype table.
// - `bedOrPrefix`: `x.bed`, `x.bim`, `x.fam` or the prefix `x`.
// - Genotypes: the dosage counted is that of A2, the allele in .bim column 6 (00 hom A1 -> 0,
//   10 het -> 1, 11 hom A2 -> 2), encoded DiploidCentredDosage (dosage - 1: -1/0/+1). Missing calls
//   (01) are an InputError: nothing is imputed.
// - `phenotypeTable`: whitespace separated, header `FID IID trait1 ...` or `IID trait1 ...`; rows are
//   matched to .fam samples by IID; every .fam sample needs a row (extra rows are ignored).
// Samples follow .fam order (ids = IID); loci follow .bim order (names = SNP ids).
GenotypeDataset readPlink(const std::filesystem::path& bedOrPrefix,
                          const std::filesystem::path& phenotypeTable);

}  // namespace locuscope
