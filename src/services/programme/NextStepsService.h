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
enum class NextStepPlace { Overview, Programme, Training, Measurements, MonthlyReport, Pdsa, People, PharmacyFindings };

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
// phase 1 has ended), and the next læringstræf or PS! visit. Nothing once the programme has ended, but the
// final evaluation. Borrows the database; its thread.
class NextStepsService {
    Q_DECLARE_TR_FUNCTIONS(NextStepsService)

public:
    static constexpr int kMonthlyDeadlineDay = 10;
    static constexpr int kSoonDays = 30; // refreshers due within a month are shown, not overdue

    explicit NextStepsService(storage::Database& db) : m_db(db) {}

    Result<QList<NextStep>> forBotilbud(domain::BotilbudId botilbud, const QDate& today) const;

private:
    storage::Database& m_db;
};

} // namespace medsafe::services
