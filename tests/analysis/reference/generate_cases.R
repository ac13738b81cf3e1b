# Generates the extended qicharts2 reference cases (issue 17) into tests/data/qicharts2-extended/.
#
#   Rscript tests/analysis/reference/generate_cases.R RLIB OUTDIR
#
# RLIB is a library holding qicharts2 0.8.1 (see README.md here for how to install it), OUTDIR the
# folder to (re)write. Every case is seeded, so a run on the same R and qicharts2 writes the same
# files. The script only calls qicharts2's public functions (qic, summary, bchart, paretochart)
# and writes what they return; it holds none of qicharts2's code.

args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 2)
  stop("usage: Rscript generate_cases.R RLIB OUTDIR")
rlib <- args[1]
outdir <- args[2]

suppressPackageStartupMessages(library(qicharts2, lib.loc = rlib))
stopifnot(as.character(packageVersion("qicharts2", lib.loc = rlib)) == "0.8.1")
stopifnot(isTRUE(getOption("qic.screenedmr"))) # set by attaching the package, as in the old cases
# Pareto ties are ordered by the category names; make that order the byte order everywhere.
invisible(Sys.setlocale("LC_COLLATE", "C"))
dir.create(outdir, showWarnings = FALSE, recursive = TRUE)
old <- list.files(outdir, pattern = "\\.json$", full.names = TRUE)
invisible(file.remove(old))

# ---- JSON writing: shortest decimal that reads back to the same double, compact arrays ----

num <- function(v) {
  if (is.na(v) || !is.finite(v)) return("null")
  if (v == 0) return(if (1 / v < 0) "-0" else "0")
  if (v == round(v) && abs(v) < 1e15) return(sprintf("%.0f", v))
  for (d in 1:17) {
    s <- sprintf(paste0("%.", d, "g"), v)
    if (as.numeric(s) == v) return(s)
  }
  sprintf("%.17g", v)
}
str1 <- function(s) if (is.na(s)) "null" else paste0('"', gsub('(["\\\\])', "\\\\\\1", s), '"')
bool <- function(b) ifelse(is.na(b), "null", ifelse(b, "true", "false"))
int <- function(v) ifelse(is.na(v), "null", sprintf("%d", as.integer(v)))
arr <- function(items) paste0("[", paste(items, collapse = ","), "]")
nums <- function(v) arr(vapply(as.numeric(v), num, ""))
ints <- function(v) arr(int(v))
bools <- function(v) arr(bool(as.logical(v)))
strs <- function(v) arr(vapply(as.character(v), str1, ""))

# An object from named, already serialised fields, indented like the existing case files.
obj <- function(fields, indent) {
  pad <- strrep(" ", indent + 2)
  body <- paste0(pad, '"', names(fields), '": ', unlist(fields), collapse = ",\n")
  paste0("{\n", body, "\n", strrep(" ", indent), "}")
}
objs <- function(list_of, indent) {
  pad <- strrep(" ", indent + 2)
  paste0("[\n", paste0(pad, vapply(list_of, identity, ""), collapse = ",\n"), "\n", strrep(" ", indent), "]")
}

write_case <- function(id, chart, description, tags, settings, inputs, outputs) {
  text <- obj(list(
    id = str1(id), chart = str1(chart), description = str1(description),
    tags = strs(tags), settings = obj(settings, 2), inputs = obj(inputs, 2), outputs = outputs), 0)
  writeLines(text, file.path(outdir, paste0(id, ".json")))
  n_written <<- n_written + 1
}
n_written <- 0

line_or_scalar <- function(v) if (length(v) == 1) num(v) else nums(v)

# ---- qic cases --------------------------------------------------------------------------------

