#include "core/genome/variant_id_lookup.h"

#include <string_view>

#include "core/genome/vcf_reader.h"

namespace locuscope {

std::map<std::string, std::vector<Variant>> findVariantsByIds(const std::filesystem::path& vcf,
                                                              const std::vector<std::string>& ids) {
    std::map<std::string, std::vector<Variant>> found;
    for (const std::string& id : ids) {
        found[id];
    }
    VcfReader reader(vcf);
    Variant variant;
    while (reader.next(variant)) {
        if (variant.id == ".") {
            continue;
        }
        std::string_view rest = variant.id;
        while (!rest.empty()) {
            const std::size_t semicolon = rest.find(';');
            const std::string_view one = rest.substr(0, semicolon);
            auto match = found.find(std::string(one));
            if (match != found.end()) {
                match->second.push_back(variant);
            }
            rest = semicolon == std::string_view::npos ? std::string_view() : rest.substr(semicolon + 1);
        }
    }
    return found;
}

std::vector<Variant> findVariantsById(const std::filesystem::path& vcf, const std::string& id) {
    return std::move(findVariantsByIds(vcf, {id})[id]);
}

}  // namespace locuscope
