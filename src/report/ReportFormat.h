#pragma once

#include "charts/ChartNumberFormat.h"
#include "services/measures/DashboardService.h"
#include "services/report/MonthlyReportContent.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace medsafe::report {

// The report's own HTML and wording: counts with "<5", the programme phase, the self-score,
// escaped free text, headings, tables and file names. Numbers, months and days come from
// charts::ChartNumberFormat and a measure's chart from charts::MeasureChartRecipe, as on
// screen. Stateless; any thread.
class ReportFormat {
    Q_DECLARE_TR_FUNCTIONS(ReportFormat)

public:
    // "12" or "<5"
    static QString count(const services::ReportCount& count);
    // "Fase 2 af 4: Afprøvning og implementering · måned 11 af 24", or why there is none.
    static QString progress(const services::ProgrammeProgress& progress);
    // Free text as HTML: escaped, line breaks kept; a dash when empty.
    static QString text(const QString& plain);
    static QString escape(const QString& plain) { return plain.toHtmlEscaped(); }
    // "4 af 5 — ..." with the meaning of the score.
    static QString selfScore(const std::optional<int>& score);

    // Simple HTML pieces the composers build their text blocks from (cells are HTML already).
    static QString heading(const QString& plain); // a section heading (h2)
    static QString tableRow(const QStringList& cells, bool header = false);
    static QString table(const QString& rows);
    // A botilbud's name as part of a file name: characters file systems refuse become "_".
    static QString fileNamePart(const QString& name);
};

} // namespace medsafe::report
