#!/usr/bin/env bash
# Issue 16 on real files through the real medicinsikker-cli: a change package (forandringspakke)
# goes from one botilbud's database to another's.
#  - `export-change` writes an adopted change; the file names none of the botilbud's people;
#  - `import-change` refuses an untrusted sender, a damaged file, a tampered file and the
#    origin itself, and writes nothing then;
#  - after `trust`, the change joins the target's idea of the same title (it gets the spread
#    key; nothing else is added) and the package is kept with its origin;
#  - the same package again changes nothing.
# Usage: cli_change_packages.sh PATH_TO_CLI
set -uo pipefail
CLI="$1"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export HOME="$WORK/home" XDG_DATA_HOME="$WORK/home"
run() { "$CLI" --lang en "$@"; }
fail() { echo "FAIL: $*"; exit 1; }
counts() {
    sqlite3 "$1" "SELECT (SELECT count(*) FROM change_idea) || '/' || (SELECT count(*) FROM pdsa_cycle) || '/' ||
                         (SELECT count(*) FROM driver) || '/' || (SELECT count(*) FROM measure) || '/' ||
                         (SELECT count(*) FROM received_change_package) || '/' || (SELECT count(*) FROM audit_entry)"
}

run demo --as-of 2026-12-06 --out "$WORK/origin.db" >/dev/null 2>&1 || fail "demo (origin)"
run demo --as-of 2026-12-06 --seed 7 --out "$WORK/target.db" >/dev/null 2>&1 || fail "demo (target)"
HOME_NAME="$(run list botilbud --database "$WORK/origin.db" | head -n1)"
TARGET_NAME="$(run list botilbud --database "$WORK/target.db" | head -n1)"

# 1. Export: only an adopted change, and the file names nobody.
if run export-change --database "$WORK/origin.db" --botilbud "$HOME_NAME" --change "No such change" \
       --out "$WORK/none.json" >"$WORK/out.txt" 2>&1; then fail "exported a change that does not exist"; fi
grep -q "adopted ones are" "$WORK/out.txt" || { cat "$WORK/out.txt"; fail "no list of the adopted changes"; }
[ ! -e "$WORK/none.json" ] || fail "a refused export left a file"
run export-change --database "$WORK/origin.db" --botilbud "$HOME_NAME" --change "dobbeltkontrol ved dispensering" \
    --out "$WORK/change.json" >"$WORK/out.txt" 2>&1 || { cat "$WORK/out.txt"; fail "export-change"; }
[ -s "$WORK/change.json" ] || fail "no change package written"
grep -q '"kind": *"change"' "$WORK/change.json" || fail "the file is not a change package"
while IFS= read -r person; do
    [ -n "$person" ] || continue
    if grep -qF "$person" "$WORK/change.json"; then fail "the change package names '$person'"; fi
done < <(sqlite3 "$WORK/origin.db" "SELECT name FROM person")
# A CPR-shaped number stands alone (not inside a decimal like 85.41666666666666).
if grep -qE '(^|[^0-9.])[0-9]{6}-?[0-9]{4}([^0-9]|$)' "$WORK/change.json"; then fail "a CPR-shaped number in the package"; fi

# 2. Refusals change nothing: an untrusted sender, a damaged file, a tampered file.
BEFORE="$(counts "$WORK/target.db")"
if run import-change --database "$WORK/target.db" --botilbud "$TARGET_NAME" "$WORK/change.json" \
       >"$WORK/out.txt" 2>&1; then fail "imported from an untrusted sender"; fi
grep -qi "trust" "$WORK/out.txt" || { cat "$WORK/out.txt"; fail "the refusal does not mention the trust step"; }
run trust --database "$WORK/target.db" --package "$WORK/change.json" >/dev/null 2>&1 || fail "trust"
AFTER_TRUST="$(counts "$WORK/target.db")"
head -c 400 "$WORK/change.json" >"$WORK/damaged.json"
if run import-change --database "$WORK/target.db" --botilbud "$TARGET_NAME" "$WORK/damaged.json" \
       >"$WORK/out.txt" 2>&1; then fail "imported a damaged file"; fi
