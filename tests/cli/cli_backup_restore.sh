#!/usr/bin/env bash
# Issue 12, item 7 on real files through the real medicinsikker-cli:
#  - `backup --out` writes a verified 0600 copy with the same rows; without --out into backups/;
#  - `restore` replaces the data and keeps the previous file in backups/ first;
#  - `restore` refuses a foreign file, a text file and a damaged backup, and changes nothing.
# Usage: cli_backup_restore.sh PATH_TO_CLI
set -uo pipefail
CLI="$1"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export HOME="$WORK/home" XDG_DATA_HOME="$WORK/home"
run() { "$CLI" --lang en "$@"; }
fail() { echo "FAIL: $*"; exit 1; }
sha() { sha256sum "$1" | cut -d' ' -f1; }
rows() { run check --database "$1" | awk -v t="$2" '$1 == t { print $2 }'; }

run demo --out "$WORK/demo.db" >/dev/null 2>&1 || fail "demo"
run init --out "$WORK/work.db" >/dev/null 2>&1 || fail "init"
DEMO_INCIDENTS="$(rows "$WORK/demo.db" incident)"
[ "${DEMO_INCIDENTS:-0}" -gt 0 ] || fail "the demo has no incidents"
[ "$(rows "$WORK/work.db" incident)" = "0" ] || fail "a new database has incidents"

# backup --out: a verified copy, 0600, same rows; the database itself is untouched.
BEFORE="$(sha "$WORK/demo.db")"
run backup --database "$WORK/demo.db" --out "$WORK/demo-copy.db" >"$WORK/b.out" 2>&1 || { cat "$WORK/b.out"; fail "backup --out"; }
grep -q "verified" "$WORK/b.out" || fail "backup did not say it verified the copy"
[ "$(stat -c '%a' "$WORK/demo-copy.db")" = "600" ] || fail "backup copy is not 0600"
[ "$(rows "$WORK/demo-copy.db" incident)" = "$DEMO_INCIDENTS" ] || fail "backup copy lost rows"
[ "$(sha "$WORK/demo.db")" = "$BEFORE" ] || fail "backup changed the database"
run backup --database "$WORK/demo.db" --out "$WORK/demo-copy.db" >/dev/null 2>&1 && fail "backup overwrote an existing file"
# Without --out: into backups/ beside the file.
run backup --database "$WORK/demo.db" >/dev/null 2>&1 || fail "backup into the folder"
ls "$WORK"/backups/demo-*-manual.db >/dev/null 2>&1 || fail "no backup in backups/"

# restore: the data of the backup, the previous file kept.
WORK_SHA="$(sha "$WORK/work.db")"
run restore --database "$WORK/work.db" --from "$WORK/demo-copy.db" >"$WORK/r.out" 2>&1 || { cat "$WORK/r.out"; fail "restore"; }
[ "$(rows "$WORK/work.db" incident)" = "$DEMO_INCIDENTS" ] || fail "restore did not bring the backup's incidents"
KEPT="$(ls "$WORK"/backups/work-*-before-restore.db 2>/dev/null | head -n1)"
[ -n "$KEPT" ] || { cat "$WORK/r.out"; fail "restore did not keep the previous file"; }
[ "$(rows "$KEPT" incident)" = "0" ] || fail "the kept file is not the previous data"
grep -q "$KEPT" "$WORK/r.out" || fail "restore did not say where the previous file is"

# Refusals: nothing changes, no new backup appears.
NOW="$(sha "$WORK/work.db")"
COUNT="$(ls "$WORK/backups" | wc -l)"
echo "not a database" >"$WORK/text.db"
sqlite3 "$WORK/foreign.db" "CREATE TABLE t (x); INSERT INTO t VALUES (1);"
cp "$WORK/demo-copy.db" "$WORK/damaged.db"
ROOT="$(sqlite3 "$WORK/damaged.db" "SELECT rootpage FROM sqlite_master WHERE name = 'incident'")"
PAGE_SIZE="$(sqlite3 "$WORK/damaged.db" "PRAGMA page_size")"
printf '\377\377\377\377' | dd of="$WORK/damaged.db" bs=1 seek=$(( (ROOT - 1) * PAGE_SIZE + 3 )) conv=notrunc 2>/dev/null
for bad in text foreign damaged missing; do
    if run restore --database "$WORK/work.db" --from "$WORK/$bad.db" >"$WORK/bad.out" 2>&1; then
        cat "$WORK/bad.out"; fail "restore accepted the $bad file"
    fi
    grep -q "refused" "$WORK/bad.out" || { cat "$WORK/bad.out"; fail "restore of $bad did not say it refused"; }
    [ "$(sha "$WORK/work.db")" = "$NOW" ] || fail "a refused restore ($bad) changed the database"
    [ "$(ls "$WORK/backups" | wc -l)" = "$COUNT" ] || fail "a refused restore ($bad) made a backup"
done
[ "$WORK_SHA" != "$NOW" ] || fail "restore left the file as it was"
echo "cli_backup_restore: ok"
