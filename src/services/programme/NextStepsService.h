#pragma once

#include "domain/Ids.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace medsafe::storage {
class Database;
}

namespace medsafe::services {

// Where a next step is done; the app turns it into a view (and tab) to open.
// Startup and StartupDelegations: the delegation register (Opstart); StartupWorkflow and
// StartupGuidelines: the other tabs of Opstart; Competences: the competence survey (Forløb og
// kompetencer); Sustain: Fastholdelse og spredning.
enum class NextStepPlace {
    Overview,
    Programme,
    Training,
    Measurements,
    MonthlyReport,
    Pdsa,
    People,
    PharmacyFindings,
    Startup,
    Sustain,
    StartupWorkflow,
    StartupGuidelines,
    StartupDelegations,
    Competences
};

// One thing the tovholder should do next, in a sentence, with the date it is due or planned.
struct NextStep {
    NextStepPlace place = NextStepPlace::Overview;
    QString text;
    QDate date;
    bool overdue = false;

    friend bool operator==(const NextStep&, const NextStep&) = default;
};

// "Næste skridt" on Oversigt: what is due from the programme's own data, so a new tovholder
// sees what to do and an experienced one what has slipped. Overdue steps first, then by date:
// events not marked held, PDSA cycles past their end date, refresher training past due, last
// month's measurements not entered, the pharmacy's findings past their deadline and its monthly report not sent (overdue after the 10th,
// as the programme asks for them early in the month), the start-up checklist (overdue once
// phase 1 has ended), delegations that run out within 30 days or have run out for active staff
// (overdue), guidelines past their review date (overdue), and the next læringstræf or PS! visit. Nothing once the programme has ended, but the
// final evaluation. Borrows the database; its thread.
class NextStepsService {
    Q_DECLARE_TR_FUNCTIONS(NextStepsService)

public:
    static constexpr int kMonthlyDeadlineDay = 10;
    static constexpr int kSoonDays = 30; // refreshers due within a month are shown, not overdue

    explicit NextStepsService(storage::Database& db) : m_db(db) {}

    Result<QList<NextStep>> forBotilbud(domain::BotilbudId botilbud, const QDate& today) const;

private:
    Status addStartupSteps(domain::BotilbudId botilbud, const QDate& today, QList<NextStep>& steps) const;

    storage::Database& m_db;
};

} // namespace medsafe::services