# Runs qic() on one series and writes the case. x: numeric point ids (repeats = several values in
# one period); freeze/part/exclude are 0-based as in the case format (freeze = baseline length).
qic_case <- function(id, chart, description, tags, x, y, n = NULL, freeze = NULL, part = NULL,
                     exclude = NULL, multiply = 1, method = "anhoej", agg.fun = "mean",
                     cl = NULL, target = NULL, y.neg = TRUE) {
  df <- data.frame(x = x, y = y)
  if (!is.null(n)) df$n <- n
  call <- list(x = quote(x), y = quote(y), data = df, chart = chart, multiply = multiply,
               method = method, agg.fun = agg.fun, y.neg = y.neg)
  if (!is.null(n)) call$n <- quote(n)
  if (!is.null(freeze)) call$freeze <- freeze
  if (!is.null(part)) call$part <- part
  if (!is.null(exclude)) call$exclude <- exclude + 1
  if (!is.null(cl)) call$cl <- cl
  if (!is.null(target)) call$target <- target
  p <- tryCatch(suppressWarnings(suppressMessages(do.call(qic, call))),
                error = function(e) stop(id, ": ", conditionMessage(e)))
  d <- p$data
  s <- suppressWarnings(summary(p))

  inputs <- list(x = nums(x), y = nums(y))
  if (!is.null(n)) inputs$n <- nums(n)
  if (!is.null(freeze)) inputs$freeze <- num(freeze)
  if (!is.null(part)) inputs$part <- ints(part)
  if (!is.null(exclude)) inputs$exclude <- ints(exclude)
  inputs$multiply <- num(multiply)
  if (agg.fun != "mean") inputs$agg_fun <- str1(agg.fun)
  if (!is.null(cl)) inputs$cl <- line_or_scalar(cl)
  if (!is.null(target)) inputs$target <- line_or_scalar(target)
  if (!y.neg) inputs$y_neg <- "false"

  points <- list(x = nums(d$x), y = nums(d$y), cl = nums(d$cl), ucl = nums(d$ucl), lcl = nums(d$lcl),
                 ucl_95 = nums(d$ucl.95), lcl_95 = nums(d$lcl.95),
                 sigma_signal = bools(d$sigma.signal), runs_signal = bools(d$runs.signal),
                 part = ints(d$part - 1), baseline = bools(d$baseline), include = bools(d$include))
  if (chart %in% c("xbar", "s")) points$subgroup_size <- ints(d$y.length)
  if (!is.null(target)) points$target <- nums(d$target)

  parts <- lapply(seq_len(nrow(s)), function(k) {
    r <- s[k, ]
    xx <- d$xx[d$part == r$part]
    paste0(obj(list(
      part = int(r$part - 1), first = int(min(xx) - 1), last = int(max(xx) - 1),
      n_obs = int(r$n.obs), n_useful = int(r$n.useful),
      longest_run = int(r$longest.run), longest_run_max = int(r$longest.run.max),
      n_crossings = int(r$n.crossings), n_crossings_min = int(r$n.crossings.min),
      runs_signal = bool(r$runs.signal == 1), sigma_signal_count = int(r$sigma.signal),
      mean_cl = num(r$CL), mean_lcl = num(r$aLCL), mean_ucl = num(r$aUCL),
      mean_lcl_95 = num(r$aLCL.95), mean_ucl_95 = num(r$aUCL.95)), 6))
  })
  outputs <- obj(list(n_points = int(nrow(d)), points = obj(points, 4), parts = objs(parts, 4)), 2)
  write_case(id, chart, description, tags,
             list(method = str1(method), screened_mr = "true"), inputs, outputs)
}

# ---- helpers for random series ----------------------------------------------------------------

r1 <- function(v) round(v, 1)
with_na <- function(y, k) { if (k > 0) y[sample(seq_along(y), k)] <- NA; y }
pick_part <- function(m) sort(unique(sample(2:(m - 2), sample(1:2, 1))))
id2 <- function(prefix, k) sprintf("%s_%02d", prefix, k)

