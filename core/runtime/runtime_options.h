#pragma once

#include <string>

namespace locuscope {

// How the engine uses the machine. Both front ends fill this from their settings/flags.
struct RuntimeOptions {
    int threads = 0;              // LibTorch intra-op threads; 0 = every core this process may use
    std::string device = "auto";  // auto | cpu | cuda | cuda:N
};

}  // namespace locuscope
