#!/usr/bin/env bash
# Issue 12 on real files through the real medicinsikker-cli:
#  - no command turns a 0-byte file or an empty SQLite file into a database (byte-identical);
#  - `check` opens read-only: it never migrates (an older schema is reported, not changed),
#    writes nothing and leaves no -wal/-shm files;
#  - `check` runs the full integrity_check and lists what it finds (exit code 1);
#  - new database files are 0600 and the data/log folders 0700;
#  - `export-package` says in --help and in its message that it marks the report sent;
#  - CPR numbers typed with spaces or dots are refused by `feedback`.
# Usage: cli_database_files.sh PATH_TO_CLI
set -uo pipefail
CLI="$1"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export HOME="$WORK/home" XDG_DATA_HOME="$WORK/home"
run() { "$CLI" --lang en "$@"; }
fail() { echo "FAIL: $*"; exit 1; }
sha() { sha256sum "$1" | cut -d' ' -f1; }
mode() { stat -c '%a' "$1"; }
no_sidecars() { [ ! -e "$1-wal" ] && [ ! -e "$1-shm" ] && [ ! -e "$1-journal" ]; }

run demo --out "$WORK/demo.db" >/dev/null 2>&1 || fail "demo"
HOME_NAME="$(run list botilbud --database "$WORK/demo.db" | head -n1)"

# 1. A 0-byte file stays 0 bytes under every command that opens a database.
: >"$WORK/empty.db"
for cmd in "check --database" "list botilbud --database" "export-incidents --out $WORK/x.csv --database" \
           "import-package $WORK/none.json --database"; do
    # shellcheck disable=SC2086
    if run $cmd "$WORK/empty.db" >"$WORK/out.txt" 2>&1; then cat "$WORK/out.txt"; fail "'$cmd' accepted a 0-byte file"; fi
    [ "$(wc -c <"$WORK/empty.db")" -eq 0 ] || fail "'$cmd' wrote into a 0-byte file"
    no_sidecars "$WORK/empty.db" || fail "'$cmd' left -wal/-shm next to a 0-byte file"
done
run check --database "$WORK/empty.db" >"$WORK/out.txt" 2>&1
grep -qi "empty" "$WORK/out.txt" || { cat "$WORK/out.txt"; fail "check does not say the file is empty"; }

# An SQLite file without any table is not migrated in place either.
sqlite3 "$WORK/blank.sqlite" "PRAGMA user_version = 0; VACUUM;"
[ -s "$WORK/blank.sqlite" ] || fail "could not make an empty SQLite file"
BLANK="$(sha "$WORK/blank.sqlite")"
for cmd in "check --database" "list botilbud --database"; do
    # shellcheck disable=SC2086
    if run $cmd "$WORK/blank.sqlite" >/dev/null 2>&1; then fail "'$cmd' accepted an SQLite file without tables"; fi
    [ "$(sha "$WORK/blank.sqlite")" = "$BLANK" ] || fail "'$cmd' changed an SQLite file without tables"
done

# `check` on a real database writes nothing and leaves no -wal/-shm files.
DEMO="$(sha "$WORK/demo.db")"
run check --database "$WORK/demo.db" >"$WORK/check.out" 2>&1 || { cat "$WORK/check.out"; fail "check of the demo"; }
[ "$(sha "$WORK/demo.db")" = "$DEMO" ] || fail "check changed the demo database"
no_sidecars "$WORK/demo.db" || fail "check left -wal/-shm files"
grep -q "read-only" "$WORK/check.out" || fail "check does not say it opened the file read-only"

# An older schema (1) is reported as such, not migrated: user_version stays 1.
cp "$WORK/demo.db" "$WORK/old.db"
sqlite3 "$WORK/old.db" "PRAGMA user_version = 1;"
OLD="$(sha "$WORK/old.db")"
run check --database "$WORK/old.db" >"$WORK/old.out" 2>&1 || { cat "$WORK/old.out"; fail "check of an older schema"; }
grep -q "Schema version: 1, would be migrated to 8" "$WORK/old.out" || { cat "$WORK/old.out"; fail "no 'would be migrated'"; }
[ "$(sha "$WORK/old.db")" = "$OLD" ] || fail "check migrated or changed an older database"
no_sidecars "$WORK/old.db" || fail "check left -wal/-shm next to an older database"

