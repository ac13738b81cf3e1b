// pharmacy_bench DB: what the Apotek view does on a click, on the scale database (100 botilbud,
// each with its visits, findings and about sixty questions), median of 7 runs each. Budget:
// 100 ms per click. Figures go to docs/performance.md ("## The pharmacy's part").

#include "BenchDialogs.h"
#include "app/pharmacy/PharmacyView.h"
#include "services/pharmacy/PharmacyFigures.h"
#include "services/pharmacy/PharmacyService.h"
#include "services/pharmacy/QaVisitService.h"
#include "services/pharmacy/QuestionSearch.h"
#include "services/programme/NextStepsService.h"
#include "storage/BotilbudRepository.h"
#include "services/workspace/Workspace.h"
#include "storage/Database.h"

#include <QApplication>
#include <QTabWidget>
#include <QElapsedTimer>
#include <QTextStream>
#include <algorithm>
#include <functional>
#include <vector>

using namespace medsafe;

namespace {

constexpr int kRepeats = 7;
constexpr double kBudgetMs = 100.0;

double medianMs(const std::function<void()>& run) {
    std::vector<double> ms;
    for (int r = 0; r < kRepeats; ++r) {
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
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("/tmp/scale.db");
    auto db = storage::Database::open(path, storage::OpenMode::OpenExisting);
    if (!db) {
        out << "cannot open " << path << ": " << db.error().message << "\n";
        return 1;
    }
    auto homes = storage::BotilbudRepository(**db).all();
    if (!homes || homes->isEmpty()) return 1;
    const domain::BotilbudId home = homes->first().id;
    services::PharmacyService pharmacy(**db);
    services::QaVisitService visits(**db);
    const QDate today = QDate::currentDate();

    int rows = 0;
    bool withinBudget = true;
    const auto report = [&](const char* what, double ms) {
        out << QStringLiteral("%1 %2 ms  (%3 rows)%4\n")
                   .arg(QString::fromLatin1(what).leftJustified(52))
                   .arg(ms, 8, 'f', 2)
                   .arg(rows)
                   .arg(ms > kBudgetMs ? QStringLiteral("  OVER BUDGET") : QString());
        if (ms > kBudgetMs) withinBudget = false;
    };

    report("visits tab: visits + checklist versions", medianMs([&] {
               rows = int(visits.visits(home)->size() + pharmacy.checklists(home)->size());
           }));
    report("findings tab: findings with visit and item", medianMs([&] { rows = int(visits.findings(home)->size()); }));
    report("overview: overdue findings", medianMs([&] { rows = int(visits.overdueFindings(home, today)->size()); }));
    report("overview: all next steps (with the findings)", medianMs([&] {
               rows = int(services::NextStepsService(**db).forBotilbud(home, today)->size());
           }));
    const auto questions = pharmacy.questions(home).value();
    report("questions tab: the question log", medianMs([&] { rows = int(pharmacy.questions(home)->size()); }));
    services::QuestionSearch search;
    search.words = QStringLiteral("tablet vand");
    report("questions tab: a two-word search", medianMs([&] { rows = int(search.apply(questions).size()); }));
    const auto visitList = visits.visits(home).value();
    const auto checklists = pharmacy.checklists(home).value();
    report("figures tab: compliance series, all areas", medianMs([&] {
               rows = int(services::PharmacyFigures::complianceSeries(visitList, checklists).points.size());
           }));
    report("figures tab: questions per month", medianMs([&] {
               rows = int(services::PharmacyFigures::questionSeries(questions, today.addYears(-3), today).points.size());
           }));

    // Every botilbud's question log, as a consultant walking the kommune would read them.
    report("all botilbud: every question log", medianMs([&] {
               rows = 0;
               for (const auto& b : *homes) rows += int(pharmacy.questions(b.id)->size());
           }));
    // The view itself: every tab filled (what changing the botilbud costs), and one tab switch.
    bench::SilentDialogs dialogs;
    services::Workspace workspace(std::move(db.value()));
    workspace.setCurrentBotilbud(home);
    app::PharmacyView view(workspace, dialogs);
    view.resize(1366, 700);
    view.show();
    QApplication::processEvents();
    report("the view: load all six tabs", medianMs([&] {
               view.reload();
               QApplication::processEvents();
           }));
    auto* tabs = view.findChild<QTabWidget*>(QStringLiteral("pharmacyTabWidget"));
    int tab = 0;
    report("the view: switch tab and paint", medianMs([&] {
               tabs->setCurrentIndex(++tab % tabs->count());
               QApplication::processEvents();
           }));
    out << (withinBudget ? "all within 100 ms\n" : "SOME OVER BUDGET\n");
    return withinBudget ? 0 : 2;
}
