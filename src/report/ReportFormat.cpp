#include "report/ReportFormat.h"

#include "charts/ChartNumberFormat.h"
#include "charts/MeasureChartSpec.h"
#include "domain/DomainLabels.h"
#include "services/report/SmallCountSuppression.h"

#include <QLocale>
#include <QRegularExpression>
#include <algorithm>

namespace medsafe::report {

QString ReportFormat::monthName(const QDate& month) {
    // i18n::install sets the default locale with the language, so the month name follows it.
    return QLocale().toString(month, QStringLiteral("MMMM yyyy"));
}

QString ReportFormat::count(const services::ReportCount& count) {
    if (count.suppressed) return QStringLiteral("<%1").arg(services::SmallCountSuppression::kThreshold);
    return QString::number(count.value);
}

QString ReportFormat::progress(const services::ProgrammeProgress& p) {
    using State = services::ProgrammeProgress::State;
    switch (p.state) {
    case State::NoProgramme:
        return tr("No programme registered");
    case State::NotStarted:
        return tr("The programme starts %1").arg(QLocale().toString(p.start, QStringLiteral("d. MMMM yyyy")));
    case State::Ended:
        return tr("The programme ended %1").arg(QLocale().toString(p.end, QStringLiteral("d. MMMM yyyy")));
    case State::Running:
        break;
    }
    return tr("Phase %1 of 4: %2 · month %3 of %4")
        .arg(p.phase)
        .arg(domain::DomainLabels::label(static_cast<domain::Phase>(p.phase)))
        .arg(p.month)
        .arg(p.months);
}

QString ReportFormat::text(const QString& plain) {
    const QString trimmed = plain.trimmed();
    if (trimmed.isEmpty()) return QStringLiteral("<span class='muted'>%1</span>").arg(tr("(not filled in)"));
    return trimmed.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString ReportFormat::selfScore(const std::optional<int>& score) {
    if (!score) return tr("(not given)");
    static const char* const kMeanings[] = {
        QT_TR_NOOP("no progress yet"), QT_TR_NOOP("a little progress"), QT_TR_NOOP("some progress"),
        QT_TR_NOOP("good progress"), QT_TR_NOOP("excellent progress"),
    };
    const int index = std::clamp(*score, 1, 5) - 1;
    return tr("%1 of 5 — %2").arg(*score).arg(tr(kMeanings[index]));
}

charts::ChartSpec ReportFormat::chartSpec(const services::MeasureChart& chart, const QList<domain::PdsaCycle>& cycles,
                                          const QList<domain::ChangeIdea>& changeIdeas) {
    charts::MeasureChartSource source;
    source.measure = chart.measure;
    source.dates = chart.request.dates;
    source.perEvent = chart.series.perEvent;
    if (chart.result) source.result = *chart.result;
    source.plottedDirection = chart.plottedDirection;
    for (qsizetype i = 0; i < chart.request.excluded.size(); ++i)
        source.exclusions << charts::ExcludedPointNote{chart.request.excluded[i], chart.request.exclusionReasons.value(i)};
    source.cycles = cycles;
    source.changeIdeas = changeIdeas;
    return charts::MeasureChartSpec::build(source);
}

std::optional<double> ReportFormat::latestValue(const services::MeasureChart& chart, const QDate& from, const QDate& to) {
    if (!chart.result || chart.result->points.empty()) return std::nullopt;
    const auto& dates = chart.request.dates;
    for (auto i = static_cast<qsizetype>(chart.result->points.size()) - 1; i >= 0; --i) {
        if (i >= dates.size() || dates[i] < from) break;
        if (dates[i] <= to && chart.result->points[static_cast<size_t>(i)].y)
            return chart.result->points[static_cast<size_t>(i)].y;
    }
    return std::nullopt;
}

std::optional<double> ReportFormat::currentCentre(const services::MeasureChart& chart) {
    if (!chart.result || chart.result->points.empty()) return std::nullopt;
    return chart.result->points.back().cl;
}

QString ReportFormat::heading(const QString& plain) { return QStringLiteral("<h2>%1</h2>").arg(plain.toHtmlEscaped()); }

QString ReportFormat::tableRow(const QStringList& cells, bool header) {
    QString html = QStringLiteral("<tr>");
    for (const QString& cell : cells)
        html += header ? QStringLiteral("<th>%1</th>").arg(cell) : QStringLiteral("<td>%1</td>").arg(cell);
    return html + QStringLiteral("</tr>");
}

QString ReportFormat::table(const QString& rows) {
    return QStringLiteral("<table cellspacing='0' cellpadding='3' width='100%'>%1</table>").arg(rows);
}

QString ReportFormat::fileNamePart(const QString& name) {
    static const QRegularExpression kUnsafe(QStringLiteral(R"([\\/:*?"<>|\s]+)"));
    return QString(name).replace(kUnsafe, QStringLiteral("_"));
}

QString ReportFormat::day(const QDate& date) { return date.isValid() ? charts::ChartNumberFormat::day(date) : QString(); }

} // namespace medsafe::report
