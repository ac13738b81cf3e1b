#!/usr/bin/env bash
# ctest "cli_report": `medicinsikker-cli report` as a person runs it, on a fresh demo database
# (with five botilbud received as data packages) in a temporary folder: one month's report, the
# default month, every botilbud with --all (the received ones from their packages), the final
# evaluation; bad requests fail with a message, write no file and leave the database as it was.
# Usage: cli_report_test.sh PATH/TO/medicinsikker-cli
set -euo pipefail
CLI="$1"
DIR="$(mktemp -d)"
trap 'rm -rf "$DIR"' EXIT
export QT_QPA_PLATFORM=offscreen HOME="$DIR/home" XDG_DATA_HOME="$DIR/data" XDG_CONFIG_HOME="$DIR/config"
fail() { echo "FAIL: $*"; exit 1; }
text() { pdftotext "$1" - | tr -s '[:space:]' ' '; }

DB="$DIR/demo.db"
HOME_NAME="Bostedet Lærkehøj"
"$CLI" demo --out "$DB" --received 5 >/dev/null
"$CLI" check --database "$DB" >/dev/null
BEFORE="$(sha256sum "$DB" | cut -d' ' -f1)"

# One month, named.
"$CLI" report --database "$DB" --botilbud "$HOME_NAME" --month 2024-09 --out "$DIR/sep.pdf" > "$DIR/out.txt"
grep -q "2024-09" "$DIR/out.txt" || fail "no confirmation naming the month"
T="$(text "$DIR/sep.pdf")"
echo "$T" | grep -qF "Månedsrapport september 2024" || fail "no title with the month"
echo "$T" | grep -qF "$HOME_NAME" || fail "the report does not name the botilbud"
echo "$T" | grep -qF "Side 1 af" || fail "no page numbers"
echo "$T" | grep -qF "Andel korrekt dispenserede doseringsæsker" || fail "a measure is missing"

# The month defaults to the latest month with measurements (the demo's December 2025).
"$CLI" report --database "$DB" --botilbud "$HOME_NAME" --out "$DIR/latest.pdf" > "$DIR/out.txt"
grep -q "2025-12" "$DIR/out.txt" || { cat "$DIR/out.txt"; fail "the default month is not the latest with measurements"; }

# Every botilbud: the own one from its data, the five received ones from their packages.
# The PDFs are checked in Danish (the default); the summary line is read in English.
"$CLI" --lang en report --database "$DB" --all --out "$DIR/all" > "$DIR/out.txt"
grep -q "Wrote 6 of 6 reports" "$DIR/out.txt" || { cat "$DIR/out.txt"; fail "report --all did not write six reports"; }
[ "$(find "$DIR/all" -name '*.pdf' | wc -l)" -eq 6 ] || fail "report --all: not six PDF files"
for pdf in "$DIR"/all/*.pdf; do
    [ "$(head -c 4 "$pdf")" = "%PDF" ] || fail "$pdf is no PDF"
done
# Spread over three worker processes (issue 18): the same six reports, the same text in each.
"$CLI" --lang en report --database "$DB" --all --jobs 3 --out "$DIR/all3" > "$DIR/out3.txt"
grep -q "Wrote 6 of 6 reports in [0-9]* ms (3 processes)" "$DIR/out3.txt" || { cat "$DIR/out3.txt"; fail "report --all --jobs 3 did not add up six reports"; }
"$CLI" --lang en report --database "$DB" --all --jobs 1 --out "$DIR/all1" > "$DIR/out1.txt"
grep -q "processes" "$DIR/out1.txt" && fail "--jobs 1 started worker processes"
for pdf in "$DIR"/all1/*.pdf; do
    other="$DIR/all3/$(basename "$pdf")"
    [ -f "$other" ] || fail "--jobs 3 did not write $(basename "$pdf")"
    [ "$(text "$pdf")" = "$(text "$other")" ] || fail "$(basename "$pdf") differs between one and three processes"
done
if "$CLI" report --database "$DB" --all --jobs 0 --out "$DIR/x" >/dev/null 2>&1; then fail "--jobs 0 was accepted"; fi

# The final evaluation.
"$CLI" report --database "$DB" --botilbud "$HOME_NAME" --final --out "$DIR/final.pdf" >/dev/null
text "$DIR/final.pdf" | grep -qF "Slutevaluering" || fail "the final evaluation has no title"

# Bad requests: a message, exit code, no file.
expect_refusal() { # expected-exit-code description args...
    local code="$1" what="$2"
    shift 2
    local status=0
    "$CLI" report "$@" > /dev/null 2> "$DIR/err.txt" || status=$?
    [ "$status" -eq "$code" ] || fail "$what: exit code $status, expected $code"
    [ -s "$DIR/err.txt" ] || fail "$what: no message"
}
expect_refusal 2 "no botilbud and no --all" --database "$DB" --out "$DIR/x.pdf"
expect_refusal 2 "both --botilbud and --all" --database "$DB" --all --botilbud "$HOME_NAME" --out "$DIR/x"
expect_refusal 2 "a month that is no month" --database "$DB" --botilbud "$HOME_NAME" --month 2024-13 --out "$DIR/x.pdf"
expect_refusal 2 "--out not a PDF" --database "$DB" --botilbud "$HOME_NAME" --out "$DIR/x.txt"
expect_refusal 2 "--final with --month" --database "$DB" --botilbud "$HOME_NAME" --final --month 2024-09 --out "$DIR/x.pdf"
expect_refusal 1 "an unknown botilbud" --database "$DB" --botilbud "Findes ikke" --out "$DIR/x.pdf"
expect_refusal 1 "a missing database" --database "$DIR/none.db" --botilbud "$HOME_NAME" --out "$DIR/x.pdf"
expect_refusal 1 "a folder that does not exist" --database "$DB" --botilbud "$HOME_NAME" --out "$DIR/no/such/x.pdf"
expect_refusal 1 "the final evaluation of a received botilbud" --database "$DB" \
    --botilbud "$(sqlite3 "$DB" "SELECT name FROM botilbud WHERE origin = 'package' LIMIT 1")" --final --out "$DIR/x.pdf"
[ ! -e "$DIR/x.pdf" ] || fail "a refused request left a file"
[ ! -e "$DIR/none.db" ] || fail "a missing database was created"
[ "$BEFORE" = "$(sha256sum "$DB" | cut -d' ' -f1)" ] || fail "report changed the database"
echo "cli_report: all checks passed"
