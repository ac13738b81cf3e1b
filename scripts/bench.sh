#!/usr/bin/env bash
# End-to-end figures at growing data sets (issue 18; docs/performance.md): for 10, 50, 100 and
# 200 botilbud (60 months, 1,000 incidents each) it measures the app's cold start to Oversigt's
# first paint (10 starts), opening every view once, the app's peak memory, one monthly report and
# `report --all` (process start included, peak memory), and `check`; writes growth.csv and a
# markdown table, and draws docs/images/performance-growth.png.
#   scripts/bench.sh            the full run (a few minutes)
#   scripts/bench.sh --quick    2 and 4 botilbud, 2 starts: only that the programs still work (CI)
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

SIZES=(10 50 100 200)
STARTS=10
QUICK=0
if [ "${1:-}" = "--quick" ]; then SIZES=(2 4); STARTS=2; QUICK=1; fi

configure_and_build "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$BUILD_DIR" -j "$JOBS" --target growth_plot >/dev/null
CLI="$BUILD_DIR/src/cli/medicinsikker-cli"
APP="$BUILD_DIR/src/app/medicinsikker"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export QT_QPA_PLATFORM=offscreen HOME="$WORK/home" XDG_DATA_HOME="$WORK/home/data" XDG_RUNTIME_DIR="$WORK/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
maximum() { sort -n | tail -n 1; }
# Wall time in ms and peak memory in kB of one command: "ms kb".
measure() {
    local start end
    start=$(now_ms)
    /usr/bin/time -f "%M" -o "$WORK/rss" "$@" >"$WORK/cmd.out" 2>"$WORK/cmd.err" || { cat "$WORK/cmd.err" >&2; return 1; }
    end=$(now_ms)
    echo "$((end - start)) $(tail -n 1 "$WORK/rss")"
}

CSV="$WORK/growth.csv"
echo "botilbud,cold start ms,every view ms,app peak kB,one report ms,report --all ms,report --all peak kB,check ms" >"$CSV"
printf '| botilbud | cold start (median / max of %d) | every view once | app peak memory | one report | `report --all` | its peak memory | `check` |\n' "$STARTS"
printf '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n'
for n in "${SIZES[@]}"; do
    db="$WORK/scale$n.db"
    "$CLI" demo --out "$db" --botilbud "$n" --months 60 --incidents $((n * 1000)) >/dev/null
    first=$("$CLI" list botilbud --database "$db" | head -n 1)
    # The demo's tovholder signs in (the demo password), as a person does before the first paint.
    login=$(sqlite3 "$db" "SELECT a.login FROM account a JOIN person_role r ON r.person_id = a.person_id AND r.role = 'tovholder' LIMIT 1")
    [ -n "$login" ] || { echo "the scale database has no tovholder account" >&2; exit 1; }
    : >"$WORK/starts"
    : >"$WORK/views"
    : >"$WORK/peaks"
    for _ in $(seq "$STARTS"); do
        start=$(now_ms)
        MEDSAFE_PASSWORD=demo-kodeord "$APP" --database "$db" --sign-in "$login" --startup-benchmark >"$WORK/start.out" 2>/dev/null
        end=$(now_ms)
        # Process start to the first paint of Oversigt, measured inside; the wall time also
        # holds opening every view and quitting.
        grep '^first_paint_ms' "$WORK/start.out" | cut -d' ' -f2 >>"$WORK/starts"
        grep '^every_view_ms' "$WORK/start.out" | cut -d' ' -f2 >>"$WORK/views"
        grep '^peak_rss_every_view_kb' "$WORK/start.out" | cut -d' ' -f2 >>"$WORK/peaks"
        [ $((end - start)) -gt 0 ] || exit 1
    done
    cold=$(median <"$WORK/starts"); coldmax=$(maximum <"$WORK/starts")
    views=$(median <"$WORK/views"); peak=$(maximum <"$WORK/peaks")
    read -r one _ < <(measure "$CLI" report --database "$db" --botilbud "$first" --out "$WORK/one.pdf")
    read -r all allpeak < <(measure "$CLI" report --database "$db" --all --out "$WORK/all$n")
    [ "$(ls "$WORK/all$n" | wc -l)" -eq "$n" ] || { echo "report --all wrote too few reports" >&2; exit 1; }
    read -r check _ < <(measure "$CLI" check --database "$db")
    echo "$n,$cold,$views,$peak,$one,$all,$allpeak,$check" >>"$CSV"
    printf '| %d | %d / %d ms | %d ms | %d MB | %d ms | %.1f s | %d MB | %d ms |\n' "$n" "$cold" "$coldmax" "$views" \
        $((peak / 1024)) "$one" "$(awk "BEGIN {print $all / 1000}")" $((allpeak / 1024)) "$check"
done
if [ -n "${BENCH_CSV:-}" ]; then cp "$CSV" "$BENCH_CSV"; fi
if [ "$QUICK" = 0 ]; then
    "$BUILD_DIR/tests/bench/growth_plot" "$CSV" "$ROOT/docs/images/performance-growth.png"
    echo "plot: docs/images/performance-growth.png"
else
    "$BUILD_DIR/tests/bench/growth_plot" "$CSV" "$WORK/growth.png"
    [ -s "$WORK/growth.png" ] || { echo "no plot" >&2; exit 1; }
fi
