#!/usr/bin/env bash
# One entry point for the README's quick start and for CI:
#   scripts/dev.sh run [imprint options]   install what is missing, build, open the GUI
#   scripts/dev.sh test                    install what is missing, build, run every test (ctest)
#   scripts/dev.sh bench                   build and run the benchmarks (not part of `test`)
#   scripts/dev.sh fuzz [seconds]          libFuzzer on each wire protocol (clang, build-fuzz/)
# It is idempotent: when everything is installed and built it only does an incremental build.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${IMPRINT_BUILD_DIR:-"$root/build"}
jobs=$(nproc 2>/dev/null || echo 2)

# Debian 12 packages the build, the tests and the screenshots need.
packages=(
    build-essential cmake ninja-build pkg-config clang-format
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libsqlite3-dev sqlite3 libgl-dev
    qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-qpa-plugins xvfb xauth
    libqt6svg6 qt6-translations-l10n desktop-file-utils appstream
)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "error: '$*' needs root and sudo is not installed; run it as root." >&2
        exit 1
    fi
}

install_missing() {
    local missing=()
    local p
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' ||
            missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "== installing: ${missing[*]}"
        as_root apt-get update -q
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
    fi
}

# The official Node.js SDK test (tests/sdk) needs node and npm, and the SDK packages pinned in
# tests/sdk/package.json. A node/npm already on PATH is kept; Debian's are installed only when
# one is missing. No lockfile is written: npm would record registry addresses in it.
install_sdk_test_tools() {
    if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
        echo "== installing: nodejs npm"
        as_root apt-get update -q
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q nodejs npm
    fi
    local sdk="$root/tests/sdk"
    if [ ! -f "$sdk/node_modules/.imprint-installed" ] ||
        [ "$sdk/package.json" -nt "$sdk/node_modules/.imprint-installed" ]; then
        echo "== npm install in tests/sdk"
        (cd "$sdk" && npm install --no-audit --no-fund --no-package-lock)
        touch "$sdk/node_modules/.imprint-installed"
    fi
}

configure_and_build() {
    if [ ! -f "$build_dir/CMakeCache.txt" ]; then
        cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    fi
    cmake --build "$build_dir" --parallel "$jobs"
}

have_display() {
    [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ] || [ "${QT_QPA_PLATFORM:-}" = offscreen ]
}

cmd=${1:-run}
shift || true
case "$cmd" in
run)
    install_missing
    configure_and_build
    if have_display; then
        exec "$build_dir/app/imprint" "$@"
    else
        echo "== no display found: running under Xvfb (see README, 'Headless')"
        exec xvfb-run -a -s '-screen 0 1600x1000x24' "$build_dir/app/imprint" "$@"
    fi
    ;;
test)
    install_missing
    install_sdk_test_tools
    configure_and_build
    cd "$build_dir"
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 600 -j "$jobs"
    ;;
bench)
    install_missing
    configure_and_build
    QT_QPA_PLATFORM=offscreen "$build_dir/bench/imprint-bench" "$@"
    ;;
fuzz)
    # Each target for a while (default 60 s), from its seed corpus; new inputs go to a scratch
    # folder, so the corpus in the repository changes only by hand.
    install_missing
    command -v clang++ >/dev/null || as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q clang
    fuzz_dir=${IMPRINT_FUZZ_BUILD_DIR:-"$root/build-fuzz"}
    if [ ! -f "$fuzz_dir/CMakeCache.txt" ]; then
        cmake -S "$root" -B "$fuzz_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DCMAKE_CXX_COMPILER=clang++ -DIMPRINT_FUZZ=ON
    fi
    seconds=${1:-60}
    for target in fuzz_tc3 fuzz_ecs fuzz_ucloud; do
        cmake --build "$fuzz_dir" --parallel "$jobs" --target "$target"
        scratch=$(mktemp -d)
        echo "== $target for ${seconds} s"
        "$fuzz_dir/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
            "$scratch" "$root/tests/fuzz/corpus/$target"
        rm -rf "$scratch"
    done
    ;;
*)
    echo "usage: scripts/dev.sh run|test|bench|fuzz [args]" >&2
    exit 2
    ;;
esac
