#include "analysis/ChartResultJson.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <functional>

namespace medsafe::analysis {

namespace {
std::string value(const Value& v)
{
    return v ? ChartResultJson::number(*v) : std::string("null");
}

std::string value(const std::optional<int>& v)
{
    return v ? std::to_string(*v) : std::string("null");
}

std::string boolean(bool b)
{
    return b ? "true" : "false";
}

// One "key": [a,b,c] line, in the compact array style of the case files.
void arrayLine(std::string& out, const std::string& pad, std::string_view key, std::size_t count,
               const std::function<std::string(std::size_t)>& item, bool last = false)
{
    out += pad;
    out += ChartResultJson::quote(key);
    out += ": [";
    for (std::size_t i = 0; i < count; ++i) {
        if (i > 0)
            out += ',';
        out += item(i);
    }
    out += last ? "]\n" : "],\n";
}

void field(std::string& out, const std::string& pad, std::string_view key, const std::string& text, bool last = false)
{
    out += pad;
    out += ChartResultJson::quote(key);
    out += ": ";
    out += text;
    out += last ? "\n" : ",\n";
}
} // namespace

std::string ChartResultJson::number(double v)
{
    if (!std::isfinite(v))
        return "null";
    char buffer[32];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v);
    if (ec != std::errc())
        return "null";
    return std::string(buffer, end);
}

std::string ChartResultJson::quote(std::string_view text)
{
    std::string out = "\"";
    for (char c : text) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char esc[8];
                std::snprintf(esc, sizeof esc, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
                out += esc;
            } else {
                out += c;
            }
        }
    }
    out += '"';
    return out;
}

std::string ChartResultJson::outputs(const ChartResult& result, const std::vector<std::string>& xTokens, int indent)
{
    const std::string pad0(static_cast<std::size_t>(indent), ' ');
    const std::string pad1 = pad0 + "  ";
    const std::string pad2 = pad1 + "  ";
    const std::string pad3 = pad2 + "  ";
    const auto& pts = result.points;
    const std::size_t n = pts.size();
    const bool subgroups = requiresSubgroups(result.chart);
    const bool target = result.hasTarget;

    std::string out = "{\n";
    field(out, pad1, "n_points", std::to_string(n));
    out += pad1 + "\"points\": {\n";
    arrayLine(out, pad2, "x", n, [&](std::size_t i) {
        if (i < xTokens.size())
            return xTokens[i];
        return std::to_string(pts[i].subgroupId.value_or(pts[i].index));
    });
    arrayLine(out, pad2, "y", n, [&](std::size_t i) { return value(pts[i].y); });
    arrayLine(out, pad2, "cl", n, [&](std::size_t i) { return value(pts[i].cl); });
    arrayLine(out, pad2, "ucl", n, [&](std::size_t i) { return value(pts[i].ucl); });
    arrayLine(out, pad2, "lcl", n, [&](std::size_t i) { return value(pts[i].lcl); });
    arrayLine(out, pad2, "ucl_95", n, [&](std::size_t i) { return value(pts[i].ucl95); });
    arrayLine(out, pad2, "lcl_95", n, [&](std::size_t i) { return value(pts[i].lcl95); });
    arrayLine(out, pad2, "sigma_signal", n, [&](std::size_t i) { return boolean(pts[i].sigmaSignal); });
    arrayLine(out, pad2, "runs_signal", n, [&](std::size_t i) { return boolean(pts[i].runsSignal); });
    arrayLine(out, pad2, "part", n, [&](std::size_t i) { return std::to_string(pts[i].part); });
    arrayLine(out, pad2, "baseline", n, [&](std::size_t i) { return boolean(pts[i].baseline); });
    arrayLine(out, pad2, "include", n, [&](std::size_t i) { return boolean(pts[i].include); },
              !subgroups && !target);
    if (subgroups)
        arrayLine(out, pad2, "subgroup_size", n, [&](std::size_t i) { return value(pts[i].subgroupSize); }, !target);
    // Not in the original case format: the given target, only when one was given.
    if (target)
        arrayLine(out, pad2, "target", n, [&](std::size_t i) { return value(pts[i].target); }, true);
    out += pad1 + "},\n";

    out += pad1 + "\"parts\": [\n";
    const bool ihi = result.rules == RuleSet::Ihi;
    for (std::size_t p = 0; p < result.parts.size(); ++p) {
        const PartSummary& s = result.parts[p];
        out += pad2 + "{\n";
        field(out, pad3, "part", std::to_string(s.part));
        field(out, pad3, "first", std::to_string(s.first));
        field(out, pad3, "last", std::to_string(s.last));
        field(out, pad3, "n_obs", std::to_string(s.nObs));
        field(out, pad3, "n_useful", std::to_string(s.nUseful));
        field(out, pad3, "longest_run", value(s.longestRun));
        field(out, pad3, "longest_run_max", value(s.longestRunMax));
        field(out, pad3, "n_crossings", value(s.nCrossings));
        field(out, pad3, "n_crossings_min", value(s.nCrossingsMin));
        field(out, pad3, "runs_signal", boolean(s.runsSignal));
        field(out, pad3, "sigma_signal_count", std::to_string(s.sigmaSignalCount));
        field(out, pad3, "mean_cl", value(s.meanCl));
        field(out, pad3, "mean_lcl", value(s.meanLcl));
        field(out, pad3, "mean_ucl", value(s.meanUcl));
        field(out, pad3, "mean_lcl_95", value(s.meanLcl95));
        field(out, pad3, "mean_ucl_95", value(s.meanUcl95), !ihi);
        if (ihi) {
            // Not in the qicharts2 format: the IHI facts, so a reader can see why it fired.
            field(out, pad3, "rules", quote(toString(result.rules)));
            field(out, pad3, "longest_shift", value(s.longestRun));
            field(out, pad3, "shift_limit", std::to_string(PartSummary::kIhiShiftLimit));
            field(out, pad3, "shift_signal", boolean(s.shiftSignal));
            field(out, pad3, "longest_trend", value(s.longestTrend));
            field(out, pad3, "trend_limit", std::to_string(PartSummary::kIhiTrendLimit));
            field(out, pad3, "trend_signal", boolean(s.trendSignal), true);
        }
        out += pad2 + (p + 1 < result.parts.size() ? "},\n" : "}\n");
    }
    out += pad1 + "]\n";
    out += pad0 + "}";
    return out;
}

} // namespace medsafe::analysis
