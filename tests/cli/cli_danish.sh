#!/usr/bin/env bash
# Issue 12, item 11 through the real medicinsikker-cli:
#  - Danish is the default (the overview and one message of each shared kind), --lang en gives
#    English, and the exit code is the same in both languages;
#  - the same situation is worded the same in every command (the text after "COMMAND: ");
#  - every command's --help is translated: no line of the English help is left in the Danish one,
#    and the overview's one-line summaries are all Danish;
#  - machine-readable output (names, JSON) is the same in both languages.
# Usage: cli_danish.sh PATH_TO_CLI
set -uo pipefail
CLI="$1"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export HOME="$WORK/home" XDG_DATA_HOME="$WORK/home" QT_QPA_PLATFORM=offscreen
fail() { echo "FAIL: $*"; exit 1; }

# runs LANG ARGS...: "da" runs without --lang (the default), "en" with --lang en. Leaves the
# output in $WORK/<lang>.out / .err and the exit code in $WORK/<lang>.code.
runs() {
    local lang="$1" code=0
    shift
    if [ "$lang" = en ]; then
        "$CLI" --lang en "$@" >"$WORK/en.out" 2>"$WORK/en.err" || code=$?
    else
        "$CLI" "$@" >"$WORK/da.out" 2>"$WORK/da.err" || code=$?
    fi
    echo "$code" >"$WORK/$lang.code"
}

# expect CODE DANISH ENGLISH ARGS...: both languages exit with CODE; stderr holds the Danish
# text by default and the English text with --lang en.
expect() {
    local code="$1" danish="$2" english="$3"
    shift 3
    runs da "$@"
    runs en "$@"
    [ "$(cat "$WORK/da.code")" = "$code" ] || { cat "$WORK/da.err"; fail "'$*' exited $(cat "$WORK/da.code"), not $code"; }
    [ "$(cat "$WORK/en.code")" = "$code" ] || { cat "$WORK/en.err"; fail "'--lang en $*' exited $(cat "$WORK/en.code"), not $code"; }
    grep -qF -- "$danish" "$WORK/da.err" || { cat "$WORK/da.err"; fail "'$*' does not say (in Danish): $danish"; }
    grep -qF -- "$english" "$WORK/en.err" || { cat "$WORK/en.err"; fail "'--lang en $*' does not say: $english"; }
    grep -qF -- "$english" "$WORK/da.err" && { cat "$WORK/da.err"; fail "'$*' is English by default"; }
    return 0
}

# help_texts FILE: the texts of a --help output, one a line: the description's lines as they
# stand, then for each option or argument its description (after the "--name <VALUE>" column,
# wrapped lines joined), so a description is compared whole whatever the column widths.
help_texts() {
    awk '
        /^(Options|Arguments|Tilvalg|Argumenter):$/ { table = 1; next }
        !table { if ($0 !~ /^(Usage|Brug): / && $0 ~ /[^ ]/) print; next }
        /^  [^ ]/ { if (text != "") print text; line = $0; sub(/^  [^ ]+( [^ ]+)*  +/, "", line); text = line; next }
        /^   / { line = $0; sub(/^ +/, "", line); text = text " " line; next }
        END { if (text != "") print text }
    ' "$1"
}

"$CLI" --lang en demo --out "$WORK/demo.db" >/dev/null 2>&1 || fail "demo"
HOME_NAME="$("$CLI" list botilbud --database "$WORK/demo.db" | head -n1)"
[ -n "$HOME_NAME" ] || fail "no botilbud in the demo"

# The overview: Danish by default, English with --lang en, the same exit code.
runs da --help
runs en --help
grep -q "^Brug: medicinsikker-cli" "$WORK/da.out" || { cat "$WORK/da.out"; fail "the overview is not Danish by default"; }
grep -q "^Kommandoer:" "$WORK/da.out" || fail "no Danish 'Kommandoer:' heading"
grep -q "^Usage: medicinsikker-cli" "$WORK/en.out" || { cat "$WORK/en.out"; fail "--lang en does not give English"; }
grep -q "^Commands:" "$WORK/en.out" || fail "no English 'Commands:' heading"
[ "$(cat "$WORK/da.code")" = 0 ] && [ "$(cat "$WORK/en.code")" = 0 ] || fail "--help exit code"
runs da
[ "$(cat "$WORK/da.code")" = 2 ] || fail "no command: exit code $(cat "$WORK/da.code"), not 2"
grep -q "^Brug:" "$WORK/da.out" || fail "no command: no Danish overview"

