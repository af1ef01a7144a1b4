#pragma once

#include <filesystem>
#include <string>

namespace locuscope {

// Where a bundled demo data set lives: $LOCUSCOPE_DEMO_DIR/<name>, then <prefix>/share/locuscope/demo/<name>
// next to an installed binary, then the source tree's resources/demo/<name>. Throws InputError
// listing the places it looked.
std::filesystem::path demoDataDirectory(const std::string& name);

}  // namespace locuscope
