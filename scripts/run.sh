#!/usr/bin/env bash
# Installs what is missing, builds, and opens Medicinsikker on the demo database
# (created on first run in the user's data folder). Extra arguments go to the app,
# e.g. `scripts/run.sh --lang en` or `scripts/run.sh --database my.db`.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
configure_and_build "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo

if [ $# -eq 0 ] || [[ " $* " != *" --database "* ]]; then
    set -- --demo "$@"
fi
exec "$BUILD_DIR/src/app/medicinsikker" "$@"
