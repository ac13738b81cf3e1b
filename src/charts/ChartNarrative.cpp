#include "charts/ChartNarrative.h"

#include "charts/ChartNumberFormat.h"
#include "charts/ChartTypeNames.h"
#include "charts/SignalReading.h"

#include <algorithm>

namespace medsafe::charts {

using analysis::PartSummary;
using analysis::RuleSet;

namespace {
QString dateText(const ChartSpec& spec, const QDate& date) {
    return spec.timeAxis == TimeAxisKind::Monthly ? ChartNumberFormat::month(date)
                                                  : ChartNumberFormat::day(date);
}

QString dateOf(const ChartSpec& spec, int index) {
    if (index < 0 || index >= spec.dates.size() || !spec.dates[index].isValid())
        return QString::number(index + 1);
    return dateText(spec, spec.dates[index]);
}

QString maybe(const analysis::Value& v, const QString& unit) {
    return v ? ChartNumberFormat::withUnit(*v, unit) : QStringLiteral("–");
}
} // namespace

ChartNarrative ChartNarrative::describe(const ChartSpec& spec) {
    ChartNarrative n;
    const analysis::ChartResult& result = spec.result;
    n.verdict = SignalVerdict::judge(result, spec.direction);
    n.why = SignalReading::verdictSentences(spec, n.verdict);
    n.reading = SignalReading::engineSentences(spec);

    if (!result.parts.empty()) {
        const PartSummary& part = result.parts.back();
        if (result.parts.size() > 1) {
            // The figures below are the latest part's; the previous centre line shows the step.
            const PartSummary& previous = result.parts[result.parts.size() - 2];
            n.facts << Fact{tr("Latest part"), tr("from %1").arg(dateOf(spec, part.first))};
            n.facts << Fact{tr("Centre line of the part before"), maybe(previous.meanCl, spec.unit)};
        }
        int baselineEnd = -1;
        for (int i = part.first; i <= part.last && i < static_cast<int>(result.points.size()); ++i) {
            if (result.points[static_cast<std::size_t>(i)].baseline) baselineEnd = i;
        }
        if (baselineEnd >= part.first && baselineEnd < part.last) {
            n.facts << Fact{tr("Frozen baseline"), QStringLiteral("%1 – %2").arg(dateOf(spec, part.first),
                                                                                 dateOf(spec, baselineEnd))};
        }
        n.facts << Fact{ChartTypeNames::centreLineName(result.chart), maybe(part.meanCl, spec.unit)};
        if (analysis::hasControlLimits(result.chart)) {
            n.facts << Fact{tr("Upper control limit"), maybe(part.meanUcl, spec.unit)};
            n.facts << Fact{tr("Lower control limit"), maybe(part.meanLcl, spec.unit)};
            n.facts << Fact{tr("Points outside the limits"), QString::number(part.sigmaSignalCount)};
        }
        if (result.chart != analysis::ChartType::MR) {
            n.facts << Fact{tr("Useful observations"), QString::number(part.nUseful)};
            if (result.rules == RuleSet::Anhoej && part.longestRun && part.longestRunMax) {
                n.facts << Fact{tr("Longest run"),
                                tr("%1 (a signal above %2)").arg(*part.longestRun).arg(*part.longestRunMax)};
            }
            if (result.rules == RuleSet::Anhoej && part.nCrossings && part.nCrossingsMin) {
                n.facts << Fact{tr("Crossings"),
                                tr("%1 (a signal below %2)").arg(*part.nCrossings).arg(*part.nCrossingsMin)};
            }
            if (result.rules == RuleSet::Ihi) {
                n.facts << Fact{tr("Longest shift"), tr("%1 (a signal from %2)")
                                                         .arg(part.longestRun.value_or(0))
                                                         .arg(PartSummary::kIhiShiftLimit)};
                n.facts << Fact{tr("Longest trend"), tr("%1 (a signal from %2)")
                                                         .arg(part.longestTrend.value_or(0))
                                                         .arg(PartSummary::kIhiTrendLimit)};
            }
        }
    }

    QList<ChartAnnotation> annotations = spec.annotations;
    std::stable_sort(annotations.begin(), annotations.end(),
                     [](const ChartAnnotation& a, const ChartAnnotation& b) { return a.number < b.number; });
    for (const ChartAnnotation& a : annotations) {
        const QString when = a.date.isValid() ? ChartNumberFormat::day(a.date) : QString();
        n.legend << (when.isEmpty() ? QStringLiteral("%1  %2").arg(a.number).arg(a.label)
                                    : QStringLiteral("%1  %2, %3").arg(a.number).arg(a.label, when));
    }
    for (const ExcludedPointNote& e : spec.exclusions)
        n.exclusions << QStringLiteral("%1: %2").arg(dateOf(spec, e.index), e.reason);
    return n;
}

QString ChartNarrative::verdictHtml() const {
    return QStringLiteral("<span style='color:%1; font-weight:600'>%2</span>")
        .arg(verdict.color().name(), verdict.badgeText().toHtmlEscaped());
}

QString ChartNarrative::whyHtml() const {
    return why.join(QLatin1Char(' ')).toHtmlEscaped();
}

QString ChartNarrative::readingHtml(bool perLine) const {
    QStringList escaped;
    for (const QString& s : reading)
        escaped << s.toHtmlEscaped();
    return escaped.join(perLine ? QStringLiteral("<br>") : QStringLiteral(" "));
}

QString ChartNarrative::factsHtml() const {
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='1'>");
    for (const Fact& f : facts) {
        html += QStringLiteral("<tr><td style='color:#5a5a5a; padding-right:10px'>%1</td><td>%2</td></tr>")
                    .arg(f.label.toHtmlEscaped(), f.value.toHtmlEscaped());
    }
    return html + QStringLiteral("</table>");
}

QString ChartNarrative::legendHtml() const {
    QStringList lines;
    for (const QString& line : legend) {
        // The number in bold, as on the marker.
        const qsizetype split = line.indexOf(QLatin1Char(' '));
        lines << QStringLiteral("<b>%1</b>%2")
                     .arg(line.left(split).toHtmlEscaped(), line.mid(split).toHtmlEscaped());
    }
    return lines.join(QStringLiteral("<br>"));
}

QString ChartNarrative::exclusionsHtml() const {
    QStringList lines;
    for (const QString& line : exclusions)
        lines << line.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

QString ChartNarrative::toPlainText() const {
    QStringList out;
    out << verdict.badgeText();
    if (!why.isEmpty()) out << why.join(QLatin1Char(' '));
    out << reading.join(QLatin1Char(' '));
    for (const Fact& f : facts)
        out << QStringLiteral("%1: %2").arg(f.label, f.value);
    if (!legend.isEmpty()) {
        out << tr("PDSA cycles and changes:");
        out << legend;
    }
    if (!exclusions.isEmpty()) {
        out << tr("Excluded points:");
        out << exclusions;
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace medsafe::charts