# Subgrouped measurements: m subgroups of the given sizes, an optional shift.
subgroups <- function(m, sizes, mu = 20, sdv = 2, shift_at = NULL, delta = 0) {
  x <- rep(0:(m - 1), sizes)
  y <- rnorm(length(x), mu, sdv)
  if (!is.null(shift_at)) y[x >= shift_at] <- y[x >= shift_at] + delta
  list(x = x, y = r1(y))
}

# ---- 1. t chart lower limits where sigma is undefined (the defect) ---------------------------

set.seed(1701)
qic_case("t_lcl_constant_n8", "t", "Constant series: sigma is NaN, lcl becomes 0.", c("degenerate", "t_lcl"),
         0:7, rep(4, 8))
qic_case("t_lcl_constant_part_n16", "t", "Second part constant.", c("degenerate", "part", "t_lcl"),
         0:15, c(r1(rexp(8, 0.1)) + 0.1, rep(6.5, 8)), part = 8)
qic_case("t_lcl_single_point_part_n12", "t", "Last part holds one point.", c("degenerate", "part", "t_lcl"),
         0:11, r1(rexp(12, 0.2)) + 0.1, part = 11)
qic_case("t_lcl_two_single_parts_n14", "t", "Two parts of one point.", c("degenerate", "part", "t_lcl"),
         0:13, r1(rexp(14, 0.1)) + 0.1, part = c(12, 13))
qic_case("t_lcl_na_singles_n10", "t", "Alternating missing values leave no moving range.",
         c("degenerate", "na", "t_lcl"), 0:9, c(3, NA, 5, NA, 8, NA, 2, NA, 9, NA))
qic_case("t_lcl_constant_freeze_n12", "t", "Constant baseline, freeze 6.", c("degenerate", "freeze", "t_lcl"),
         0:11, c(rep(2.5, 6), r1(rexp(6, 0.3)) + 0.1), freeze = 6)
for (k in 1:6) {
  m <- sample(8:30, 1)
  y <- r1(rexp(m, 1 / sample(c(2, 5, 20), 1))) + 0.1
  prt <- if (k %% 2) m - 1 else c(sample(3:(m - 3), 1), m - 1)
  qic_case(id2("t_lcl_random", k), "t", "Random gaps with a one-point last part.",
           c("random", "part", "t_lcl"), 0:(m - 1), y, part = sort(unique(prt)))
}

# ---- 2. s chart ------------------------------------------------------------------------------

set.seed(1702)
for (k in 1:40) {
  m <- sample(c(3, 5, 8, 12, 20, 25, 30), 1)
  constant <- k %% 3 == 0
  sizes <- if (constant) rep(sample(2:8, 1), m) else sample(1:9, m, replace = TRUE)
  g <- subgroups(m, sizes, mu = 50, sdv = sample(c(0.5, 2, 5), 1),
                 shift_at = if (k %% 4 == 0) m %/% 2 else NULL, delta = 4)
  tags <- c("subgroups", if (constant) "constant_n" else "varying_n")
  freeze <- part <- exclude <- NULL
  if (k %% 5 == 1 && m >= 5) { freeze <- sample(3:m, 1); tags <- c(tags, "freeze") }
  if (k %% 5 == 2 && m >= 5) { part <- pick_part(m); tags <- c(tags, "part") }
  if (k %% 5 == 3 && m >= 5) { part <- m - 1; tags <- c(tags, "part", "degenerate") }
  if (k %% 7 == 0) { exclude <- sort(sample(0:(m - 1), 2)); tags <- c(tags, "exclude") }
  if (k %% 6 == 0) { g$y <- with_na(g$y, 3); tags <- c(tags, "na") }
  if (k %% 8 == 0) { g$y[g$x == 1] <- NA; tags <- c(tags, "na", "empty_subgroup") }
  if (k %% 9 == 0) { g$y[g$x == 0] <- 7; tags <- c(tags, "ties") }
  if (k == 40) { g$y <- rep(5, length(g$y)); tags <- c(tags, "degenerate") }
  if (k %% 10 == 5) { freeze <- sample(3:m, 1); part <- pick_part(m); tags <- c(tags, "freeze", "part") }
  qic_case(id2("s_random", k), "s", "S chart of random subgroups.", unique(tags), g$x, g$y,
           freeze = freeze, part = part, exclude = exclude)
}

