#!/usr/bin/env bash
# Installs the Debian 12 packages Medicinsikker needs to build, run and test.
# Only packages that are missing are installed, so a second run is quick and offline.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev libxkbcommon-dev libgl-dev
  libqt6sql6-sqlite libqt6sql6-psql qt6-svg-dev qt6-translations-l10n qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
  libspdlog-dev libsodium-dev catch2 xvfb xauth poppler-utils sqlite3 fonts-dejavu-core
  # the PostgreSQL server the tests start a throw-away cluster of (tests/postgres)
  postgresql python3
  # scripts/bench.sh: peak memory of a command (/usr/bin/time)
  time
  # making and testing the Debian package (scripts/package.sh, tests/package/)
  dpkg-dev file desktop-file-utils appstream x11-utils groff-base
)

missing=()
for pkg in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing missing packages: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
