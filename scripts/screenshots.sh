#!/usr/bin/env bash
# Builds Medicinsikker, creates the demo database in a temporary folder and saves a picture of
# every view of the main window at 1366×768 (offscreen, no display needed) to docs/images/.
# The user guide (docs/user-guide.md) shows these pictures.
#
#   scripts/screenshots.sh                 # build tree: build (or BUILD_DIR)
#   BUILD_DIR=/path/to/tree JOBS=1 scripts/screenshots.sh
#
# Danish strings still waiting in resources/translations/pending/ are compiled into a temporary
# translation on top of the embedded one (when lupdate and lrelease are installed), so the
# pictures are Danish even before those strings are merged into the .ts file.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-$ROOT/build}"
JOBS="${JOBS:-1}"
OUT="${OUT:-$ROOT/docs/images}"
QT_BIN="${QT_BIN:-/usr/lib/qt6/bin}"

if [ ! -f "$BUILD_DIR/build.ninja" ]; then
    cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$BUILD_DIR" -j "$JOBS" --target medicinsikker-screenshots medicinsikker-cli

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

EXTRA=()
if [ -x "$QT_BIN/lupdate" ] && [ -x "$QT_BIN/lrelease" ] && compgen -G "$ROOT/resources/translations/pending/*.tsv" >/dev/null; then
    mkdir -p "$WORK/resources/translations"
    cp "$ROOT/resources/translations/medicinsikker_da.ts" "$WORK/resources/translations/"
    (cd "$ROOT" && "$QT_BIN/lupdate" -silent -locations none -no-obsolete -I src src ui \
        -ts "$WORK/resources/translations/medicinsikker_da.ts")
    # Strings nobody has translated yet stay English; the merge script lists them.
    (cd "$WORK" && python3 "$ROOT/scripts/merge-translations.py" "$ROOT"/resources/translations/pending/*.tsv \
        | sed 's/^/  /' | head -20) || true
    "$QT_BIN/lrelease" -silent "$WORK/resources/translations/medicinsikker_da.ts" -qm "$WORK/pending.qm"
    EXTRA=(--translation "$WORK/pending.qm")
fi

# Five more botilbud as received data packages, as the app's own demo database has.
# A programme in progress on a fixed day, as the app's demo shows one on the day it is made;
# the fixed day keeps the pictures the same from run to run.
"$BUILD_DIR/src/cli/medicinsikker-cli" demo --out "$WORK/demo.db" --received 5 --as-of "${MEDSAFE_SHOT_DATE:-2026-12-06}" >/dev/null
QT_QPA_PLATFORM=offscreen "$BUILD_DIR/src/app/medicinsikker-screenshots" --database "$WORK/demo.db" --out "$OUT" "${EXTRA[@]}"
