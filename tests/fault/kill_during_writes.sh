#!/usr/bin/env bash
# Issue 12, item 9: programs killed with SIGKILL in the middle of a write, 20 times each, for an
# incident CSV import, a data-package import and a measurement-grid save. After every kill the
# file must pass `check` (PRAGMA integrity_check and the schema), nothing the program reported as
# saved may be missing, and nothing may be half-written: the import landed whole or not at all,
# every package either fully there or absent, every grid value of one and the same save.
# Deterministic kill moments (RANDOM is seeded); bounded to a minute or two.
set -euo pipefail
CLI="$1"
GRID_WRITER="$2"
ROUNDS="${ROUNDS:-20}"
WORK="$(mktemp -d)"
trap 'kill -9 $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT
export QT_QPA_PLATFORM=offscreen
run() { "$CLI" --lang en "$@"; }
fail() { echo "FAIL: $*"; exit 1; }
count() { sqlite3 "$1" "$2"; }
RANDOM=1202

# Runs "$@" in the background, kills it with SIGKILL after a random part of $SPAN_MS
# milliseconds (or lets it finish first), and sets FINISHED=1 when it ended on its own with
# exit code 0 before the kill.
kill_at_random() {
    local out="$1"; shift
    "$@" > "$out" 2>&1 &
    local pid=$!
    local delay_ms=$(( RANDOM % SPAN_MS ))
    sleep "$(printf '0.%03d' "$delay_ms")" 2>/dev/null || sleep "$(awk "BEGIN{print $delay_ms/1000}")"
    FINISHED=0
    if kill -0 "$pid" 2>/dev/null; then
        kill -9 "$pid" 2>/dev/null || true
    fi
    local status=0
    wait "$pid" 2>/dev/null || status=$?
    if [ "$status" -eq 0 ]; then FINISHED=1; fi
    KILLED_STATUS=$status
}

checked() {
    run check --database "$1" > "$WORK/check.out" 2>&1 || { cat "$WORK/check.out"; fail "$2: check failed after the kill"; }
}

# Millisecond spans: a little longer than the write takes, so some kills land before, some
# during, and a few after the write.
measure_ms() {
    local start end
    start=$(date +%s%N)
    "$@" > /dev/null 2>&1 || true
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 ))
}

# ---------------------------------------------------------------- incident import
run demo --out "$WORK/source.db" --seed 7 --incidents 20000 > /dev/null
run export-incidents --database "$WORK/source.db" --out "$WORK/incidents.csv" > /dev/null
run demo --out "$WORK/incidents-base.db" > /dev/null
HOME_NAME="$(run list botilbud --database "$WORK/incidents-base.db" | head -n1)"
BASE_COUNT="$(count "$WORK/incidents-base.db" "SELECT COUNT(*) FROM incident")"
cp "$WORK/incidents-base.db" "$WORK/full.db"
run import-incidents --database "$WORK/full.db" --botilbud "$HOME_NAME" --csv "$WORK/incidents.csv" > /dev/null
FULL_COUNT="$(count "$WORK/full.db" "SELECT COUNT(*) FROM incident")"
[ "$FULL_COUNT" -gt "$BASE_COUNT" ] || fail "the import adds nothing, so the test would prove nothing"
cp "$WORK/incidents-base.db" "$WORK/timing.db"
SPAN_MS=$(( $(measure_ms run import-incidents --database "$WORK/timing.db" --botilbud "$HOME_NAME" --csv "$WORK/incidents.csv") * 12 / 10 + 50 ))
echo "incident import: $BASE_COUNT -> $FULL_COUNT incidents, kills within ${SPAN_MS} ms"
during=0
for round in $(seq 1 "$ROUNDS"); do
    rm -f "$WORK/i.db" "$WORK/i.db-wal" "$WORK/i.db-shm"
    cp "$WORK/incidents-base.db" "$WORK/i.db"
    kill_at_random "$WORK/i.out" "$CLI" --lang en import-incidents --database "$WORK/i.db" --botilbud "$HOME_NAME" --csv "$WORK/incidents.csv"
    checked "$WORK/i.db" "incident import round $round"
    now="$(count "$WORK/i.db" "SELECT COUNT(*) FROM incident")"
    if [ "$FINISHED" = 1 ]; then
        [ "$now" = "$FULL_COUNT" ] || fail "round $round: the import said it finished but $now of $FULL_COUNT incidents are there"
    else
        [ "$now" = "$BASE_COUNT" ] || [ "$now" = "$FULL_COUNT" ] ||
            fail "round $round: half an import: $now incidents (before $BASE_COUNT, whole $FULL_COUNT)"
        [ "$now" = "$BASE_COUNT" ] && during=$((during + 1))
    fi
done
[ "$during" -gt 0 ] || fail "no kill landed before the import committed; the test proved nothing"

# ---------------------------------------------------------------- package import
run demo --out "$WORK/homes.db" --botilbud 30 --months 18 > /dev/null
mapfile -t HOMES < <(run list botilbud --database "$WORK/homes.db")
[ "${#HOMES[@]}" -eq 30 ] || fail "expected 30 demo botilbud, got ${#HOMES[@]}"
PACKAGES=()
for i in "${!HOMES[@]}"; do
    run export-package --database "$WORK/homes.db" --botilbud "${HOMES[$i]}" --out "$WORK/p$i.json" > /dev/null
    PACKAGES+=("$WORK/p$i.json")