sed 's/Dobbeltkontrol ved dispensering/Dobbeltkontrol ved dispensering!/' "$WORK/change.json" >"$WORK/tampered.json"
cmp -s "$WORK/change.json" "$WORK/tampered.json" && fail "could not tamper with the file"
if run import-change --database "$WORK/target.db" --botilbud "$TARGET_NAME" "$WORK/tampered.json" \
       >"$WORK/out.txt" 2>&1; then fail "imported a tampered file"; fi
[ "$(counts "$WORK/target.db")" = "$AFTER_TRUST" ] || fail "a refused import changed the database"
[ "${BEFORE%/*}" = "${AFTER_TRUST%/*}" ] || fail "trusting a key changed more than the trail"

# 3. The import. Both demo botilbud tested "Dobbeltkontrol ved dispensering" on their own, so the
#    package joins the target's idea of that title (no second idea, and no new cycle for an idea
#    already tested): the idea gets the spread key, and the package is kept with its origin.
#    (A change the botilbud does not have arrives as a new idea with a planned first cycle:
#    tests/services/spread and tests/gui/spread.)
run import-change --database "$WORK/target.db" --botilbud "$TARGET_NAME" "$WORK/change.json" \
    >"$WORK/out.txt" 2>&1 || { cat "$WORK/out.txt"; fail "import-change"; }
grep -q "already a change idea" "$WORK/out.txt" || { cat "$WORK/out.txt"; fail "no word of the idea it joined"; }
AFTER="$(counts "$WORK/target.db")"
[ "$(echo "$AFTER" | cut -d/ -f1-4)" = "$(echo "$AFTER_TRUST" | cut -d/ -f1-4)" ] \
    || fail "joining an idea of the same title added ideas, cycles, drivers or measures ($AFTER_TRUST -> $AFTER)"
[ "$(echo "$AFTER" | cut -d/ -f5)" -eq 1 ] || fail "the received package is not kept"
[ "$(sqlite3 "$WORK/target.db" "SELECT origin_botilbud FROM received_change_package")" = "$HOME_NAME" ] \
    || fail "the origin is not kept"
KEY="$(sqlite3 "$WORK/origin.db" "SELECT spread_key FROM change_idea WHERE title = 'Dobbeltkontrol ved dispensering'")"
[ -n "$KEY" ] || fail "the exported change has no spread key"
[ "$(sqlite3 "$WORK/target.db" "SELECT title FROM change_idea WHERE spread_key = '$KEY'")" = \
  "Dobbeltkontrol ved dispensering" ] || fail "the target's own idea did not get the spread key"
[ "$(sqlite3 "$WORK/target.db" "SELECT count(*) FROM change_idea WHERE title = 'Dobbeltkontrol ved dispensering'")" -eq 1 ] \
    || fail "a second idea of the same title"

# 4. Twice changes nothing; back into its origin is refused.
run import-change --database "$WORK/target.db" --botilbud "$TARGET_NAME" "$WORK/change.json" \
    >"$WORK/out.txt" 2>&1 || { cat "$WORK/out.txt"; fail "a second import failed instead of doing nothing"; }
grep -q "already received" "$WORK/out.txt" || { cat "$WORK/out.txt"; fail "the second import does not say so"; }
[ "$(counts "$WORK/target.db")" = "$AFTER" ] || fail "the second import changed the database"
ORIGIN="$(counts "$WORK/origin.db")"
if run import-change --database "$WORK/origin.db" --botilbud "$HOME_NAME" "$WORK/change.json" \
       >"$WORK/out.txt" 2>&1; then fail "imported a change into the botilbud it came from"; fi
[ "$(counts "$WORK/origin.db")" = "$ORIGIN" ] || fail "the refused import into the origin changed it"
echo "change packages: all checks passed"