# 4. Flipped bytes in a table page: an incident's date changed inside its row no longer matches
# the index over it. integrity_check (the full one) sees that; check reports it, exit code 1.
cp "$WORK/demo.db" "$WORK/flipped.db"
# The sqlite3 shell has no audit functions: this damage goes behind the trail on purpose.
sqlite3 "$WORK/flipped.db" "DROP TRIGGER audit_incident_update; UPDATE incident SET description = 'MARKER-ISSUE-12-ROW' WHERE id = (SELECT MIN(id) FROM incident);"
DATE="$(sqlite3 "$WORK/flipped.db" "SELECT occurred_date FROM incident WHERE description = 'MARKER-ISSUE-12-ROW'")"
python3 - "$WORK/flipped.db" "$DATE" <<'PY' || fail "could not flip the date"
import sys
path, date = sys.argv[1], sys.argv[2].encode()
data = bytearray(open(path, 'rb').read())
marker = data.find(b'MARKER-ISSUE-12-ROW')
# The row holds occurred_date, then reported_date (often the same day), then the description.
pos = data.rfind(date, 0, marker)
if data.rfind(date, 0, pos) > marker - 200:
    pos = data.rfind(date, 0, pos)
data[pos + 2] = ord('9') if data[pos + 2] != ord('9') else ord('8')  # 2024 -> 2094
open(path, 'wb').write(bytes(data))
PY
FLIPPED="$(sha "$WORK/flipped.db")"
if run check --database "$WORK/flipped.db" >"$WORK/flipped.out" 2>"$WORK/flipped.err"; then
    cat "$WORK/flipped.out"; fail "check accepted a database with flipped bytes"
fi
grep -q "missing from index" "$WORK/flipped.out" || { cat "$WORK/flipped.out" "$WORK/flipped.err"; fail "check did not list the problem"; }
[ "$(sha "$WORK/flipped.db")" = "$FLIPPED" ] || fail "check changed the damaged file"

# A damaged b-tree page header (page type byte of the incident table's root page): listed too.
cp "$WORK/demo.db" "$WORK/page.db"
ROOT="$(sqlite3 "$WORK/page.db" "SELECT rootpage FROM sqlite_master WHERE name = 'incident'")"
PAGE_SIZE="$(sqlite3 "$WORK/page.db" "PRAGMA page_size")"
printf '\377\377\377\377' | dd of="$WORK/page.db" bs=1 seek=$(( (ROOT - 1) * PAGE_SIZE + 3 )) conv=notrunc 2>/dev/null
if run check --database "$WORK/page.db" >"$WORK/page.out" 2>"$WORK/page.err"; then fail "check accepted a damaged page"; fi
grep -q "problems found by PRAGMA integrity_check" "$WORK/page.out" || { cat "$WORK/page.out" "$WORK/page.err"; fail "check did not list the damaged page"; }

# 5. New files are 0600, the data and log folders 0700.
[ "$(mode "$WORK/demo.db")" = 600 ] || fail "demo database is $(mode "$WORK/demo.db"), not 600"
run init --out "$WORK/new.db" >/dev/null || fail "init"
[ "$(mode "$WORK/new.db")" = 600 ] || fail "init database is $(mode "$WORK/new.db"), not 600"
[ "$(mode "$HOME/Medicinsikker/logs")" = 700 ] || fail "logs folder is $(mode "$HOME/Medicinsikker/logs"), not 700"
[ "$(mode "$HOME/Medicinsikker")" = 700 ] || fail "data folder is $(mode "$HOME/Medicinsikker"), not 700"

# 6. export-package says that it writes to the database.
run export-package --help | grep -q "marked as sent" || fail "export-package --help does not say it marks the report sent"
OUT="$(run export-package --database "$WORK/demo.db" --botilbud "$HOME_NAME" --out "$WORK/p.json")" || fail "export-package"
echo "$OUT" | grep -q "marked the .* report as sent in '$WORK/demo.db'" || fail "export-package message: $OUT"
OUT="$(run export-package --database "$WORK/demo.db" --botilbud "$HOME_NAME" --out "$WORK/p2.json")" || fail "export-package again"
echo "$OUT" | grep -q "database is unchanged" || fail "second export-package message: $OUT"

