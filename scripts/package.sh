#!/usr/bin/env bash
# Installs what is missing, builds the two programs in build-pkg/ (Release, for /usr) and makes
# the Debian package with CPack: build-pkg/medicinsikker_<version>_<arch>.deb. Build output goes
# to stderr; stdout gets only the path of the .deb, so `deb=$(scripts/package.sh)` works.
# What goes where, and how the package is tested: docs/packaging.md.

# Everything until the last line goes to stderr (deps.sh and the build print on stdout).
exec 3>&1 1>&2
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

PKG_DIR="$ROOT/build-pkg"
# Built with Debian's hardening flags, as Debian's own packages are (fortify, stack protector,
# full RELRO with bindnow); without -g, since the programs are stripped. From the source root,
# so -ffile-prefix-map is the same on every run and an unchanged tree is not rebuilt.
cd "$ROOT" || exit 1
export DEB_BUILD_MAINT_OPTIONS="hardening=+all"
cxx_flags="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS | sed -E 's/(^| )-g( |$)/ /')"
ld_flags="$(dpkg-buildflags --get LDFLAGS)"
# Configured on every run, so a tree made by hand gets these settings as well (a repeat takes
# seconds). With CMAKE_SKIP_INSTALL_ALL_DEPENDENCY, CPack's install step builds nothing more
# than the targets below: no tests, benchmarks or screenshot tool.
cmake -S "$ROOT" -B "$PKG_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DMEDSAFE_BUILD_TESTS=OFF \
    -DMEDSAFE_BUILD_BENCHMARKS=OFF -DCMAKE_INSTALL_PREFIX=/usr -DCMAKE_SKIP_INSTALL_ALL_DEPENDENCY=ON \
    -DCMAKE_CXX_FLAGS="$cxx_flags" -DCMAKE_EXE_LINKER_FLAGS="$ld_flags"
cmake --build "$PKG_DIR" -j "$JOBS" --target medicinsikker medicinsikker-cli medsafe_packaging_files

rm -f "$PKG_DIR"/medicinsikker_*.deb
(cd "$PKG_DIR" && cpack -G DEB)

debs=("$PKG_DIR"/medicinsikker_*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
    echo "package.sh: expected one medicinsikker_*.deb in $PKG_DIR, found: ${debs[*]}" >&2
    exit 1
fi
echo "${debs[0]}" >&3
