#include "analysis/ExtraChartJson.h"

#include "analysis/ChartResultJson.h"

#include <functional>

namespace medsafe::analysis {

namespace {
void arrayLine(std::string& out, const std::string& pad, const char* key, std::size_t count,
               const std::function<std::string(std::size_t)>& item, bool last = false)
{
    out += pad + ChartResultJson::quote(key) + ": [";
    for (std::size_t i = 0; i < count; ++i) {
        if (i > 0)
            out += ',';
        out += item(i);
    }
    out += last ? "]\n" : "],\n";
}

void field(std::string& out, const std::string& pad, const char* key, const std::string& text)
{
    out += pad + ChartResultJson::quote(key) + ": " + text + ",\n";
}

std::string boolean(bool b)
{
    return b ? "true" : "false";
}
} // namespace

std::string ExtraChartJson::bernoulliCusum(const BernoulliCusumResult& r, int indent)
{
    const std::string pad0(static_cast<std::size_t>(indent), ' ');
    const std::string pad1 = pad0 + "  ";
    const std::string pad2 = pad1 + "  ";
    const auto& pts = r.points;
    const std::size_t n = pts.size();
    const auto num = [](double v) { return ChartResultJson::number(v); };
    std::string out = "{\n";
    field(out, pad1, "n_points", std::to_string(n));
    field(out, pad1, "p0", num(r.p0));
    field(out, pad1, "p1", num(r.p1));
    field(out, pad1, "p2", num(r.p2));
    field(out, pad1, "or", num(r.oddsRatio));
    field(out, pad1, "limit1", num(r.limit));
    field(out, pad1, "limit2", num(-r.limit));
    field(out, pad1, "baseline", r.baselineCases ? std::to_string(*r.baselineCases) : std::string("null"));
    out += pad1 + "\"points\": {\n";
    arrayLine(out, pad2, "x", n, [&](std::size_t i) { return std::to_string(pts[i].index); });
    arrayLine(out, pad2, "y", n, [&](std::size_t i) { return std::to_string(pts[i].outcome); });
    arrayLine(out, pad2, "s1", n, [&](std::size_t i) { return num(pts[i].s1); });
    arrayLine(out, pad2, "cusum1", n, [&](std::size_t i) { return num(pts[i].cusum1); });
    arrayLine(out, pad2, "signal1", n, [&](std::size_t i) { return boolean(pts[i].signal1); });
    arrayLine(out, pad2, "s2", n, [&](std::size_t i) { return num(pts[i].s2); });
    arrayLine(out, pad2, "cusum2", n, [&](std::size_t i) { return num(pts[i].cusum2); });
    arrayLine(out, pad2, "signal2", n, [&](std::size_t i) { return boolean(pts[i].signal2); }, true);
    out += pad1 + "}\n" + pad0 + "}";
    return out;
}

std::string ExtraChartJson::pareto(const ParetoResult& r, int indent)
{
    const std::string pad0(static_cast<std::size_t>(indent), ' ');
    const std::string pad1 = pad0 + "  ";
    const std::string pad2 = pad1 + "  ";
    const auto& cats = r.categories;
    const std::size_t n = cats.size();
    std::string out = "{\n";
    field(out, pad1, "n_categories", std::to_string(n));
    out += pad1 + "\"categories\": {\n";
    arrayLine(out, pad2, "x", n, [&](std::size_t i) {
        return cats[i].name ? ChartResultJson::quote(*cats[i].name) : std::string("null");
    });
    arrayLine(out, pad2, "y", n, [&](std::size_t i) { return std::to_string(cats[i].count); });
    arrayLine(out, pad2, "y_cum", n, [&](std::size_t i) { return std::to_string(cats[i].cumulativeCount); });
    arrayLine(out, pad2, "p", n, [&](std::size_t i) { return ChartResultJson::number(cats[i].share); });
    arrayLine(out, pad2, "p_cum", n, [&](std::size_t i) { return ChartResultJson::number(cats[i].cumulativeShare); },
              true);
    out += pad1 + "}\n" + pad0 + "}";
    return out;
}

} // namespace medsafe::analysis
