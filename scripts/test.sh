#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test. Exits non-zero on any failure.
# Also builds the analysis engine and the services with AddressSanitizer +
# UndefinedBehaviorSanitizer in build-asan/ and runs their randomized robustness tests there
# (the analysis fuzz test, the data-package reader fed damaged packages from strangers, and the
# fault tests' 1,000 damaged CSV files and 1,000 damaged packages imported into real files).
# Last it makes the Debian package, installs it, starts it once and removes it (tests/package/).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

# Widget tests need a platform; without a display they run offscreen.
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    export QT_QPA_PLATFORM=offscreen
fi

configure_and_build "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo
(cd "$BUILD_DIR" && ctest --output-on-failure -j "$JOBS")

# The end-to-end benchmarks once on a tiny data set: not figures, only that they still run
# (the figures come from `scripts/bench.sh` by hand: docs/performance.md).
"$ROOT/scripts/bench.sh" --quick

ASAN_DIR="$ROOT/build-asan"
if [ ! -f "$ASAN_DIR/build.ninja" ]; then
    cmake -S "$ROOT" -B "$ASAN_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DMEDSAFE_SANITIZE=ON \
        -DMEDSAFE_BUILD_BENCHMARKS=OFF
fi
cmake --build "$ASAN_DIR" -j "$JOBS" --target analysis_tests analysis_fuzz_tests analysis_explanation_tests \
    services_tests fault_tests
(cd "$ASAN_DIR" && ctest --output-on-failure -R '^(analysis|services_tests$|fault_tests$)')

# The Debian package: a Release build in build-pkg/, installed on this machine, started once from
# its desktop entry under Xvfb and removed again (docs/packaging.md).
deb="$("$ROOT/scripts/package.sh")"
"$ROOT/tests/package/package_install_test.sh" "$deb"
