// history_bench DB: what the Historik view asks for on a large database (the scale database:
// 100 botilbud, about a million audit entries), median of 7 runs each. Budget: 100 ms for
// anything the view does on a click. The whole-chain check is a button, timed for the record.
// Figures go to docs/performance.md ("## History and audit trail").

#include "services/audit/AuditTrailService.h"
#include "services/audit/HistoryLabels.h"
#include "storage/BotilbudRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <algorithm>
#include <functional>
#include <vector>

using namespace medsafe;

namespace {

constexpr int kRepeats = 7;
constexpr double kBudgetMs = 100.0;

double medianMs(const std::function<void()>& run, int repeats = kRepeats) {
    std::vector<double> ms;
    for (int r = 0; r < repeats; ++r) {
        QElapsedTimer t;
        t.start();
        run();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("/tmp/scale.db");
    auto db = storage::Database::open(path, storage::OpenMode::OpenExisting);
    if (!db) {
        out << "cannot open " << path << ": " << db.error().message << "\n";
        return 1;
    }
    services::AuditTrailService trail(**db);
    auto homes = storage::BotilbudRepository(**db).all();
    if (!homes || homes->isEmpty()) return 1;
    const domain::BotilbudId home = homes->first().id;

    int rows = 0;
    bool withinBudget = true;
    const auto report = [&](const char* what, double ms, bool budgeted = true) {
        out << QStringLiteral("%1 %2 ms  (%3 rows)%4\n")
                   .arg(QString::fromLatin1(what).leftJustified(46))
                   .arg(ms, 8, 'f', 1)
                   .arg(rows)
                   .arg(budgeted && ms > kBudgetMs ? QStringLiteral("  OVER BUDGET") : QString());
        if (budgeted && ms > kBudgetMs) withinBudget = false;
    };

    services::HistoryFilter newest;
    newest.botilbud = home;
    report("open the view: newest 1,000 of the botilbud",
           medianMs([&] { rows = int(trail.history(newest)->size()); }));
    report("person filter: logins of the botilbud",
           medianMs([&] { rows = int(trail.actors(home)->size()); }));
    services::HistoryFilter incidents = newest;
    incidents.kinds = {services::HistoryKind::Incidents};
    report("kind filter: incidents", medianMs([&] { rows = int(trail.history(incidents)->size()); }));
    services::HistoryFilter demo = newest;
    demo.login = QStringLiteral("demo");
    report("person filter: one login", medianMs([&] { rows = int(trail.history(demo)->size()); }));
    services::HistoryFilter month = newest;
    month.from = QDate::currentDate().addMonths(-1);
    month.to = QDate::currentDate();
    report("date filter: the last month", medianMs([&] { rows = int(trail.history(month)->size()); }));
    services::HistoryFilter record;
    record.table = QStringLiteral("incident");
    record.rowKey = QStringLiteral("1");
    report("one record's own history", medianMs([&] { rows = int(trail.history(record)->size()); }));
    qint64 entries = 0;
    const double chainMs = medianMs([&] { entries = trail.verifyChain()->entries; }, 3);
    rows = int(entries);
    report("check the whole chain (a button; median of 3)", chainMs, false);
    out << (withinBudget ? "every view interaction within 100 ms\n" : "SOME INTERACTIONS OVER 100 ms\n");
    return withinBudget ? 0 : 2;
}
