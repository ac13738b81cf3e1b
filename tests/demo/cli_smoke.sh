#!/bin/sh
# Runs the real medicinsikker-cli: demo -> check -> list, and checks that `check` refuses a
# text file and a truncated database with a message while leaving both byte-identical.
# The CLI speaks Danish by default; this test reads its English texts (--lang en).
# Usage: cli_smoke.sh PATH_TO_CLI WORK_DIR
set -u
cli_binary=$1
work=$2
cli() { "$cli_binary" --lang en "$@"; }
rm -rf "$work"
mkdir -p "$work"
fail() { echo "FAIL: $*"; exit 1; }
sha() { sha256sum "$1" | cut -d' ' -f1; }

cli demo --out "$work/demo.db" >"$work/demo.out" 2>&1 || { cat "$work/demo.out"; fail "demo"; }
cli check --database "$work/demo.db" >"$work/check.out" 2>&1 || { cat "$work/check.out"; fail "check of the demo database"; }
grep -q "Integrity: *ok" "$work/check.out" || { cat "$work/check.out"; fail "check did not report integrity ok"; }
grep -q "Schema version" "$work/check.out" || fail "check did not print the schema version"

cli list botilbud --database "$work/demo.db" >"$work/list.out" 2>"$work/list.err" || { cat "$work/list.err"; fail "list botilbud"; }
[ "$(cat "$work/list.out")" = "Bostedet Lærkehøj" ] || { cat "$work/list.out"; fail "list botilbud printed something else"; }
cli list measures --database "$work/demo.db" --botilbud "Bostedet Lærkehøj" >"$work/measures.out" 2>&1 || fail "list measures"
[ "$(wc -l <"$work/measures.out")" -eq 9 ] || { cat "$work/measures.out"; fail "expected 9 measures"; }

# An existing file is not replaced without --force.
before=$(sha "$work/demo.db")
if cli demo --out "$work/demo.db" >/dev/null 2>"$work/again.err"; then fail "demo overwrote a file without --force"; fi
[ -s "$work/again.err" ] || fail "demo gave no message when refusing"
[ "$(sha "$work/demo.db")" = "$before" ] || fail "demo changed the existing file"

# A programme in progress up to today, as the app's demo, is written whole and checks clean.
# A future or malformed date is refused before anything is written.
cli demo --out "$work/today.db" --as-of today --received 2 >"$work/today.out" 2>&1 || { cat "$work/today.out"; fail "demo --as-of today"; }
cli check --database "$work/today.db" >"$work/today-check.out" 2>&1 || { cat "$work/today-check.out"; fail "check of the demo in progress"; }
tomorrow=$(date -d tomorrow +%Y-%m-%d)
if cli demo --out "$work/future.db" --as-of "$tomorrow" >/dev/null 2>"$work/future.err"; then fail "demo accepted a date after today"; fi
grep -q "after today" "$work/future.err" || { cat "$work/future.err"; fail "no message for a future --as-of"; }
[ ! -e "$work/future.db" ] || fail "a refused demo left a file"
if cli demo --out "$work/bad.db" --as-of 2026-02-30 >/dev/null 2>"$work/bad.err"; then fail "demo accepted 2026-02-30"; fi
grep -q "YYYY-MM-DD" "$work/bad.err" || { cat "$work/bad.err"; fail "no message for a malformed --as-of"; }

check_refused() { # FILE WHAT
    before=$(sha "$1")
    if cli check --database "$1" >"$work/refused.out" 2>"$work/refused.err"; then fail "check accepted $2"; fi
    [ -s "$work/refused.err" ] || fail "check gave no message for $2"
    echo "check on $2: $(cat "$work/refused.err")"
    [ "$(sha "$1")" = "$before" ] || fail "check changed $2"
    [ ! -e "$1-wal" ] || fail "check left a -wal file next to $2"
}

printf 'This is not a database.\nJust text.\n' >"$work/text.db"
check_refused "$work/text.db" "a text file"

size=$(wc -c <"$work/demo.db")
head -c $((size / 2)) "$work/demo.db" >"$work/truncated.db"
check_refused "$work/truncated.db" "a truncated database"

# A database from a newer version: user_version (header offset 60, big-endian) set to 999.
cp "$work/demo.db" "$work/newer.db"
printf '\000\000\003\347' | dd of="$work/newer.db" bs=1 seek=60 conv=notrunc 2>/dev/null
check_refused "$work/newer.db" "a database with a newer schema"
grep -qi "newer" "$work/refused.err" || fail "the message for a newer schema does not say so"

if cli check --database "$work/missing.db" >/dev/null 2>&1; then fail "check accepted a missing file"; fi
[ ! -e "$work/missing.db" ] || fail "check created a missing file"

echo "cli smoke test passed"
