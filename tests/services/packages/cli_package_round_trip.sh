#!/usr/bin/env bash
# CLI round trip for data packages on real files: botilbud → consultant → feedback → botilbud.
# The botilbud's demo database exports its month's report; a new empty consultant database
# imports it (twice: the second changes nothing); the package holds no staff names and no
# incident descriptions; the consultant's feedback travels back and lands on the botilbud's
# report; an altered package and a package for the wrong database are refused and leave the
# database byte-identical. Packages are signed: each side imports only after trusting the
# other's key once (`trust`, fingerprint compared as `fingerprint` prints it).
set -euo pipefail
CLI="$1"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export QT_QPA_PLATFORM=offscreen
run() { "$CLI" --lang en "$@"; }
fail() { echo "FAIL: $*"; exit 1; }

run demo --out "$WORK/home.db" --botilbud 1 >/dev/null
HOME_NAME="$(run list botilbud --database "$WORK/home.db" | head -n1)"
run export-package --database "$WORK/home.db" --botilbud "$HOME_NAME" --out "$WORK/report.json"
MONTH="$(grep -o '"month": "[0-9-]*"' "$WORK/report.json" | grep -o '[0-9]\{4\}-[0-9]\{2\}')"
[ -n "$MONTH" ] || fail "no month in the package"
[ "$(sqlite3 "$WORK/home.db" "SELECT status FROM monthly_report WHERE report_month = '$MONTH-01'")" = "sent" ] ||
    fail "exporting did not mark the report sent"

# Privacy: no staff name (whole words, each part), no incident description, no CPR-shaped number.
while IFS= read -r person; do
    grep -qF "$person" "$WORK/report.json" && fail "staff name '$person' in the package"
    for part in $person; do
        grep -qw -- "$part" "$WORK/report.json" && fail "staff name part '$part' in the package"
    done
done < <(sqlite3 "$WORK/home.db" "SELECT name FROM person")
while IFS= read -r text; do
    [ -n "$text" ] && grep -qF -- "$text" "$WORK/report.json" && fail "incident text '$text' in the package"
done < <(sqlite3 "$WORK/home.db" "SELECT description FROM incident UNION SELECT immediate_action FROM incident UNION SELECT learning FROM incident")
grep -v -e '"sha256"' -e '"key"' -e '"signature"' -e '"publicKey"' "$WORK/report.json" |
    grep -qE '(^|[^0-9a-f])[0-3][0-9][01][0-9][0-9]{2}-?[0-9]{4}([^0-9a-f]|$)' && fail "CPR-shaped number in the package"
grep -q '"<5"' "$WORK/report.json" || echo "note: no suppressed count in this month"

# The consultant's database starts empty; import-package never creates one.
if run import-package --database "$WORK/missing.db" "$WORK/report.json" 2>/dev/null; then fail "imported into a missing database"; fi
[ ! -e "$WORK/missing.db" ] || fail "import created a database"
run init --out "$WORK/consultant.db" >/dev/null

# Signed packages: a key the consultant does not trust yet is refused with what to do.
BEFORE_TRUST="$(sha256sum "$WORK/consultant.db" | cut -d' ' -f1)"
if run import-package --database "$WORK/consultant.db" "$WORK/report.json" > "$WORK/out.txt"; then fail "untrusted package imported"; fi
cat "$WORK/out.txt"
grep -q "does not trust yet" "$WORK/out.txt" || fail "no clear message for an untrusted key"
grep -q "medicinsikker-cli trust" "$WORK/out.txt" || fail "the message does not say how to trust"
[ "$BEFORE_TRUST" = "$(sha256sum "$WORK/consultant.db" | cut -d' ' -f1)" ] || fail "an untrusted package changed the file"
HOME_FP="$(run fingerprint --database "$WORK/home.db" | grep -oE '[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}' | head -n1)"
[ -n "$HOME_FP" ] || fail "no fingerprint printed"
[ "$HOME_FP" = "$(run fingerprint --database "$WORK/home.db" | grep -oE '[0-9A-F]{4}(-[0-9A-F]{4}){3}' | head -n1)" ] ||
    fail "the fingerprint changed between two calls"
