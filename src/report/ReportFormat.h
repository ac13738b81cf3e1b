#pragma once

#include "charts/ChartSpec.h"
#include "services/measures/DashboardService.h"
#include "services/report/MonthlyReportContent.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace medsafe::report {

// The small pieces of wording every report shares: month names, counts with "<5", the
// programme phase, the status, escaped free text, and the chart of a measure as the app
// draws it. Stateless; GUI thread for chartSpec (it names chart series), any thread otherwise.
class ReportFormat {
    Q_DECLARE_TR_FUNCTIONS(ReportFormat)

public:
    // "marts 2025"
    static QString monthName(const QDate& month);
    // "12" or "<5"
    static QString count(const services::ReportCount& count);
    // "Fase 2 af 4: Afprøvning og implementering · måned 11 af 24", or why there is none.
    static QString progress(const services::ProgrammeProgress& progress);
    // Free text as HTML: escaped, line breaks kept; a dash when empty.
    static QString text(const QString& plain);
    static QString escape(const QString& plain) { return plain.toHtmlEscaped(); }
    // "4 af 5 — ..." with the meaning of the score.
    static QString selfScore(const std::optional<int>& score);

    // The chart of a measure with its numbered PDSA markers and excluded-point reasons.
    static charts::ChartSpec chartSpec(const services::MeasureChart& chart, const QList<domain::PdsaCycle>& cycles,
                                       const QList<domain::ChangeIdea>& changeIdeas);
    // The plotted value of the last point when it lies in [from, to], else nothing.
    static std::optional<double> latestValue(const services::MeasureChart& chart, const QDate& from, const QDate& to);
    // The centre line at the last point (the median of a run chart).
    static std::optional<double> currentCentre(const services::MeasureChart& chart);

    // Simple HTML pieces the composers build their text blocks from (cells are HTML already).
    static QString heading(const QString& plain); // a section heading (h2)
    static QString tableRow(const QStringList& cells, bool header = false);
    static QString table(const QString& rows);
    // A botilbud's name as part of a file name: characters file systems refuse become "_".
    static QString fileNamePart(const QString& name);
    // "3. feb. 2025", or nothing for an invalid date.
    static QString day(const QDate& date);
};

} // namespace medsafe::report
