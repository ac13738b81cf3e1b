#!/bin/sh
# The CLI on the shared server: push a demo database to the scratch server, use it there with
# the same commands as a file (--database takes a connection string), pull a local copy back,
# and check the refusals (a server database with data, a wrong password, an existing file).
# Usage: cli_server.sh PATH_TO_CLI WORK_DIR CONNINFO_FILE
set -u
cli_binary=$1
work=$2
conninfo=$(cat "$3")
cli() { "$cli_binary" --lang en "$@"; }
fail() { echo "FAIL: $*"; exit 1; }
rm -rf "$work"
mkdir -p "$work"
# A schema of this test's own on the scratch server.
schema="cli_$$"
server="$conninfo options='-c search_path=$schema'"
"$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)/psql" -X -q "$conninfo" -c "CREATE SCHEMA $schema" || fail "create schema"

cli demo --out "$work/demo.db" --received 2 >/dev/null 2>&1 || fail "demo"
cli push-to-server --database "$work/demo.db" --server "$server" >"$work/push.out" 2>&1 || { cat "$work/push.out"; fail "push-to-server"; }
grep -q "DIFFERENT" "$work/push.out" && { cat "$work/push.out"; fail "push-to-server reported a difference"; }
grep -q "^incident  *80 .* 80 .* ok$" "$work/push.out" || { cat "$work/push.out"; fail "push-to-server did not list the 80 incidents"; }

cli check --database "$server" >"$work/check.out" 2>&1 || { cat "$work/check.out"; fail "check on the server"; }
grep -q "Integrity: *ok" "$work/check.out" || { cat "$work/check.out"; fail "check on the server: integrity"; }
[ "$(cli list botilbud --database "$server")" = "$(cli list botilbud --database "$work/demo.db")" ] \
    || { cli list botilbud --database "$server"; fail "list botilbud on the server"; }
cli report --database "$server" --botilbud "Bostedet Lærkehøj" --month 2025-06 --out "$work/report.pdf" >/dev/null 2>&1 \
    || fail "report from the server"
pdftotext "$work/report.pdf" - | grep -q "Bostedet Lærkehøj" || fail "the report from the server does not name the botilbud"
cli report --database "$work/demo.db" --botilbud "Bostedet Lærkehøj" --month 2025-06 --out "$work/report-file.pdf" >/dev/null 2>&1
[ "$(pdftotext "$work/report.pdf" - | md5sum)" = "$(pdftotext "$work/report-file.pdf" - | md5sum)" ] \
    || fail "the monthly report from the server differs from the one from the file"

# Every botilbud's report from the server by two worker processes, the password passed on to them.
nopass=$(printf '%s' "$server" | sed 's/ password=[^ ]*//')
password=$(printf '%s' "$conninfo" | sed 's/.*password=\([^ ]*\).*/\1/')
PGPASSWORD="$password" cli report --database "$nopass" --all --jobs 2 --out "$work/all" </dev/null >"$work/all.out" 2>&1 \
    || { cat "$work/all.out"; fail "report --all from the server"; }
grep -q "Wrote 3 of 3 reports in [0-9]* ms (2 processes)" "$work/all.out" || { cat "$work/all.out"; fail "report --all from the server did not write three"; }

cli pull-from-server --server "$server" --out "$work/visit.db" >"$work/pull.out" 2>&1 || { cat "$work/pull.out"; fail "pull-from-server"; }
cli check --database "$work/visit.db" | grep -q "Integrity: *ok" || fail "check of the pulled file"
for table in incident measurement pdsa_cycle monthly_report received_package; do
    [ "$(sqlite3 "$work/demo.db" "SELECT * FROM $table ORDER BY id" | md5sum)" = \
      "$(sqlite3 "$work/visit.db" "SELECT * FROM $table ORDER BY id" | md5sum)" ] || fail "pulled $table differs from the original"
done

# Refusals, each with a message and nothing changed.
if cli push-to-server --database "$work/demo.db" --server "$server" >/dev/null 2>"$work/again.err"; then fail "pushed twice"; fi
grep -q "already holds data" "$work/again.err" || { cat "$work/again.err"; fail "no message for a server database with data"; }
wrong=$(printf '%s' "$server" | sed 's/password=[^ ]*/password=wrong/')
if cli list botilbud --database "$wrong" >/dev/null 2>"$work/wrong.err"; then fail "a wrong password was accepted"; fi
grep -q "did not accept the user name or password" "$work/wrong.err" || { cat "$work/wrong.err"; fail "no message for a wrong password"; }
grep -q "password=wrong" "$work/wrong.err" && fail "the message shows the password"
before=$(md5sum <"$work/visit.db")
if cli pull-from-server --server "$server" --out "$work/visit.db" >/dev/null 2>"$work/exists.err"; then fail "pull replaced a file"; fi
[ "$(md5sum <"$work/visit.db")" = "$before" ] || fail "pull changed an existing file"
echo "cli server test passed"