# ---- 3. ip chart (Laney I') ------------------------------------------------------------------

set.seed(1703)
for (k in 1:40) {
  m <- sample(c(2, 3, 6, 12, 20, 30, 40), 1)
  tags <- c("laney")
  n <- NULL
  x <- 0:(m - 1)
  if (k %% 3 != 0) {
    n <- sample(c(20:200, 1000:1500), m, replace = TRUE)
    y <- rbinom(m, n, runif(1, 0.05, 0.4) * exp(rnorm(m, 0, 0.2)))
    tags <- c(tags, "varying_n")
  } else if (k %% 2 == 0) {
    sizes <- sample(1:5, m, replace = TRUE)
    x <- rep(0:(m - 1), sizes)
    y <- r1(rnorm(length(x), 10, 3))
    tags <- c(tags, "subgroups")
  } else {
    y <- r1(rnorm(m, 100, 15))
  }
  freeze <- part <- exclude <- NULL
  if (m >= 6 && k %% 5 == 1) { freeze <- sample(3:m, 1); tags <- c(tags, "freeze") }
  if (m >= 6 && k %% 5 == 2) { part <- pick_part(m); tags <- c(tags, "part") }
  if (m >= 6 && k %% 5 == 3) { part <- m - 1; tags <- c(tags, "part", "degenerate") }
  if (m >= 6 && k %% 7 == 0) { exclude <- sort(sample(0:(m - 1), 2)); tags <- c(tags, "exclude") }
  if (k %% 4 == 0) { y <- with_na(y, min(2, length(y) - 2)); tags <- c(tags, "na") }
  if (k == 20) { y <- rep(7, length(y)); n <- if (!is.null(n)) rep(50, m) else NULL; tags <- c(tags, "degenerate") }
  if (m < 10) tags <- c(tags, "short")
  qic_case(id2("ip_random", k), "ip", "Laney I' chart.", unique(tags), x, y, n = n,
           freeze = freeze, part = part, exclude = exclude, multiply = if (k %% 11 == 0) 100 else 1)
}

# ---- 4. method = bestbox / cutbox ------------------------------------------------------------

# A series for any chart type with a chosen length, optionally shifted halfway.
series_for <- function(chart, m, shift) {
  half <- seq_len(m) > m %/% 2
  switch(chart,
    run = , i = list(y = r1(rnorm(m, 10 + shift * half, 1)), n = NULL, x = 0:(m - 1)),
    c = list(y = rpois(m, 4 + 2 * shift * half), n = NULL, x = 0:(m - 1)),
    g = list(y = rgeom(m, 0.2), n = NULL, x = 0:(m - 1)),
    t = list(y = r1(rexp(m, 0.1)) + 0.1, n = NULL, x = 0:(m - 1)),
    p = , pp = { n <- sample(40:120, m, replace = TRUE)
                 list(y = rbinom(m, n, 0.2 + 0.08 * shift * half), n = n, x = 0:(m - 1)) },
    u = , up = { n <- sample(40:120, m, replace = TRUE)
                 list(y = rpois(m, n * (0.3 + 0.1 * shift * half)), n = n, x = 0:(m - 1)) },
    ip = { n <- sample(40:120, m, replace = TRUE)
           list(y = rbinom(m, n, 0.3 + 0.05 * shift * half), n = n, x = 0:(m - 1)) },
    xbar = , s = { g <- subgroups(m, rep(4, m), shift_at = if (shift) m %/% 2 else NULL, delta = 1.5)
                   list(y = g$y, n = NULL, x = g$x) },
    mr = list(y = r1(rnorm(m, 10, 1)), n = NULL, x = 0:(m - 1)))
}