# The commands, as the overview lists them; each summary is translated.
runs da --help
runs en --help
COMMANDS="$(awk '/^Commands:/ { on = 1; next } on && /^  [a-z]/ { print $1 } on && /^$/ { exit }' "$WORK/en.out")"
[ "$(echo "$COMMANDS" | wc -l)" -ge 16 ] || { echo "$COMMANDS"; fail "the overview lists too few commands"; }
for cmd in $COMMANDS; do
    en_line="$(grep -E "^  $cmd +" "$WORK/en.out")"
    da_line="$(grep -E "^  $cmd +" "$WORK/da.out")"
    [ -n "$da_line" ] || fail "the Danish overview does not list $cmd"
    [ "$en_line" != "$da_line" ] || fail "the summary of $cmd is not translated: $da_line"
done

# Every command's --help: translated line by line, Danish headings, exit code 0 in both.
for cmd in $COMMANDS; do
    runs da "$cmd" --help
    runs en "$cmd" --help
    [ "$(cat "$WORK/da.code")" = 0 ] && [ "$(cat "$WORK/en.code")" = 0 ] || fail "$cmd --help exit code"
    grep -q "^Brug: medicinsikker-cli $cmd \[tilvalg\]" "$WORK/da.out" || { cat "$WORK/da.out"; fail "$cmd --help: no Danish usage line"; }
    grep -q "^Tilvalg:" "$WORK/da.out" || fail "$cmd --help: no Danish 'Tilvalg:' heading"
    grep -q "Vis denne hjælp" "$WORK/da.out" || fail "$cmd --help: -h/--help is not described in Danish"
    grep -q "^Options:" "$WORK/en.out" || fail "$cmd --help --lang en: no 'Options:' heading"
    cmp -s "$WORK/da.out" "$WORK/en.out" && fail "$cmd --help is the same in Danish and English"
    # Every text of the English help (each line of the description, each option's and argument's
    # description with Qt's wrapped lines joined) must be gone from the Danish help.
    help_texts "$WORK/en.out" >"$WORK/en.texts"
    help_texts "$WORK/da.out" >"$WORK/da.texts"
    [ -s "$WORK/en.texts" ] || fail "$cmd --help: no texts found in the English help"
    while IFS= read -r text; do
        if grep -qxF -- "$text" "$WORK/da.texts"; then
            fail "$cmd --help: the English text is left in the Danish help: '$text'"
        fi
    done <"$WORK/en.texts"
done

# One message of each shared kind, Danish by default and English with --lang en.
expect 2 "ukendt kommando 'frobnicate'" "unknown command 'frobnicate'" frobnicate
expect 2 "check: det påkrævede tilvalg --database mangler" "check: missing required option --database" check
expect 2 "Prøv 'medicinsikker-cli check --help'." "Try 'medicinsikker-cli check --help'." check
expect 2 "list: ukendt tilvalg '--bogus'" "list: unknown option '--bogus'" list botilbud --bogus
expect 2 "mangler en værdi efter '--database'" "Missing value after '--database'" check --database
expect 1 "check: databasefilen '$WORK/none.db' findes ikke" "check: no database file at '$WORK/none.db'" \
    check --database "$WORK/none.db"
printf 'not a database\n' >"$WORK/text.db"
expect 1 "check: kan ikke åbne '$WORK/text.db': " "check: cannot open '$WORK/text.db': " check --database "$WORK/text.db"
expect 1 "list: der er intet botilbud med navnet 'Findes ikke'" "list: no botilbud named 'Findes ikke'" \
    list measures --database "$WORK/demo.db" --botilbud "Findes ikke"
expect 2 "report: --month skal skrives som ÅÅÅÅ-MM, fx 2025-03, ikke '2024-13'" \
    "report: --month must be written as YYYY-MM, e.g. 2025-03, not '2024-13'" \
    report --database "$WORK/demo.db" --botilbud "$HOME_NAME" --month 2024-13 --out "$WORK/x.pdf"
expect 1 "export-incidents: kan ikke skrive '$WORK/no/such/x.csv': " "export-incidents: cannot write '$WORK/no/such/x.csv': " \
    export-incidents --database "$WORK/demo.db" --out "$WORK/no/such/x.csv"
expect 2 "demo: --seed skal være et helt tal på mindst 0, ikke 'syv'" "demo: --seed must be a whole number of at least 0, not 'syv'" \
    demo --out "$WORK/d2.db" --seed syv
