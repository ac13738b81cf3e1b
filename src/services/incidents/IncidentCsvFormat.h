#pragma once

#include "domain/Incident.h"
#include "services/incidents/CsvReader.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

namespace medsafe::services {

// One CSV row turned into an incident, or the reasons it could not be.
struct IncidentCsvRow {
    int line = 0;
    std::optional<domain::Incident> incident;
    QStringList errors; // translated, each says what to write instead
};

// The incident CSV file format: Danish column headers and Danish values, so a tovholder can
// open the file in Excel and read it. Headers and values are fixed Danish text, not
// translations, because the file must read back the same whatever language the app shows.
// Values are also accepted as the storage codes ("dispensing") and dates as ISO or Danish
// (31-12-2023, 31.12.2023). The reporter is not a column: nothing exported says who reported
// an incident. Stateless; any thread.
class IncidentCsvFormat {
    Q_DECLARE_TR_FUNCTIONS(IncidentCsvFormat)

public:
    enum Column {
        Botilbud,
        OccurredDate,
        OccurredTime,
        ReportedDate,
        Stage,
        ErrorType,
        ActualConsequence,
        PossibleConsequence,
        OverallCategory,
        ReachedCitizen,
        RequiredDoctorContact,
        NccMerp,
        Description,
        ImmediateAction,
        Learning,
        Status,
        ColumnCount
    };

    static QString header(Column column);
    static QStringList headers();
    // The columns a file must have; the others fall back to defaults when missing.
    static bool isRequired(Column column);

    static QStringList toRecord(const domain::Incident& incident, const QString& botilbudName);

    // Maps header names to columns; errors name missing required columns.
    struct HeaderMap {
        std::array<int, ColumnCount> index{};
        QStringList errors;
    };
    static HeaderMap mapHeader(const QStringList& header);

    // Parses and validates one record for `botilbud` (IncidentValidator's rules with `today`).
    static IncidentCsvRow parse(const CsvRecord& record, const HeaderMap& map, domain::BotilbudId botilbud,
                                const QDate& today);

    // Fixed Danish text for values.
    static QString text(domain::ProcessStage value);
    static QString text(domain::ErrorType value);
    static QString text(domain::ActualConsequence value);
    static QString text(domain::PossibleConsequence value);
    static QString text(domain::OverallCategory value);
    static QString text(domain::IncidentStatus value);
    static QString yesNo(bool value);
};

} // namespace medsafe::services