done
run init --out "$WORK/consultant-base.db" > /dev/null
FP="$(run fingerprint --database "$WORK/homes.db" | grep -oE '[0-9A-F]{4}(-[0-9A-F]{4}){3}' | head -n1)"
# Trust is given per sender: the key and the botilbud it signs for (all 30 share the demo's key).
for p in "${PACKAGES[@]}"; do
    run trust --database "$WORK/consultant-base.db" --package "$p" --fingerprint "$FP" > /dev/null
done
cp "$WORK/consultant-base.db" "$WORK/timing.db"; rm -f "$WORK/timing.db-wal"
SPAN_MS=$(( $(measure_ms run import-package --database "$WORK/timing.db" "${PACKAGES[@]}") * 12 / 10 + 50 ))
[ "$(count "$WORK/timing.db" "SELECT COUNT(*) FROM received_package")" = 30 ] || fail "the timing import did not import all 30"
echo "package import: 30 packages, kills within ${SPAN_MS} ms"
partial=0
for round in $(seq 1 "$ROUNDS"); do
    rm -f "$WORK/c.db" "$WORK/c.db-wal" "$WORK/c.db-shm"
    cp "$WORK/consultant-base.db" "$WORK/c.db"
    kill_at_random "$WORK/c.out" "$CLI" --lang en import-package --database "$WORK/c.db" "${PACKAGES[@]}"
    checked "$WORK/c.db" "package import round $round"
    got="$(count "$WORK/c.db" "SELECT COUNT(*) FROM received_package")"
    if [ "$FINISHED" = 1 ]; then
        [ "$got" = 30 ] || fail "round $round: import-package finished but only $got of 30 packages are there"
    elif [ "$got" -gt 0 ] && [ "$got" -lt 30 ]; then
        partial=$((partial + 1))
    fi
    # Every received package belongs to a botilbud row, and every botilbud row the import made
    # has its package: nothing of a package without the rest of it.
    orphans="$(count "$WORK/c.db" "SELECT COUNT(*) FROM botilbud b WHERE NOT EXISTS (SELECT 1 FROM received_package r WHERE r.botilbud_id = b.id)")"
    [ "$orphans" = 0 ] || fail "round $round: $orphans botilbud without their package (half an import)"
    # Whatever is there is whole: the stored payload is the package file, byte for byte.
    while IFS='|' read -r key sha; do
        [ -n "$key" ] || continue
        match=0
        for p in "${PACKAGES[@]}"; do grep -q "$sha" "$p" && match=1 && break; done
        [ "$match" = 1 ] || fail "round $round: a stored package ($sha) matches no package file"
    done < <(count "$WORK/c.db" "SELECT id, sha256 FROM received_package")
    # The rest can be imported afterwards, and the result is the whole set.
    run import-package --database "$WORK/c.db" "${PACKAGES[@]}" > /dev/null ||
        fail "round $round: importing again after the kill failed"
    [ "$(count "$WORK/c.db" "SELECT COUNT(*) FROM received_package")" = 30 ] || fail "round $round: not 30 after importing again"
done
echo "package import: $partial of $ROUNDS kills landed between packages"

# ---------------------------------------------------------------- measurement grid save
run demo --out "$WORK/grid.db" > /dev/null
VALUES="$(count "$WORK/grid.db" "SELECT COUNT(*) FROM measurement")"
previous="none"
for round in $(seq 1 "$ROUNDS"); do
    # Each round kills a fresh writer (counting from 1 again) on the file the last round left,
    # so damage would add up.
    SPAN_MS=$(( 200 + RANDOM % 1500 ))
    kill_at_random "$WORK/g.out" "$GRID_WRITER" "$WORK/grid.db"
    [ "$FINISHED" = 0 ] || fail "round $round: the grid writer stopped on its own: $(cat "$WORK/g.out")"
    [ "$KILLED_STATUS" -eq 137 ] || { cat "$WORK/g.out"; fail "round $round: the grid writer failed ($KILLED_STATUS)"; }
    checked "$WORK/grid.db" "grid save round $round"
    [ "$(count "$WORK/grid.db" "SELECT COUNT(*) FROM measurement")" = "$VALUES" ] || fail "round $round: values lost or added"
    notes="$(count "$WORK/grid.db" "SELECT COUNT(DISTINCT COALESCE(note, '')) FROM measurement")"
    stored="$(count "$WORK/grid.db" "SELECT MIN(COALESCE(note, '')) FROM measurement")"
    last="$(grep -o '^saved [0-9]*' "$WORK/g.out" | tail -n1 | cut -d' ' -f2 || true)"
    last="${last:-0}"
    if [ "$last" = 0 ]; then
        # Killed before its first save returned: the file holds the last round's grid or this
        # writer's first save, whole.
        if [ "$previous" != "none" ]; then
            [ "$notes" = 1 ] || fail "round $round: half-written grid save: $notes different notes"
            [ "$stored" = "$previous" ] || [ "$stored" = "generation 1" ] ||
                fail "round $round: the file holds '$stored', neither the last round's '$previous' nor a first save"
        fi
    else
        [ "$notes" = 1 ] || fail "round $round: half-written grid save: $notes different generations in one grid"
        generation="${stored#generation }"
        [ "$generation" -ge "$last" ] || fail "round $round: generation $last was reported saved, the file has $generation"
        [ "$generation" -le $((last + 1)) ] || fail "round $round: generation $generation is newer than any save begun"
    fi
    [ "$notes" = 1 ] && previous="$stored"
    echo "grid round $round: last reported $last, file holds '$stored'"
done
echo "PASS: kill -9 during incident import, package import and grid save, $ROUNDS rounds each"