if run trust --database "$WORK/consultant.db" --package "$WORK/report.json" --fingerprint 0000-0000-0000-0000        > /dev/null 2> "$WORK/err.txt"; then fail "trusted a key whose fingerprint was not the one read out"; fi
grep -q "not the one you were given" "$WORK/err.txt" || fail "no clear message for a wrong fingerprint"
TRUST_OUT="$(run trust --database "$WORK/consultant.db" --package "$WORK/report.json" --fingerprint "$HOME_FP")"
echo "$TRUST_OUT"
echo "$TRUST_OUT" | grep -qF "$HOME_NAME" || fail "trust does not name the botilbud"
echo "$TRUST_OUT" | grep -qF "$HOME_FP" || fail "trust does not show the fingerprint"
run fingerprint --database "$WORK/consultant.db" | grep -qF "$HOME_FP" || fail "the trusted key is not listed"

# An unsigned package of the old format (version 1) is refused.
sed -E 's/"version": [0-9]+/"version": 1/' "$WORK/report.json" > "$WORK/old.json"
if run import-package --database "$WORK/consultant.db" "$WORK/old.json" > "$WORK/out.txt"; then fail "version-1 package imported"; fi
grep -q "must now be signed" "$WORK/out.txt" || { cat "$WORK/out.txt"; fail "no clear message for an unsigned package"; }

OUT1="$(run import-package --database "$WORK/consultant.db" "$WORK/report.json")"
echo "$OUT1"
echo "$OUT1" | grep -q "imported: report of '$HOME_NAME', $MONTH (new botilbud)" || fail "first import"
BEFORE="$(sha256sum "$WORK/consultant.db" | cut -d' ' -f1)"
OUT2="$(run import-package --database "$WORK/consultant.db" "$WORK/report.json")"
echo "$OUT2"
echo "$OUT2" | grep -q "already imported, nothing changed" || fail "second import was not a no-op"
[ "$BEFORE" = "$(sha256sum "$WORK/consultant.db" | cut -d' ' -f1)" ] || fail "second import changed the file"

# An altered package (one word changed, checksum left as it was) is refused; nothing changes.
sed 's/"selfScore": [0-9]/"selfScore": 1/' "$WORK/report.json" > "$WORK/altered.json"
cmp -s "$WORK/report.json" "$WORK/altered.json" && sed -i 's/"wentWell": "/"wentWell": "x/' "$WORK/altered.json"
if run import-package --database "$WORK/consultant.db" "$WORK/altered.json" > "$WORK/out.txt"; then fail "altered package imported"; fi
cat "$WORK/out.txt"
grep -q "altered or damaged" "$WORK/out.txt" || fail "no clear message for the altered package"
[ "$BEFORE" = "$(sha256sum "$WORK/consultant.db" | cut -d' ' -f1)" ] || fail "a refused package changed the file"
[ ! -e "$WORK/consultant.db-wal" ] || fail "a -wal file was left behind"

# The consultant writes feedback and sends it back. A CPR-shaped number is refused first.
BEFORE_FEEDBACK="$(sha256sum "$WORK/consultant.db" | cut -d' ' -f1)"
if run feedback --database "$WORK/consultant.db" --botilbud "$HOME_NAME" --month "$MONTH" \
       --text "Borgeren 010190-1234 skal ses" 2> "$WORK/err.txt"; then fail "feedback with a CPR number accepted"; fi
grep -qi "CPR" "$WORK/err.txt" || fail "no clear message for the CPR number in the feedback"
[ "$BEFORE_FEEDBACK" = "$(sha256sum "$WORK/consultant.db" | cut -d' ' -f1)" ] || fail "refused feedback changed the file"
run feedback --database "$WORK/consultant.db" --botilbud "$HOME_NAME" --month "$MONTH" \
    --text "Flot arbejde. Prøv rampen på nattevagten." > /dev/null
