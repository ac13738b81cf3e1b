#pragma once

#include "domain/Botilbud.h"
#include "domain/MonthlyReport.h"

#include <QDate>
#include <QList>
#include <optional>

namespace medsafe::services {

// One cell of the consultant's grid: a botilbud's report for one month, if there is one.
struct ConsultantCell {
    QDate month;
    std::optional<domain::ReportStatus> status; // nothing: no report for the month
    QDate date;               // the day of the status (sent or feedback), when known
    bool fromPackage = false; // the report arrived as a data package

    friend bool operator==(const ConsultantCell&, const ConsultantCell&) = default;
};

// One row: a botilbud and its cells, one per month of the grid.
struct ConsultantRow {
    domain::Botilbud botilbud;
    QList<ConsultantCell> cells;
    int reportCount = 0; // reports in the whole database, not only the grid's months
    QDate latestMonth;   // the newest month with a report (invalid without any)
};

// Botilbud × months with each report's status: what the consultant sees first.
struct ConsultantGrid {
    QList<QDate> months; // oldest first, consecutive
    QList<ConsultantRow> rows;
};

} // namespace medsafe::services
