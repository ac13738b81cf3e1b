#!/usr/bin/env bash
# CLI round trip for incidents: export from a demo database, import into a fresh database with
# the same botilbud, import again (adds nothing), and a file with one broken row (imports
# nothing, the database file stays byte-identical and no -wal file is left).
set -euo pipefail
CLI="$1"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export QT_QPA_PLATFORM=offscreen
# The CLI speaks Danish by default; this test reads its English texts.
run() { "$CLI" --lang en "$@"; }

run demo --out "$WORK/source.db" --botilbud 1 >/dev/null
HOME_NAME="$(run list botilbud --database "$WORK/source.db" | head -n1)"
run export-incidents --database "$WORK/source.db" --botilbud "$HOME_NAME" --out "$WORK/excel.csv"
run export-incidents --database "$WORK/source.db" --out "$WORK/comma.csv" --comma
head -c 3 "$WORK/excel.csv" | od -An -tx1 | grep -q "ef bb bf" || { echo "no BOM in the Danish Excel export"; exit 1; }
head -n1 "$WORK/excel.csv" | grep -q "Dato;Tidspunkt" || { echo "no Danish headers"; exit 1; }
head -c 3 "$WORK/comma.csv" | od -An -tx1 | grep -q "ef bb bf" && { echo "BOM in the comma export"; exit 1; }
ROWS=$(($(grep -c "^$HOME_NAME[;,]" "$WORK/excel.csv" || true)))
[ "$ROWS" -gt 0 ] || { echo "export has no rows"; exit 1; }

# A fresh database with the same botilbud: a demo database whose incidents we do not import into;
# instead create one with a different seed, then import into it. Same botilbud name, other data.
run demo --out "$WORK/target.db" --botilbud 1 --incidents 1 >/dev/null
BEFORE=$(run export-incidents --database "$WORK/target.db" --out "$WORK/before.csv" | grep -o "[0-9]* incidents" | grep -o "[0-9]*")
OUT1="$(run import-incidents --database "$WORK/target.db" --botilbud "$HOME_NAME" --csv "$WORK/excel.csv")"
echo "$OUT1"
echo "$OUT1" | grep -q "Imported $ROWS incidents" || { echo "first import did not add $ROWS rows"; exit 1; }
OUT2="$(run import-incidents --database "$WORK/target.db" --botilbud "$HOME_NAME" --csv "$WORK/comma.csv")"
echo "$OUT2"
echo "$OUT2" | grep -q "Imported 0 incidents; skipped $ROWS" || { echo "second import added rows"; exit 1; }
AFTER=$(run export-incidents --database "$WORK/target.db" --out "$WORK/after.csv" | grep -o "[0-9]* incidents" | grep -o "[0-9]*")
[ "$AFTER" -eq $((BEFORE + ROWS)) ] || { echo "expected $((BEFORE + ROWS)) incidents, found $AFTER"; exit 1; }

# One broken row (an impossible date on the third data row) in a Danish Excel file.
sed "4s/^[^;]*;[^;]*/$HOME_NAME;2023-02-30/" "$WORK/excel.csv" > "$WORK/broken.csv"
SUM_BEFORE=$(sha256sum "$WORK/target.db" | cut -d' ' -f1)
if run import-incidents --database "$WORK/target.db" --botilbud "$HOME_NAME" --csv "$WORK/broken.csv" 2>"$WORK/err.txt"; then
    echo "a file with a broken row was imported"; exit 1
fi
cat "$WORK/err.txt"
grep -q "4" "$WORK/err.txt" || { echo "the error does not name line 4"; exit 1; }
SUM_AFTER=$(sha256sum "$WORK/target.db" | cut -d' ' -f1)
[ "$SUM_BEFORE" = "$SUM_AFTER" ] || { echo "the database changed"; exit 1; }
[ ! -e "$WORK/target.db-wal" ] || { echo "a -wal file was left behind"; exit 1; }
echo "round trip ok"