expect 2 "chart: --out skal ende på .png, .svg eller .pdf, ikke 'x.jpg'" "chart: --out must end in .png, .svg or .pdf, not 'x.jpg'" \
    chart --database "$WORK/demo.db" --botilbud "$HOME_NAME" --measure M --out "$WORK/x.jpg"
expect 2 "feedback: angiv enten --text eller --file" "feedback: give either --text or --file" \
    feedback --database "$WORK/demo.db" --botilbud "$HOME_NAME" --month 2024-09
# A message from the layers below arrives translated too (the storage layer's reason).
: >"$WORK/zero.db"
expect 1 "er tom og indeholder ingen Medicinsikker-data" "is empty and holds no Medicinsikker data" \
    list botilbud --database "$WORK/zero.db"

# One wording per situation across commands: the text after "COMMAND: " is the same.
same_text() { # DESCRIPTION then one command line per argument, as "cmd|arg|arg..."
    local what="$1" first="" cmdline
    shift
    for cmdline in "$@"; do
        IFS='|' read -r -a argv <<<"$cmdline"
        runs da "${argv[@]}"
        local text
        text="$(grep -m1 "^${argv[0]}: " "$WORK/da.err" | sed "s/^${argv[0]}: //")"
        [ -n "$text" ] || { cat "$WORK/da.err"; fail "$what: '${argv[0]}' printed no 'COMMAND: ' message"; }
        if [ -z "$first" ]; then first="$text"; elif [ "$text" != "$first" ]; then
            fail "$what is worded differently: '$first' and '$text' (${argv[0]})"
        fi
    done
}
NONE="$WORK/none.db"
same_text "a missing database file" \
    "check|--database|$NONE" "list|botilbud|--database|$NONE" "backup|--database|$NONE" \
    "restore|--database|$NONE|--from|$WORK/demo.db" "export-incidents|--database|$NONE|--out|$WORK/e.csv" \
    "export-package|--database|$NONE|--botilbud|X|--out|$WORK/p.json" "import-package|--database|$NONE|$WORK/p.json" \
    "fingerprint|--database|$NONE" "trust|--database|$NONE|--package|$WORK/p.json" \
    "report|--database|$NONE|--botilbud|X|--out|$WORK/r.pdf" "chart|--database|$NONE|--botilbud|X|--measure|M|--out|$WORK/c.png" \
    "feedback|--database|$NONE|--botilbud|X|--month|2024-09|--text|T"
same_text "an unknown botilbud" \
    "list|measures|--database|$WORK/demo.db|--botilbud|X" "export-incidents|--database|$WORK/demo.db|--botilbud|X|--out|$WORK/e.csv" \
    "export-package|--database|$WORK/demo.db|--botilbud|X|--out|$WORK/p.json" \
    "report|--database|$WORK/demo.db|--botilbud|X|--out|$WORK/r.pdf" \
    "chart|--database|$WORK/demo.db|--botilbud|X|--measure|M|--out|$WORK/c.png" \
    "feedback|--database|$WORK/demo.db|--botilbud|X|--month|2024-09|--text|T"
same_text "a bad month" \
    "report|--database|$WORK/demo.db|--botilbud|X|--month|9-2024|--out|$WORK/r.pdf" \
    "export-package|--database|$WORK/demo.db|--botilbud|X|--month|9-2024|--out|$WORK/p.json" \
    "feedback|--database|$WORK/demo.db|--botilbud|X|--month|9-2024|--text|T"
same_text "an unknown option" "check|--bogus" "list|--bogus" "demo|--bogus" "report|--bogus" "analyze|--bogus"
[ ! -e "$NONE" ] || fail "a command created the missing database"

# Machine-readable output does not depend on the language.
runs da list botilbud --database "$WORK/demo.db"
runs en list botilbud --database "$WORK/demo.db"
cmp -s "$WORK/da.out" "$WORK/en.out" || fail "list botilbud differs between the languages"
printf 'x,y\n1,3\n2,5\n3,4\n4,6\n5,2\n6,7\n' >"$WORK/series.csv"
runs da analyze --chart i --csv "$WORK/series.csv"
runs en analyze --chart i --csv "$WORK/series.csv"
[ "$(cat "$WORK/da.code")" = 0 ] || { cat "$WORK/da.err"; fail "analyze"; }
cmp -s "$WORK/da.out" "$WORK/en.out" || fail "the analyze JSON differs between the languages"

echo "cli_danish: all checks passed"
