#include "cli/SeriesRequest.h"

namespace medsafe::cli {

namespace {
template <typename T>
void take(std::optional<T>& mine, const std::optional<T>& theirs)
{
    if (theirs)
        mine = theirs;
}
} // namespace

void SeriesOptions::overrideWith(const SeriesOptions& over)
{
    take(freeze, over.freeze);
    take(parts, over.parts);
    take(exclude, over.exclude);
    take(multiply, over.multiply);
    take(rules, over.rules);
    take(method, over.method);
    take(aggregate, over.aggregate);
    take(cl, over.cl);
    take(target, over.target);
    take(allowNegativeLimits, over.allowNegativeLimits);
    take(oddsRatio, over.oddsRatio);
    take(limit, over.limit);
    take(includeMissing, over.includeMissing);
}

bool seriesChartFromString(const QString& text, SeriesKind& kind, analysis::ChartType& chart)
{
    const QString lower = text.trimmed().toLower();
    if (lower == QLatin1String("bchart")) {
        kind = SeriesKind::BernoulliCusum;
        return true;
    }
    if (lower == QLatin1String("pareto")) {
        kind = SeriesKind::Pareto;
        return true;
    }
    const auto type = analysis::chartTypeFromString(lower.toStdString());
    if (!type)
        return false;
    kind = SeriesKind::Qic;
    chart = *type;
    return true;
}

QStringList seriesChartNames()
{
    return QString::fromLatin1("run,i,mr,c,u,p,g,t,xbar,s,pp,up,ip,bchart,pareto").split(QLatin1Char(','));
}

} // namespace medsafe::cli