set.seed(1704)
box_charts <- c("run", "i", "run", "c", "p", "u", "g", "t", "xbar", "ip", "run", "s", "pp", "up", "i")
for (method in c("bestbox", "cutbox")) {
  for (k in 1:36) {
    chart <- box_charts[(k - 1) %% length(box_charts) + 1]
    m <- sample(c(8, 10, 11, 12, 15, 20, 24, 30, 36, 48, 60, 80, 100, 101, 120), 1)
    if (chart %in% c("xbar", "s")) m <- min(m, 40)
    s <- series_for(chart, m, shift = k %% 2)
    tags <- c(method, "random")
    if (k %% 6 == 0 && chart %in% c("run", "c")) { s$y <- round(s$y); tags <- c(tags, "ties") }
    if (k %% 9 == 0 && chart %in% c("run", "i")) { s$y <- with_na(s$y, 3); tags <- c(tags, "na") }
    part <- freeze <- NULL
    if (k %% 8 == 3 && m >= 24) { part <- m %/% 2; tags <- c(tags, "part") }
    if (k %% 8 == 5 && m >= 24) { freeze <- m %/% 2; tags <- c(tags, "freeze") }
    qic_case(sprintf("%s_%s_%02d", chart, method, k), chart, paste("Runs analysis with method", method),
             tags, s$x, s$y, n = s$n, part = part, freeze = freeze, method = method)
  }
}

# Runs built to lie near the edges of the boxes: a run chart with a given centre line of 0 and
# values of +-1, so the number of crossings c and the longest run l are exactly as chosen.
set.seed(1714)
designed_runs <- function(n, c, l) {
  runs <- c + 1
  if (runs > n || runs * l < n || l > n - c) return(NULL)
  lengths <- c(l, rep(1, c))
  rest <- n - sum(lengths)
  while (rest > 0) { # grow random runs (never past l) until the lengths add up to n
    j <- 1 + sample.int(runs - 1, 1)
    if (lengths[j] < l) { lengths[j] <- lengths[j] + 1; rest <- rest - 1 }
  }
  lengths <- lengths[sample.int(length(lengths))] # (sample(v) of a single number would permute 1:v)
  rep(rep(c(1, -1), length.out = runs), lengths)
}
# The box corners come from qicharts2's own table (read from the installed package at run time,
# so nothing of it is copied here); outside 10..100 the Anhøj limits are the edges.
box_table <- NULL
for (e in as.list(body(qicharts2:::crsignal)))
  if (is.call(e) && identical(e[[1]], as.name("<-")) && identical(e[[2]], as.name("bounds"))) box_table <- eval(e[[3]])
stopifnot(!is.null(box_table))
k <- 0
while (k < 60) {
  n <- sample(c(8:12, 15, 20, 30, 45, 60, 75, 90, 99:102), 1)
  row <- box_table[box_table$n == n, ]
  cs <- c(qbinom(0.05, n - 1, 0.5), row$cb, row$cbord)
  ls <- c(round(log2(n)) + 3, row$lb, row$lbord)
  cs <- cs[!is.na(cs)]
  ls <- ls[!is.na(ls)]
  one <- function(v) v[sample.int(length(v), 1)] # (sample(v, 1) of a single number draws from 1:v)
  y <- designed_runs(n, max(0, one(cs) + sample(-1:1, 1)), max(1, one(ls) + sample(-1:1, 1)))
  if (is.null(y)) next
  k <- k + 1
  method <- if (k %% 2) "bestbox" else "cutbox"
  qic_case(sprintf("run_%s_designed_%02d", method, k), "run", "Crossings and longest run near the box edges.",
           c(method, "boundary", "cl"), 0:(n - 1), y, cl = 0, method = method)
}

