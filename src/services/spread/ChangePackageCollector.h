#pragma once

#include "domain/Ids.h"
#include "domain/Result.h"
#include "domain/spread/ChangePackage.h"

#include <QCoreApplication>
#include <QDate>

namespace medsafe::storage {
class Database;
}

namespace medsafe::services {

// Gathers a change package from a botilbud's own database: the idea, its driver (and primary
// driver), its PDSA cycles in order and the measures those cycles used, with medians of the
// plotted values before and after the month of adoption. Everything leaving the botilbud is
// anonymised here, once: no responsible person, no Plan who/where/when or data plan, dates
// only as months, and in every text staff names, residents' names after "beboer"/"borger"/…
// and CPR-shaped numbers replaced by placeholders. The spread key is the caller's. Borrows the
// database; its thread.
class ChangePackageCollector {
    Q_DECLARE_TR_FUNCTIONS(ChangePackageCollector)

public:
    explicit ChangePackageCollector(storage::Database& db);

    // Refused (with a translated message) when the idea is not the botilbud's or was never adopted.
    Result<domain::ChangePackage> collect(domain::BotilbudId botilbud, domain::ChangeIdeaId idea,
                                          const QDate& today) const;

    // `text` with whatever follows a resident word ("beboeren Hans") replaced by the name
    // placeholder, as ReportAnonymiser does for staff names.
    static QString redactResidents(const QString& text);

private:
    storage::Database& m_db;
};

} // namespace medsafe::services