[ "$(sqlite3 "$WORK/consultant.db" "SELECT status FROM monthly_report WHERE report_month = '$MONTH-01'")" = "feedback_received" ] ||
    fail "feedback did not mark the consultant's copy"
# The consultant's PDF of the received report carries the botilbud, the month and the feedback.
run report --database "$WORK/consultant.db" --botilbud "$HOME_NAME" --month "$MONTH" --out "$WORK/received.pdf" > /dev/null
pdftotext "$WORK/received.pdf" - | tr -s '[:space:]' ' ' > "$WORK/received.txt"
grep -qF "$HOME_NAME" "$WORK/received.txt" || fail "the consultant's PDF does not name the botilbud"
grep -qF "Flot arbejde. Prøv rampen på nattevagten." "$WORK/received.txt" || fail "the consultant's PDF lacks the feedback"
run export-package --feedback --database "$WORK/consultant.db" --botilbud "$HOME_NAME" --out "$WORK/feedback.json"
grep -q '"kind": "feedback"' "$WORK/feedback.json" || fail "no feedback package"
grep -qF "$HOME_NAME" "$WORK/feedback.json" && fail "the feedback package names the botilbud"

# Feedback goes to the botilbud's own database, never into the consultant's; a report never
# goes back into the database it came from.
HOME_BEFORE="$(sha256sum "$WORK/home.db" | cut -d' ' -f1)"
if run import-package --database "$WORK/home.db" "$WORK/report.json" > "$WORK/out.txt"; then fail "report imported into its own database"; fi
grep -q "own botilbud" "$WORK/out.txt" || fail "no clear message for the report in its own database"
[ "$HOME_BEFORE" = "$(sha256sum "$WORK/home.db" | cut -d' ' -f1)" ] || fail "a refused package changed the botilbud's file"
if run import-package --database "$WORK/consultant.db" "$WORK/feedback.json" > /dev/null; then fail "feedback imported into the consultant's database"; fi

# The botilbud trusts its consultant's key once, the same way.
if run import-package --database "$WORK/home.db" "$WORK/feedback.json" > "$WORK/out.txt"; then fail "untrusted feedback imported"; fi
grep -q "does not trust yet" "$WORK/out.txt" || fail "no clear message for untrusted feedback"
CONSULTANT_FP="$(run fingerprint --database "$WORK/consultant.db" | grep -oE '[0-9A-F]{4}(-[0-9A-F]{4}){3}' | head -n1)"
run trust --database "$WORK/home.db" --package "$WORK/feedback.json" --fingerprint "$CONSULTANT_FP" | grep -q "consultant" ||
    fail "trusting the consultant's key"
OUT3="$(run import-package --database "$WORK/home.db" "$WORK/feedback.json")"
echo "$OUT3"
echo "$OUT3" | grep -q "imported: feedback for '$HOME_NAME', $MONTH" || fail "feedback import"
[ "$(sqlite3 "$WORK/home.db" "SELECT status || '|' || consultant_feedback FROM monthly_report WHERE report_month = '$MONTH-01'")" = \
  "feedback_received|Flot arbejde. Prøv rampen på nattevagten." ] || fail "the feedback did not reach the botilbud's report"
OUT4="$(run import-package --database "$WORK/home.db" "$WORK/feedback.json")"
echo "$OUT4" | grep -q "already imported, nothing changed" || fail "second feedback import was not a no-op"

# Many files in one run: each on its own; one refused makes the exit code non-zero.
if run import-package --database "$WORK/consultant.db" "$WORK/report.json" "$WORK/altered.json" > "$WORK/out.txt"; then
    fail "exit code 0 with a refused package"
fi
grep -q "Imported 0, already imported 1, refused 1" "$WORK/out.txt" || fail "summary line"
run check --database "$WORK/consultant.db" >/dev/null
echo "package round trip ok"