# Every verdict of both box methods near the corners, from qicharts2's own runs test
# (crsignal, the function qic() calls), for n = 8..102: a table like anhoej_thresholds.json.
box_rows <- list()
for (n in 8:102) {
  row <- box_table[box_table$n == n, ]
  c_mid <- if (nrow(row)) row$cb else qbinom(0.05, n - 1, 0.5)
  l_mid <- if (nrow(row)) row$lb else round(log2(n)) + 3
  for (cc in max(0, c_mid - 3):min(n - 1, c_mid + 4)) for (ll in max(1, l_mid - 4):min(n, l_mid + 3)) {
    v <- suppressMessages(c(qicharts2:::crsignal(n, cc, ll, "bestbox"), qicharts2:::crsignal(n, cc, ll, "cutbox")))
    box_rows[[length(box_rows) + 1]] <- c(n, cc, ll, v)
  }
}
box_rows <- do.call(rbind, box_rows)
writeLines(obj(list(description = str1("runs_signal of method bestbox and cutbox for n useful, c crossings, l longest run"),
                    n_useful = ints(box_rows[, 1]), n_crossings = ints(box_rows[, 2]), longest_run = ints(box_rows[, 3]),
                    bestbox = bools(box_rows[, 4] == 1), cutbox = bools(box_rows[, 5] == 1)), 0),
           file.path(outdir, "box_signals.json"))

# ---- 5. agg.fun ------------------------------------------------------------------------------

set.seed(1705)
agg_charts <- c("run", "i", "mr", "t", "g", "xbar", "ip", "run", "i", "c")
for (fun in c("mean", "median", "sum", "sd")) {
  for (k in 1:10) {
    chart <- agg_charts[k]
    m <- sample(c(6, 12, 20, 30), 1)
    sizes <- sample(if (k %% 3 == 0) 1:1 else 1:4, m, replace = TRUE)
    x <- rep(0:(m - 1), sizes)
    y <- switch(chart, t = r1(rexp(length(x), 0.2)) + 0.1, g = , c = rpois(length(x), 3),
                r1(rnorm(length(x), 10, 2)))
    tags <- c("agg_fun", if (all(sizes == 1)) "single_values" else "subgroups")
    # (A missing value sums to 0, which a t chart refuses.)
    if (k %% 2 == 0 && !(chart == "t" && fun == "sum")) { y <- with_na(y, 2); tags <- c(tags, "na") }
    if (chart == "t" && fun == "sd") { # sd of one value is NA; sd 0 stops qicharts2
      x <- rep(0:(m - 1), each = 3); y <- r1(rexp(length(x), 0.2)) + 0.1
    }
    part <- if (k == 5) m - 1 else NULL
    qic_case(sprintf("%s_agg_%s_%02d", chart, fun, k), chart, paste("Aggregated with", fun),
             tags, x, y, part = part, agg.fun = fun)
  }
}

# ---- 6. a given centre line (cl) -------------------------------------------------------------

set.seed(1706)
cl_charts <- c("run", "i", "mr", "c", "u", "p", "pp", "up", "g", "t", "xbar", "s", "ip")
for (k in 1:39) {
  chart <- cl_charts[(k - 1) %% length(cl_charts) + 1]
  m <- sample(c(10, 16, 24, 30), 1)
  s <- series_for(chart, m, shift = k %% 2)
  points <- length(unique(s$x))
  base_cl <- switch(chart, run = , i = 10, mr = 1.1, c = 4, u = 0.3, p = , pp = 0.2, up = 0.3,
                    g = 4, t = 2.5, xbar = 20, s = 2, ip = 0.3)
  tags <- c("cl")
  cl <- base_cl
  part <- NULL
  if (k > 26 && points == length(s$x)) {
    cl <- base_cl * rep(c(0.9, 1.1), length.out = points) # a centre line that varies
    tags <- c(tags, "varying_cl")
  }
  if (k %% 5 == 0) {
    part <- points %/% 2
    if (length(cl) > 1) cl[(part + 1):points] <- NA # the second part computes its own
    tags <- c(tags, "part")
  }
  qic_case(sprintf("%s_cl_%02d", chart, k), chart, "A given centre line.", tags, s$x, s$y, n = s$n,
           cl = cl, part = part, multiply = if (k %% 7 == 0) 100 else 1)
}

