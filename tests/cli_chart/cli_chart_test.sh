#!/bin/sh
# ctest "cli_chart": runs `medicinsikker-cli chart` as a person would, on a fresh demo database
# in a temporary folder. Checks PNG, SVG and PDF output (the PDF's text names the measure), and
# that bad requests fail with a message while the database file stays byte-identical.
# Usage: cli_chart_test.sh PATH/TO/medicinsikker-cli [PATH/TO/pdftotext]
set -u
CLI="$1"
PDFTOTEXT="${2:-}"
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
export QT_QPA_PLATFORM=offscreen
export HOME="$DIR/home" XDG_DATA_HOME="$DIR/data" XDG_CONFIG_HOME="$DIR/config"
fail() { echo "FAIL: $*"; exit 1; }

DB="$DIR/demo.db"
HOME_NAME="Bostedet Lærkehøj"
MEASURE="Andel korrekt dispenserede doseringsæsker"
"$CLI" demo --out "$DB" >/dev/null || fail "demo database not created"
BEFORE=$(sha256sum "$DB" | cut -d' ' -f1)

for ext in png svg pdf; do
    "$CLI" chart --database "$DB" --botilbud "$HOME_NAME" --measure "$MEASURE" --out "$DIR/chart.$ext" \
        >"$DIR/out.$ext.txt" 2>"$DIR/err.$ext.txt" || { cat "$DIR/err.$ext.txt"; fail "chart --out chart.$ext"; }
    [ -s "$DIR/chart.$ext" ] || fail "chart.$ext is empty"
    grep -q "Forbedring" "$DIR/out.$ext.txt" || { cat "$DIR/out.$ext.txt"; fail "the reading names no improvement"; }
done
head -c 8 "$DIR/chart.png" | od -An -c | grep -q "P   N   G" || fail "chart.png is no PNG"
grep -q "<svg" "$DIR/chart.svg" || fail "chart.svg is no SVG"
head -c 4 "$DIR/chart.pdf" | grep -q "%PDF" || fail "chart.pdf is no PDF"
if [ -n "$PDFTOTEXT" ]; then
    "$PDFTOTEXT" "$DIR/chart.pdf" "$DIR/chart.txt" || fail "pdftotext"
    grep -q "$MEASURE" "$DIR/chart.txt" || { cat "$DIR/chart.txt"; fail "the PDF does not name the measure"; }
fi

# A chosen control chart, a chosen size, and a days-between T chart.
"$CLI" chart --database "$DB" --botilbud "$HOME_NAME" --measure "$MEASURE" --chart p --width 800 --height 500 \
    --out "$DIR/p.png" >/dev/null 2>&1 || fail "--chart p"
[ -s "$DIR/p.png" ] || fail "p.png is empty"
"$CLI" chart --database "$DB" --botilbud "$HOME_NAME" --measure "Dage mellem medicinfejl" --out "$DIR/t.svg" \
    >/dev/null 2>&1 || fail "days between"

# The reading above is checked in Danish, the default; the refusals are read in English.
expect_refusal() {
    if "$CLI" --lang en chart "$@" >"$DIR/refused.out" 2>"$DIR/refused.err"; then fail "accepted: $*"; fi
    [ -s "$DIR/refused.err" ] || fail "no message for: $*"
}
expect_refusal --database "$DB" --botilbud "$HOME_NAME" --measure "Findes ikke" --out "$DIR/x.png"
grep -q "no measure named" "$DIR/refused.err" || fail "unknown measure message"
expect_refusal --database "$DB" --botilbud "Findes ikke" --measure "$MEASURE" --out "$DIR/x.png"
expect_refusal --database "$DB" --botilbud "$HOME_NAME" --measure "$MEASURE" --out "$DIR/x.jpg"
expect_refusal --database "$DB" --botilbud "$HOME_NAME" --measure "$MEASURE" --chart u --out "$DIR/x.png"
[ ! -e "$DIR/x.png" ] || fail "a refused chart wrote a file"
AFTER=$(sha256sum "$DB" | cut -d' ' -f1)
[ "$BEFORE" = "$AFTER" ] || fail "the database file changed"
expect_refusal --database "$DIR/missing.db" --botilbud "$HOME_NAME" --measure "$MEASURE" --out "$DIR/x.png"
[ ! -e "$DIR/missing.db" ] || fail "a missing database was created"
echo "cli_chart: all checks passed"
