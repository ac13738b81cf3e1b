// incidents_bench DB: loads every incident of a database (the scale database has 100,000) into
// the incident list model and times each kind of filter change the list offers, and a sort.
// Budget: 100 ms per filter change. Figures go to docs/performance.md ("## Incidents").

#include "models/incidents/IncidentTableModel.h"
#include "storage/BotilbudRepository.h"
#include "storage/Database.h"
#include "storage/IncidentRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <algorithm>
#include <functional>
#include <vector>

using namespace medsafe;
using namespace medsafe::domain;

namespace {

constexpr int kRepeats = 7;
constexpr double kBudgetMs = 100.0;

// Median of kRepeats runs, each from the unfiltered state, in milliseconds.
double timeFilter(models::IncidentTableModel& model, const models::IncidentListFilter& filter, int& rows) {
    std::vector<double> ms;
    for (int r = 0; r < kRepeats; ++r) {
        model.setFilter({});
        QElapsedTimer t;
        t.start();
        model.setFilter(filter);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        rows = model.rowCount();
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("/tmp/scale.db");
    auto db = storage::Database::open(path);
    if (!db) {
        out << "cannot open " << path << ": " << db.error().message << "\n";
        return 1;
    }
    QElapsedTimer load;
    load.start();
    QList<Incident> all;
    // Keep each Result alive while it is read (a range-for over *temporary() would dangle).
    const auto homes = storage::BotilbudRepository(**db).all();
    if (!homes) return 1;
    for (const Botilbud& home : *homes) {
        const auto incidents = storage::IncidentRepository(**db).forBotilbud(home.id);
        if (!incidents) return 1;
        all += *incidents;
    }
    const double readMs = double(load.nsecsElapsed()) / 1e6;
    models::IncidentTableModel model;
    load.restart();
    model.setIncidents(all);
    const double modelMs = double(load.nsecsElapsed()) / 1e6;
    out << "incidents: " << all.size() << "  read from SQLite: " << qRound(readMs) << " ms"
        << "  into the model (keys, default sort): " << qRound(modelMs) << " ms\n";

    struct Case {
        const char* name;
        models::IncidentListFilter filter;
    };
    models::IncidentListFilter stage;
    stage.stage = ProcessStage::Dispensing;
    models::IncidentListFilter type;
    type.errorType = ErrorType::NotGiven;
    models::IncidentListFilter period;
    period.from = QDate::currentDate().addMonths(-12);
    period.to = QDate::currentDate();
    models::IncidentListFilter search;
    search.search = QStringLiteral("aften");
    models::IncidentListFilter searchMiss;
    searchMiss.search = QStringLiteral("findes-ikke");
    models::IncidentListFilter combined = period;
    combined.stage = ProcessStage::Administration;
    combined.status = IncidentStatus::New;
    combined.search = QStringLiteral("medicin");
    const std::vector<Case> cases{{"stage", stage},           {"error type", type},
                                  {"period (12 months)", period}, {"text search 'aften'", search},
                                  {"text search, no match", searchMiss}, {"all combined", combined}};
    bool withinBudget = true;
    for (const Case& c : cases) {
        int rows = 0;
        const double ms = timeFilter(model, c.filter, rows);
        withinBudget = withinBudget && ms <= kBudgetMs;
        out << QStringLiteral("  %1 %2 ms  (%3 rows)\n").arg(QString::fromLatin1(c.name), -24).arg(ms, 7, 'f', 1).arg(rows);
    }
    model.setFilter({});
    QElapsedTimer sortTimer;
    sortTimer.start();
    model.sort(models::IncidentTableModel::ErrorTypeColumn, Qt::AscendingOrder);
    out << QStringLiteral("  sort by error type (all rows) %1 ms\n").arg(double(sortTimer.nsecsElapsed()) / 1e6, 0, 'f', 1);
    out << (withinBudget ? "every filter change within 100 ms\n" : "OVER BUDGET: a filter change took more than 100 ms\n");
    return withinBudget ? 0 : 1;
}