# ---- 7. target ------------------------------------------------------------------------------

set.seed(1707)
for (k in 1:32) {
  chart <- cl_charts[(k - 1) %% length(cl_charts) + 1]
  m <- sample(c(10, 20, 30), 1)
  s <- series_for(chart, m, shift = 0)
  points <- length(unique(s$x))
  target <- if (k %% 3 == 0 && points == length(s$x)) r1(runif(points, 1, 20)) else r1(runif(1, 0, 30))
  if (length(target) > 1) target[sample(seq_len(points), 2)] <- NA
  qic_case(sprintf("%s_target_%02d", chart, k), chart, "A target line.",
           c("target", if (length(target) > 1) "varying_target"), s$x, s$y, n = s$n, target = target,
           multiply = if (k %% 4 == 0) 100 else 1, freeze = if (k %% 5 == 0) points %/% 2 else NULL)
}

# ---- 8. y.neg = FALSE -----------------------------------------------------------------------

set.seed(1708)
yneg_charts <- c("i", "xbar", "ip", "i", "s", "mr", "run", "pp", "t", "i")
for (k in 1:32) {
  chart <- yneg_charts[(k - 1) %% length(yneg_charts) + 1]
  m <- sample(c(8, 15, 24, 30), 1)
  s <- series_for(chart, m, shift = 0)
  tags <- c("y_neg")
  if (chart %in% c("i", "xbar", "ip")) { # values near 0, so the lower limit is negative
    s$y <- if (chart == "ip") rbinom(m, s$n, 0.01) else abs(r1(s$y - 9.5))
    if (k %% 4 == 1) { s$y[2] <- -0.5; tags <- c(tags, "negative_value") } # no cut then
  }
  if (k %% 6 == 0) { part <- m %/% 2; tags <- c(tags, "part") } else part <- NULL
  qic_case(sprintf("%s_yneg_%02d", chart, k), chart, "y.neg = FALSE cuts negative limits at 0.",
           tags, s$x, s$y, n = s$n, part = part, y.neg = FALSE)
}

# ---- 9. option combinations with freeze, part and exclude ------------------------------------

set.seed(1709)
for (k in 1:20) {
  chart <- c("i", "p", "s", "ip", "c")[(k - 1) %% 5 + 1]
  m <- sample(c(20, 30, 40), 1)
  s <- series_for(chart, m, shift = k %% 2)
  points <- length(unique(s$x))
  qic_case(sprintf("%s_combo_%02d", chart, k), chart, "Options combined with freeze, part and exclude.",
           c("combo", "freeze", "part", "exclude"), s$x, s$y, n = s$n,
           freeze = points %/% 3, part = if (k %% 2) c(points %/% 2, points - 1) else NULL,
           exclude = sort(sample(0:(points - 1), 2)), method = c("anhoej", "bestbox", "cutbox")[k %% 3 + 1],
           target = 5, y.neg = k %% 2 == 0, multiply = if (k %% 4 == 0) 100 else 1)
}

# ---- 10. Bernoulli CUSUM (bchart) -----------------------------------------------------------

