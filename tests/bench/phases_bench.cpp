// phases_bench SCALE_DB OTHER_DB: what Opstart and Fastholdelse og spredning do on a click, on the scale
// database (100 botilbud × 60 months, each with its workflow analyses, guidelines, delegations,
// adopted changes and sustain plans), median of 7 runs each. Budget: 100 ms per click. Figures
// go to docs/performance.md ("## Phases 1 and 3"). A change package is exported from the scale
// database's first botilbud and imported into OTHER_DB (an ordinary demo database: the import
// writes there), each signed in as that botilbud's tovholder.

#include "BenchDialogs.h"
#include "app/startup/StartupView.h"
#include "app/sustain/SustainView.h"
#include "demo/DemoAccounts.h"
#include "services/access/AccountService.h"
#include "services/programme/NextStepsService.h"
#include "services/packages/PackageTrust.h"
#include "services/spread/ChangePackageService.h"
#include "services/spread/SpreadMatrixService.h"
#include "services/startup/DelegationService.h"
#include "services/startup/GuidelineService.h"
#include "services/startup/StartupChecklist.h"
#include "services/startup/WorkflowService.h"
#include "services/sustain/SustainService.h"
#include "services/workspace/Workspace.h"
#include "storage/Database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTabWidget>
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

// Signs in the database's first tovholder account (the demo's accounts share one password);
// the botilbud to work on is then the session's.
bool signInTovholder(storage::Database& db) {
    services::AccountService accounts(db);
    auto all = accounts.accounts();
    if (!all) return false;
    for (const domain::Account& account : *all) {
        auto who = accounts.signIn(account.login, QString::fromLatin1(demo::DemoAccounts::kPassword));
        if (who && who->roles.testFlag(domain::PersonRole::Tovholder)) return true;
    }
    return false;
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
    const QString otherPath = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("/tmp/other.db");
    auto otherDb = storage::Database::open(otherPath, storage::OpenMode::OpenExisting);
    if (!otherDb) {
        out << "cannot open " << otherPath << ": " << otherDb.error().message << "\n";
        return 1;
    }
    if (!signInTovholder(**db) || !signInTovholder(**otherDb)) {
        out << "no tovholder account to sign in with\n";
        return 1;
    }
    const domain::BotilbudId home = (*db)->session().botilbud;
    const domain::BotilbudId other = (*otherDb)->session().botilbud;
    const QDate today = QDate::currentDate();

    int rows = 0;
    bool withinBudget = true;
    const auto report = [&](const char* what, double ms) {
        out << QStringLiteral("%1 %2 ms  (%3 rows)%4\n")
                   .arg(QString::fromLatin1(what).leftJustified(56))
                   .arg(ms, 8, 'f', 2)
                   .arg(rows)
                   .arg(ms > kBudgetMs ? QStringLiteral("  OVER BUDGET") : QString());
        if (ms > kBudgetMs) withinBudget = false;
    };

    services::WorkflowService workflow(**db);
    report("workflow tab: both analyses with their steps", medianMs([&] { rows = int(workflow.analyses(home)->size()); }));
    report("workflow tab: incidents per stage (12 months)", medianMs([&] {
               rows = int(workflow.incidentsByStage(home, today)->size());
           }));
    report("workflow tab: findings", medianMs([&] { rows = int(workflow.findings(home)->size()); }));
    report("final evaluation: before/after comparison", medianMs([&] {
               rows = int(workflow.compare(home)->stages.size());
           }));
    services::GuidelineService guidelines(**db);
    report("guidelines tab: the list", medianMs([&] { rows = int(guidelines.guidelines(home)->size()); }));
    services::DelegationService delegations(**db);
    report("delegations tab: the register", medianMs([&] { rows = int(delegations.delegations(home)->size()); }));
    report("delegations tab: staff without a delegation", medianMs([&] {
               rows = int(delegations.staffWithoutDelegation(home, today)->size());
           }));
    // As on a day inside the scale programme, so every step of phase 1 and 2 is still asked for.
    const QDate during = (*db)->session().botilbud.isValid() ? today.addYears(-2) : today;
    report("overview: the start-up checklist with automatic ticks", medianMs([&] {
               auto checklist = services::StartupChecklist(**db).rows(home, during);
               rows = checklist ? int(checklist->size()) : -1;
           }));
    report("overview: all next steps (with delegations, guidelines)", medianMs([&] {
               auto steps = services::NextStepsService(**db).forBotilbud(home, during);
               rows = steps ? int(steps->size()) : -1;
           }));
    services::SustainService sustain(**db);
    report("sustain tab: adopted changes, frozen charts, slip-back", medianMs([&] {
               rows = int(sustain.overview(home, today)->size());
           }));
    report("sustain tab: the sustain plan", medianMs([&] { rows = int(sustain.plan(home)->size()); }));
    services::SpreadMatrixService spread(**db);
    report("consultant: spread matrix over every botilbud", medianMs([&] {
               const auto matrix = spread.matrix();
               rows = matrix ? int(matrix->rows.size() * matrix->columns.size()) : -1;
           }));
    report("final evaluation: this botilbud's spread", medianMs([&] {
               const auto own = spread.forBotilbud(home);
               rows = own ? int(own->exported.size() + own->received.size()) : -1;
           }));

    // A change package out of the scale database and into the other one.
    services::ChangePackageService packages(**db);
    const auto adopted = packages.adoptedChanges(home);
    if (!adopted || adopted->isEmpty()) {
        out << "the first botilbud has no adopted change\n";
        return 1;
    }
    QByteArray bytes;
    report("spread tab: export a change package (built, read back)", medianMs([&] {
               auto written = packages.exportBytes(home, adopted->first().idea.id);
               bytes = written ? *written : QByteArray();
               rows = int(bytes.size() / 1024);
           }));
    // The receiving botilbud has compared the fingerprint and trusts the sender (as in the app).
    const services::PackageTrust trust(**otherDb);
    auto candidate = trust.inspect(bytes);
    if (!candidate || !trust.trust(*candidate)) {
        out << "cannot trust the package's signer\n";
        return 1;
    }
    services::ChangePackageService receiving(**otherDb);
    report("spread tab: first import into another database (once)", medianMs([&] {
               auto imported = receiving.importBytes(other, bytes);
               rows = imported ? 1 : 0;
               if (!imported) out << imported.error().message << "\n";
           }, 1));
    report("spread tab: the same package again (nothing changes)", medianMs([&] {
               rows = receiving.importBytes(other, bytes) ? 1 : 0;
           }));

    // The views: every tab filled (what changing the botilbud costs) and one tab switch.
    bench::SilentDialogs dialogs;
    services::Workspace workspace(std::move(db.value()));
    workspace.setCurrentBotilbud(home);
    app::StartupView startup(workspace, dialogs);
    startup.resize(1366, 700);
    startup.show();
    QApplication::processEvents();
    report("Opstart: load all three tabs", medianMs([&] {
               startup.reload();
               QApplication::processEvents();
           }));
    auto* tabs = startup.findChild<QTabWidget*>(QStringLiteral("startupTabWidget"));
    int tab = 0;
    report("Opstart: switch tab and paint", medianMs([&] {
               tabs->setCurrentIndex(++tab % tabs->count());
               QApplication::processEvents();
           }));
    startup.hide();
    app::SustainView sustainView(workspace, dialogs);
    sustainView.resize(1366, 700);
    sustainView.show();
    QApplication::processEvents();
    report("Fastholdelse og spredning: switch tab and paint", medianMs([&] {
               sustainView.tabs().setCurrentIndex(++tab % sustainView.tabs().count());
               QApplication::processEvents();
           }));
    out << (withinBudget ? "all within 100 ms\n" : "SOME OVER BUDGET\n");
    return withinBudget ? 0 : 2;
}
