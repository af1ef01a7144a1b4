#!/usr/bin/env bash
# Locuscope set-up, build and run. Two commands cover everything on a fresh Debian 12 machine:
#   ./run.sh        install what is missing, build, start the app on the bundled demo
#                   (without a display: run the headless demo and print where its report went)
#   ./run.sh test   install what is missing, build, run every test through ctest
# Other commands: ./run.sh build | deps | gui [args] | cli [args] | package | fuzz [seconds]
# Environment: LOCUSCOPE_PRESET (default: default), LOCUSCOPE_GUI=OFF for a headless build.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"

PRESET="${LOCUSCOPE_PRESET:-default}"
BUILD_DIR="build/${PRESET}"
GUI="${LOCUSCOPE_GUI:-ON}"

# Debian 12 packages (DESIGN.md §5). OpenBLAS matters: with Debian's reference BLAS every matrix
# product in LibTorch runs about 20x slower. The pthread build becomes the system's libblas.so.3;
# our programs link the OpenMP build, which shares LibTorch's OpenMP threads (core/CMakeLists.txt).
CORE_PACKAGES=(build-essential cmake ninja-build ccache pkg-config git file dpkg-dev
    libtorch-dev libhts-dev libhdf5-dev nlohmann-json3-dev libcli11-dev libgtest-dev
    libopenblas0-pthread libopenblas0-openmp
    samtools bedops tabix bcftools)  # independent references the genome I/O tests compare against
GUI_PACKAGES=(qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6opengl6-dev libxkbcommon-dev libqcustomplot-dev libgl-dev xvfb xauth)

FUZZ_PACKAGES=(clang libclang-rt-14-dev)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

install_dependencies() {
    local wanted=("${CORE_PACKAGES[@]}")
    [ "$GUI" = "ON" ] && wanted+=("${GUI_PACKAGES[@]}")
    wanted+=("$@")
    local missing=()
    for package in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    log "Installing missing Debian packages: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

check_blas() {
    local target
    target=$(readlink -f /usr/lib/x86_64-linux-gnu/libblas.so.3 2>/dev/null || true)
    case "$target" in
        *openblas*|*mkl*|*blis*|"") ;;
        *) log "Warning: libblas.so.3 points at ${target} (slow reference BLAS). Fix with:"
           echo "    sudo update-alternatives --set libblas.so.3-x86_64-linux-gnu /usr/lib/x86_64-linux-gnu/openblas-pthread/libblas.so.3" >&2 ;;
    esac
}

build() {
    install_dependencies
    check_blas
    # Precompiled headers need these to be cacheable by ccache.
    export CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
    export CCACHE_MAXSIZE="${CCACHE_MAXSIZE:-5G}"
    # Paths relative to the checkout, so a fresh clone elsewhere (CI) reuses the cache.
    export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}"
    if [ ! -f "${BUILD_DIR}/build.ninja" ]; then
        log "Configuring (${PRESET})"
        cmake --preset "${PRESET}" -DLOCUSCOPE_GUI="${GUI}"
    fi
    log "Building (${PRESET})"
    cmake --build --preset "${PRESET}"
}

has_display() { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }

run_demo() {
    if [ "$GUI" = "ON" ] && has_display; then
        log "Starting Locuscope on the bundled demo"
        exec "${BUILD_DIR}/app/gui/locuscope" --demo "$@"
    fi
    log "No display: running the headless demo"
    "${BUILD_DIR}/app/cli/locuscope-cli" demo --out "${LOCUSCOPE_DEMO_OUT:-$PWD/demo-output}"
}

run_tests() {
    log "Running the tests"
    QT_QPA_PLATFORM=offscreen ctest --preset "${PRESET}" "$@"
}

# Every libFuzzer target for SECONDS each (default 60), corpora in build/fuzz/corpus (docs/fuzzing.md).
run_fuzzers() {
    local seconds="${1:-60}"
    install_dependencies "${FUZZ_PACKAGES[@]}"
    export CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
    [ -f build/fuzz/build.ninja ] || cmake --preset fuzz
    cmake --build --preset fuzz
    local fuzzer name seeds
    for fuzzer in build/fuzz/fuzz/fuzz_*; do
        [ -x "$fuzzer" ] || continue
        name=$(basename "$fuzzer")
        seeds="fuzz/corpus/${name#fuzz_}"
        mkdir -p "build/fuzz/corpus/${name}"
        log "Fuzzing ${name} for ${seconds} s"
        if ! "$fuzzer" "build/fuzz/corpus/${name}" $([ -d "$seeds" ] && echo "$seeds") \
                -max_total_time="$seconds" -artifact_prefix="build/fuzz/${name}-" >"build/fuzz/${name}.log" 2>&1; then
            tail -40 "build/fuzz/${name}.log" >&2
            log "${name} failed: the input that did it is build/fuzz/${name}-crash-* (or leak-/timeout-)"
            exit 1
        fi
        grep -E "^Done [0-9]+ runs" "build/fuzz/${name}.log" || true
    done
}

command="${1:-run}"
[ $# -gt 0 ] && shift
case "$command" in
    run) build; run_demo "$@" ;;
    test) build; run_tests "$@" ;;
    build) build ;;
    deps) install_dependencies ;;
    gui) build; exec "${BUILD_DIR}/app/gui/locuscope" "$@" ;;
    cli) build; exec "${BUILD_DIR}/app/cli/locuscope-cli" "$@" ;;
    package) build; (cd "${BUILD_DIR}" && cpack -G "DEB;TGZ") ;;
    fuzz) run_fuzzers "$@" ;;
    *) echo "usage: ./run.sh [run|test|build|deps|gui|cli|package|fuzz] [args]" >&2; exit 2 ;;
esac
