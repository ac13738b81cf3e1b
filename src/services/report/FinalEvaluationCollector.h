#pragma once

#include "domain/Ids.h"
#include "domain/Result.h"
#include "services/report/FinalEvaluationContent.h"

#include <QDate>

namespace medsafe::storage {
class Database;
}

namespace medsafe::services {

// Gathers the final evaluation from the botilbud's database, prepared for sharing with PS!:
// staff names and CPR-shaped numbers replaced in every text, incident counts of 1-4 shown as
// "<5", PDSA cycles stripped to what a report shows (ReportAnonymiser's rules). `asOf` is the
// day the evaluation is made (default today); the programme's end when it has ended.
// Borrows the database; runs on the thread that opened it.
class FinalEvaluationCollector {
public:
    explicit FinalEvaluationCollector(storage::Database& db);

    Result<FinalEvaluationContent> collect(domain::BotilbudId botilbud, const QDate& asOf = {}) const;

    // The pure steps, for tests.
    static QList<AdoptedChange> adoptedChanges(const QList<domain::PdsaCycle>& cycles,
                                               const QList<domain::ChangeIdea>& ideas);
    static QList<CycleLesson> lessons(const QList<domain::PdsaCycle>& cycles);

private:
    Status collectPhasesOneAndThree(domain::BotilbudId botilbud, FinalEvaluationContent& content) const;

    storage::Database& m_db;
};

} // namespace medsafe::services
