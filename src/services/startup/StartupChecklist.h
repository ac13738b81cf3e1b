#pragma once

#include "domain/ChecklistItem.h"
#include "domain/Result.h"
#include "services/programme/NextStepsService.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace medsafe::storage {
class Database;
}

namespace medsafe::services {

// One item of the start-up checklist as Oversigt shows it: the stored item with the automatic
// tick merged in. A manual tick always counts; an item the data shows done is ticked
// automatically with the date the work was done, and says why.
struct ChecklistRow {
    domain::ChecklistItem item; // doneDate: the manual tick, else the automatic one
    bool automatic = false;     // ticked from the data, not by hand
    QString automaticReason;    // "the workflow analysis describes all eight steps", translated

    friend bool operator==(const ChecklistRow&, const ChecklistRow&) = default;
};

// The start-up checklist ticking itself from the start-up work: the workflow analysis is done
// when the "before" analysis describes every default step (who and how); the guidelines are
// reviewed when there is at least one and every guideline in use has a review date; the
// delegated rights are reviewed when every active staff member who handles medicine holds a
// current delegation (and there is one); the competences when a survey round has answers.
// Reads only. Borrows the database; its thread.
class StartupChecklist {
    Q_DECLARE_TR_FUNCTIONS(StartupChecklist)

public:
    explicit StartupChecklist(storage::Database& db) : m_db(db) {}

    // All five items in their fixed order.
    Result<QList<ChecklistRow>> rows(domain::BotilbudId botilbud, const QDate& today) const;
    // The day the data shows the item done, and why; nothing when it does not (yet).
    struct AutomaticTick {
        QDate date;
        QString reason;
    };
    Result<std::optional<AutomaticTick>> automaticTick(domain::BotilbudId botilbud,
                                                       domain::ChecklistKind kind, const QDate& today) const;
    // Where the item's work is done: the Opstart tab, Forløb og kompetencer, Målinger.
    static NextStepPlace placeOf(domain::ChecklistKind kind);

private:
    storage::Database& m_db;
};

} // namespace medsafe::services
