// Precompiled header for core/ (see core/CMakeLists.txt): LibTorch's headers dominate build time.
#pragma once
#include <torch/torch.h>
