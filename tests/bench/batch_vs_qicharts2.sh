#!/usr/bin/env bash
# `medicinsikker-cli analyze --batch` against qicharts2 0.8.1 on the same 400 series, each in one
# run (one program start-up each). Not a ctest: it needs R with qicharts2, which the project does
# not need to build or test. Prints both times and the ratio; docs/performance.md records them.
#
#   tests/bench/batch_vs_qicharts2.sh [CLI] [RLIB]
#
# CLI defaults to build-analysis/src/cli/medicinsikker-cli, RLIB (a library holding qicharts2
# 0.8.1, see tests/analysis/reference/README.md) to /tmp/rlib. The series: 100 each of run, i,
# p and u charts of 60 points (p and u with n between 80 and 200), seeded, written once as JSON
# Lines for the CLI and as a long CSV for R. After timing, R reads the CLI's results and checks
# that every centre line and limit agrees with qicharts2's, so the two did the same work.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
cli=${1:-$root/build-analysis/src/cli/medicinsikker-cli}
rlib=${2:-/tmp/rlib}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

[ -x "$cli" ] || { echo "no CLI at $cli (build the medicinsikker-cli target)" >&2; exit 2; }
R_LIBS=$rlib Rscript -e 'stopifnot(packageVersion("qicharts2") == "0.8.1")' >/dev/null 2>&1 ||
    { echo "qicharts2 0.8.1 not found in $rlib" >&2; exit 2; }

# 400 seeded series: the long CSV for R and the same series as JSON Lines for the CLI.
awk -v csv="$work/series.csv" -v jsonl="$work/series.jsonl" 'BEGIN {
    srand(17); split("run i p u", charts, " ");
    print "series,chart,x,y,n" > csv;
    for (s = 0; s < 400; s++) {
        chart = charts[s % 4 + 1]; xs = ""; ys = ""; ns = "";
        for (i = 0; i < 60; i++) {
            n = 80 + int(rand() * 121);
            if (chart == "p") y = int(n * (0.1 + 0.05 * rand()));
            else if (chart == "u") y = int(n * 0.3 * rand() + 5);
            else y = sprintf("%.1f", 50 + 10 * (rand() + rand() + rand() - 1.5));
            rate = chart == "p" || chart == "u";
            printf "s%d,%s,%d,%s,%s\n", s, chart, i, y, rate ? n : "NA" >> csv;
            xs = xs (i ? "," : "") i; ys = ys (i ? "," : "") y; ns = ns (i ? "," : "") n;
        }
        printf "{\"id\": \"s%d\", \"chart\": \"%s\", \"x\": [%s], \"y\": [%s]%s}\n", s, chart, xs, ys,
               rate ? ", \"n\": [" ns "]" : "" >> jsonl;
    }
}'

cat > "$work/qic.R" <<'RS'
suppressPackageStartupMessages(library(qicharts2))
d <- read.csv(commandArgs(trailingOnly = TRUE)[1], stringsAsFactors = FALSE)
out <- commandArgs(trailingOnly = TRUE)[2]
started <- Sys.time()
results <- lapply(split(d, factor(d$series, levels = unique(d$series))), function(s) {
  chart <- s$chart[1]
  p <- if (chart %in% c("p", "u")) qic(x, y, n, data = s, chart = chart) else qic(x, y, data = s, chart = chart)
  list(data = p$data, summary = suppressWarnings(summary(p)))
})
loop <- as.numeric(difftime(Sys.time(), started, units = "secs"))
saveRDS(results, out)
cat(sprintf("%.6f\n", loop))
RS

cat > "$work/check.R" <<'RS'
suppressPackageStartupMessages(library(jsonlite))
args <- commandArgs(trailingOnly = TRUE)
q <- readRDS(args[1])
lines <- readLines(args[2])
stopifnot(length(lines) == length(q))
close <- function(a, b) all((is.na(a) & is.na(b)) | abs(a - b) <= 1e-9 * pmax(1, abs(b)), na.rm = FALSE)
bad <- 0
for (k in seq_along(lines)) {
  r <- fromJSON(lines[k])$outputs$points
  d <- q[[k]]$data
  num <- function(v) as.numeric(ifelse(is.null(v), NA, v))
  ok <- close(as.numeric(sapply(r$cl, num)), d$cl) && close(as.numeric(sapply(r$ucl, num)), d$ucl) &&
        close(as.numeric(sapply(r$lcl, num)), d$lcl) && identical(as.logical(r$runs_signal), as.logical(d$runs.signal))
  if (!isTRUE(ok)) bad <- bad + 1
}
cat(sprintf("%d of %d series differ\n", bad, length(lines)))
quit(status = if (bad > 0) 1 else 0)
RS

seconds() { date +%s.%N; }

t0=$(seconds)
"$cli" analyze --batch "$work/series.jsonl" > "$work/cli.jsonl"
t1=$(seconds)
loop=$(R_LIBS=$rlib Rscript "$work/qic.R" "$work/series.csv" "$work/qic.rds")
t2=$(seconds)
# The CLI's time without start-up: the same batch twice in one run would double it, so time a
# run on an empty-ish input (one series) and subtract.
head -n 1 "$work/series.jsonl" > "$work/one.jsonl"
t3=$(seconds)
"$cli" analyze --batch "$work/one.jsonl" > /dev/null
t4=$(seconds)

R_LIBS=$rlib Rscript "$work/check.R" "$work/qic.rds" "$work/cli.jsonl"

awk -v c0="$t0" -v c1="$t1" -v r2="$t2" -v loop="$loop" -v o3="$t3" -v o4="$t4" 'BEGIN {
    cli = c1 - c0; r = r2 - c1; start = o4 - o3; work = cli - start; if (work <= 0) work = 1e-6;
    printf "series:                          400 (100 each of run, i, p, u; 60 points)\n";
    printf "medicinsikker-cli analyze --batch: %8.3f s for the whole process\n", cli;
    printf "   of which start-up (1 series):   %8.3f s, analysis ~%.3f s (%.0f us per series)\n", start, work, work / 400 * 1e6;
    printf "qicharts2 (Rscript, one run):      %8.3f s for the whole process\n", r;
    printf "   of which the qic() loop:        %8.3f s (%.0f us per series)\n", loop, loop / 400 * 1e6;
    printf "ratio, whole processes:            %8.0f x\n", r / cli;
    printf "ratio, analysis only:              %8.0f x\n", loop / work;
}'