bchart_case <- function(id, description, tags, y, target = NULL, or = 2, limit = 3.5) {
  p <- suppressWarnings(suppressMessages(
    if (is.null(target)) bchart(y, or = or, limit = limit) else bchart(y, target = target, or = or, limit = limit)))
  d <- p$data
  inputs <- list(y = nums(y))
  if (!is.null(target)) inputs$target <- num(target)
  inputs$or <- num(or)
  inputs$limit <- num(limit)
  baseline <- if (!is.null(target) && target > 1) int(target) else "null"
  points <- list(x = ints(d$x - 1), y = nums(d$y), s1 = nums(d$s1), cusum1 = nums(d$cusum1),
                 signal1 = bools(!is.na(d$signal1)), s2 = nums(d$s2), cusum2 = nums(d$cusum2),
                 signal2 = bools(!is.na(d$signal2)))
  outputs <- obj(list(n_points = int(nrow(d)), p0 = num(d$p0[1]), p1 = num(d$p1[1]), p2 = num(d$p2[1]),
                      or = num(d$or[1]), limit1 = num(d$limit1[1]), limit2 = num(d$limit2[1]),
                      baseline = baseline, points = obj(points, 4)), 2)
  write_case(id, "bchart", description, tags, list(function_name = str1("bchart")), inputs, outputs)
}

set.seed(1710)
for (k in 1:36) {
  m <- sample(c(20, 50, 100, 200, 400, 1000), 1)
  p <- sample(c(0.01, 0.02, 0.05, 0.1, 0.2), 1)
  y <- rbinom(m, 1, p * if (k %% 3 == 0) 2.5 else 1)
  tags <- c("bernoulli")
  target <- NULL
  if (k %% 4 == 0) { target <- sample(c(10, 20, m %/% 2), 1); tags <- c(tags, "baseline") }
  else if (k %% 4 != 3) target <- p
  else tags <- c(tags, "no_target")
  if (!is.null(target) && target > 1 && sum(y[1:target]) == 0) y[sample(1:target, 1)] <- 1
  if (is.null(target) && sum(y) == 0) y[sample(1:m, 1)] <- 1
  or <- sample(c(1.5, 2, 3, 0.5), 1)
  limit <- sample(c(2, 3.5, 5), 1)
  if (k == 36) { y <- rep(c(1, 0, 0, 0, 0), 8); tags <- c(tags, "pattern") }
  bchart_case(id2("bchart_random", k), "Bernoulli CUSUM of random outcomes.", tags, y,
              target = target, or = or, limit = limit)
}

# ---- 11. Pareto chart -----------------------------------------------------------------------

pareto_case <- function(id, description, tags, x, useNA = FALSE) {
  p <- suppressWarnings(paretochart(x, useNA = useNA))
  d <- p$data
  inputs <- list(x = strs(x), use_na = bool(useNA))
  categories <- list(x = strs(as.character(d$x)), y = ints(d$y), y_cum = ints(d$y.cum),
                     p = nums(d$p), p_cum = nums(d$p.cum))
  outputs <- obj(list(n_categories = int(nrow(d)), categories = obj(categories, 4)), 2)
  write_case(id, "pareto", description, tags, list(function_name = str1("paretochart")), inputs, outputs)
}

set.seed(1711)
words <- c("dosis", "tidspunkt", "patient", "praeparat", "dokumentation", "Ordination", "B", "a", "Z", "c")
for (k in 1:36) {
  cats <- sample(words, sample(2:10, 1))
  m <- sample(c(5, 12, 30, 100, 400), 1)
  weights <- if (k %% 3 == 0) rep(1, length(cats)) else rexp(length(cats))
  x <- sample(cats, m, replace = TRUE, prob = weights)
  tags <- c("categories")
  if (k %% 4 == 0) { x[sample(seq_along(x), max(1, m %/% 10))] <- NA; tags <- c(tags, "na") }
  if (k %% 5 == 0) { x <- rep(cats[seq_len(min(4, length(cats)))], each = 3); tags <- c(tags, "ties") }
  # (qicharts2 0.8.1 fails on a single category, so the smallest case has two.)
  if (k == 7) { x <- c(rep("dosis", 6), "a"); tags <- c(tags, "short") }
  if (length(unique(x[!is.na(x)])) < 2) x <- c(x, setdiff(words, x)[1])
  pareto_case(id2("pareto_random", k), "Pareto chart of categories.", tags, x, useNA = k %% 2 == 0)
}

cat("wrote", n_written, "cases to", outdir, "\n")