# 2. CPR numbers typed with a space or dots are refused by feedback; nothing is written.
MONTH="$(grep -o '"month": "[0-9-]*"' "$WORK/p.json" | grep -o '[0-9]\{4\}-[0-9]\{2\}')"
BEFORE="$(sha "$WORK/demo.db")"
for cpr in "010203 1234" "01.02.03-1234" "01 02 03 1234"; do
    if run feedback --database "$WORK/demo.db" --botilbud "$HOME_NAME" --month "$MONTH" \
           --text "Borger $cpr fik hjælp" >/dev/null 2>&1; then
        fail "feedback accepted the CPR number '$cpr'"
    fi
done
[ "$(sha "$WORK/demo.db")" = "$BEFORE" ] || fail "a refused feedback changed the database"

# 3. The audit trail (issue 14): check says the chain holds; an entry changed afterwards with
# the sqlite3 shell makes check fail and name that entry; a removed entry is found as well.
cp "$WORK/demo.db" "$WORK/audited.db"
run check --database "$WORK/audited.db" >"$WORK/audit.out" 2>&1 || { cat "$WORK/audit.out"; fail "check of the intact trail"; }
grep -Eq "(hash chain is intact|hashkæden er intakt)" "$WORK/audit.out" || { cat "$WORK/audit.out"; fail "check does not report the intact chain"; }
VICTIM="$(sqlite3 "$WORK/audited.db" "SELECT id FROM audit_entry WHERE table_name = 'incident' ORDER BY id LIMIT 1 OFFSET 3")"
[ -n "$VICTIM" ] || fail "no audit entry of an incident in the demo"
sqlite3 "$WORK/audited.db" "UPDATE audit_entry SET new_values = replace(new_values, 'occurred_date', 'occurred') WHERE id = $VICTIM;"
if run check --database "$WORK/audited.db" >"$WORK/audit.out" 2>&1; then cat "$WORK/audit.out"; fail "check passed a changed audit entry"; fi
grep -Eq "(BROKEN at entry|BRUDT ved post) $VICTIM:" "$WORK/audit.out" || { cat "$WORK/audit.out"; fail "check does not name entry $VICTIM"; }
cp "$WORK/demo.db" "$WORK/gap.db"
sqlite3 "$WORK/gap.db" "DELETE FROM audit_entry WHERE id = $VICTIM;"
if run check --database "$WORK/gap.db" >"$WORK/audit.out" 2>&1; then fail "check passed a removed audit entry"; fi
grep -Eq "(BROKEN at entry|BRUDT ved post) $((VICTIM + 1)):" "$WORK/audit.out" || { cat "$WORK/audit.out"; fail "check does not name the entry after the gap"; }

# 4. Accounts (issue 14): the owner lists who may sign in and gives a forgotten password a new
# temporary one; the change is in the audit trail, and check still finds the chain intact.
cp "$WORK/demo.db" "$WORK/accounts.db"
run accounts --database "$WORK/accounts.db" >"$WORK/accounts.out" || fail "accounts list"
TOVHOLDER="$(grep 'Tovholder' "$WORK/accounts.out" | head -n 1 | cut -d' ' -f1)"
[ -n "$TOVHOLDER" ] || { cat "$WORK/accounts.out"; fail "accounts lists no tovholder"; }
OUT="$(run accounts --database "$WORK/accounts.db" --reset "$TOVHOLDER")" || fail "accounts --reset"
echo "$OUT" | grep -Eq "^New temporary password for $TOVHOLDER: [a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$" || fail "reset output: $OUT"
run accounts --database "$WORK/accounts.db" | grep "^$TOVHOLDER " | grep -q "must choose a new password" ||
    fail "the reset account is not marked for a new password"
if run accounts --database "$WORK/accounts.db" --reset nobody >/dev/null 2>&1; then fail "reset of an unknown login"; fi
[ "$(sqlite3 "$WORK/accounts.db" "SELECT COUNT(*) FROM audit_entry WHERE table_name = 'account' AND action = 'update'")" = 1 ] ||
    fail "the reset is not in the audit trail"
run check --database "$WORK/accounts.db" >/dev/null || fail "check after a reset"

echo "cli_database_files: all checks passed"
