// medicinsikker-screenshots: opens the main window offscreen on a database at 1366×768 (the
// staff PC the app is made for), shows every navigation view in turn and saves each as a PNG
// for the user guide. A few extra pictures show the PDSA editor's stages and the tabs of
// Forbedringsarbejde. Usage: medicinsikker-screenshots --database FILE --out DIR [--translation QM]
#include "app/DialogService.h"
#include "app/MainWindow.h"
#include "app/access/AccountDialog.h"
#include "app/access/ChangePasswordDialog.h"
#include "app/access/FirstAccountDialog.h"
#include "app/access/SignInDialog.h"
#include "app/access/SignInFlow.h"
#include "app/improvement/ImprovementView.h"
#include "app/pdsa/PdsaEditor.h"
#include "app/pdsa/PdsaView.h"
#include "app/reports/ConsultantGridModel.h"
#include "app/reports/ConsultantPage.h"
#include "app/reports/MonthlyReportView.h"
#include "app/reports/ReportComposerPage.h"
#include "app/reports/SmallMultiplesPage.h"
#include "app/reports/TrustSenderDialog.h"
#include "app/sustain/SustainPage.h"
#include "demo/DemoAccounts.h"
#include "i18n/Translations.h"
#include "logging/Logging.h"
#include "services/access/AccountService.h"
#include "services/incidents/IncidentService.h"
#include "services/organisation/OrganisationService.h"
#include "services/packages/PackageTrust.h"
#include "services/workspace/Workspace.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTranslator>
#include <cstdio>

using namespace medsafe;

namespace {

// Answers every dialog with "no" so the tool never waits for a person.
class SilentDialogs final : public app::DialogService {
public:
    void information(QWidget*, const QString&, const QString& text) override { report(text); }
    void warning(QWidget*, const QString&, const QString& text) override { report(text); }
    bool question(QWidget*, const QString&, const QString&) override { return false; }
    SaveChoice askToSave(QWidget*, const QString&, const QString&) override { return SaveChoice::Discard; }
    QString openFileName(QWidget*, const QString&, const QString&) override { return {}; }
    QString saveFileName(QWidget*, const QString&, const QString&, const QString&) override { return {}; }

private:
    static void report(const QString& text) { std::fprintf(stderr, "dialog: %s\n", qPrintable(text)); }
};

const char* fileName(app::ViewId view) {
    switch (view) {
    case app::ViewId::Overview:
        return "overview";
    case app::ViewId::Improvement:
        return "improvement";
    case app::ViewId::Pdsa:
        return "pdsa";
    case app::ViewId::Measurements:
        return "measurements";
    case app::ViewId::RunCharts:
        return "runcharts";
    case app::ViewId::Incidents:
        return "incidents";
    case app::ViewId::Programme:
        return "programme";
    case app::ViewId::MonthlyReport:
        return "monthly-report";
    case app::ViewId::History:
        return "history";
    case app::ViewId::Pharmacy:
        return "pharmacy";
    case app::ViewId::Startup:
        return "startup";
    case app::ViewId::Sustain:
        return "sustain";
    }
    return "view";
}

// Signs in the demo's tovholder and has her follow up the newest incident, so the history
// starts with a named change.
bool signInTovholder(storage::Database& db) {
    services::AccountService accounts(db);
    auto all = accounts.accounts();
    if (!all || all->isEmpty()) {
        std::fprintf(stderr, "the demo database has no accounts\n");
        return false;
    }
    for (const domain::Account& account : *all) {
        auto signedIn = accounts.signIn(account.login, QString::fromLatin1(demo::DemoAccounts::kPassword));
        if (signedIn && signedIn->roles.testFlag(domain::PersonRole::Tovholder)) break;
    }
    if (!db.session().roles.testFlag(domain::PersonRole::Tovholder)) {
        std::fprintf(stderr, "no tovholder account in the demo\n");
        return false;
    }
    services::IncidentService incidents(db);
    auto list = incidents.incidents(db.session().botilbud);
    if (list && !list->isEmpty()) {
        domain::Incident newest = list->last();
        newest.learning = QStringLiteral("Gennemgået på personalemødet: dobbeltkontrol ved aftenmedicinen.");
        (void)incidents.save(newest);
    }
    return true;
}

// Lets layouts finish and deferred drawing (the report preview draws its charts one per
// event-loop turn) complete before the picture is taken.
void settle() {
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 600)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
}

bool save(QWidget& window, const QDir& out, const QString& name) {
    settle();
    const QString path = out.filePath(name + QStringLiteral(".png"));
    if (!window.grab().save(path)) {
        std::fprintf(stderr, "could not write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

// Every tab of a view, one file each.
bool saveTabs(app::MainWindow& window, app::ViewId view, const QString& tabWidget, const QStringList& names,
              const QDir& out) {
    window.showView(view);
    auto* tabs = window.viewWidget(view)->findChild<QTabWidget*>(tabWidget);
    if (!tabs) return false;
    bool ok = true;
    for (int t = 0; t < tabs->count() && t < names.size(); ++t) {
        if (names[t].isEmpty()) continue; // saved on its own
        tabs->setCurrentIndex(t);
        ok = save(window, out, names[t]) && ok;
    }
    tabs->setCurrentIndex(0);
    return ok;
}

// Fastholdelse with a change that has its limits frozen (the list shows the newest first,
// whose months are still too few), and its sustain plan.
bool saveSustain(app::MainWindow& window, const QDir& out) {
    window.showView(app::ViewId::Sustain);
    auto* page = window.viewWidget(app::ViewId::Sustain)->findChild<app::SustainPage*>();
    if (!page) return false;
    page->reload();
    QListWidget* list = page->changeList();
    for (int row = 0; row < list->count(); ++row)
        if (list->item(row)->text().contains(QStringLiteral("Dobbeltkontrol"))) list->setCurrentRow(row);
    bool ok = save(window, out, QStringLiteral("sustain"));
    if (auto* tabs = page->findChild<QTabWidget*>()) {
        tabs->setCurrentIndex(1);
        ok = save(window, out, QStringLiteral("sustain-plan")) && ok;
        tabs->setCurrentIndex(0);
    }
    list->setCurrentRow(0);
    return ok;
}

// The consultant's side of Månedsrapport: a received report chosen in the grid, then one
// measure as small multiples across botilbud.
bool saveConsultant(app::MainWindow& window, app::MonthlyReportView& view, const QDir& out) {
    window.showView(app::ViewId::MonthlyReport);
    view.tabs()->setCurrentWidget(view.consultant());
    settle();
    app::ConsultantPage& consultant = *view.consultant();
    // The newest sent report of a botilbud that arrived as data packages, if any.
    const services::ConsultantGrid& grid = consultant.gridModel()->grid();
    for (const services::ConsultantRow& row : grid.rows) {
        if (row.botilbud.origin != domain::BotilbudOrigin::Package) continue;
        for (auto cell = row.cells.crbegin(); cell != row.cells.crend(); ++cell) {
            if (cell->status == domain::ReportStatus::Sent &&
                consultant.selectReport(row.botilbud.id, cell->month))
                break;
        }
        break;
    }
    bool ok = save(window, out, QStringLiteral("consultant-overview"));
    consultant.findChild<QTabWidget*>(QStringLiteral("consultantTabWidget"))
        ->setCurrentWidget(consultant.smallMultiples());
    consultant.smallMultiples()->finishLoading();
    consultant.smallMultiples()->selectMeasure(QStringLiteral("Andel korrekt dispenserede doseringsæsker"));
    ok = save(window, out, QStringLiteral("consultant-small-multiples")) && ok;
    auto* consultantTabs = consultant.findChild<QTabWidget*>(QStringLiteral("consultantTabWidget"));
    consultantTabs->setCurrentIndex(consultantTabs->count() - 1); // Spredning: the spread matrix
    ok = save(window, out, QStringLiteral("consultant-spread")) && ok;
    consultantTabs->setCurrentIndex(0);
    view.tabs()->setCurrentWidget(view.composer());
    return ok;
}

// A completed cycle in a ramp shows every stage filled in, and showing its stages writes nothing.
// The trust step a consultant meets with a botilbud's first package, half typed.
bool saveTrustDialog(app::MainWindow& window, const QDir& out) {
    const auto fingerprint = services::PackageTrust(window.database()).ownFingerprint();
    if (!fingerprint) return false;
    services::TrustCandidate candidate;
    candidate.partyName = QStringLiteral("Bostedet Lærkehøj");
    candidate.fingerprint = *fingerprint;
    app::TrustSenderDialog dialog(candidate, &window);
    dialog.show();
    dialog.findChild<QLineEdit*>(QStringLiteral("readOutFingerprintEdit"))->setText(fingerprint->left(9));
    settle();
    return save(dialog, out, QStringLiteral("trust-sender-dialog"));
}

void openInterestingCycle(app::MainWindow& window, app::PdsaView& view) {
    auto cycles = window.workspace().pdsa().cycles(window.currentBotilbud());
    if (!cycles || cycles.value().isEmpty()) return;
    domain::PdsaCycleId chosen = cycles.value().first().id;
    for (const domain::PdsaCycle& c : cycles.value()) {
        if (c.status == domain::PdsaStatus::Completed && c.parentId) {
            chosen = c.id;
            break;
        }
    }
    view.openCycle(chosen);
}

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Medicinsikker-screenshots"));
    QStandardPaths::setTestModeEnabled(true); // never the person's own settings
    QSettings().clear();
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("database"), QStringLiteral("The database to show."), QStringLiteral("file")});
    parser.addOption(
        {QStringLiteral("out"), QStringLiteral("Folder for the PNG files."), QStringLiteral("dir")});
    parser.addOption(
        {QStringLiteral("translation"),
         QStringLiteral("An extra .qm file loaded over the embedded Danish one (pending strings)."),
         QStringLiteral("file")});
    parser.process(app);
    if (!parser.isSet(QStringLiteral("database")) || !parser.isSet(QStringLiteral("out"))) {
        std::fprintf(stderr, "usage: medicinsikker-screenshots --database FILE --out DIR\n");
        return 2;
    }
    logging::setupConsoleOnly(false);
    if (!i18n::install(i18n::Language::Danish)) std::fprintf(stderr, "the Danish translation did not load\n");

    // Strings waiting in resources/translations/pending are not in the embedded translation yet;
    // scripts/screenshots.sh compiles them into a file of their own so the pictures are Danish.
    QTranslator pending;
    if (parser.isSet(QStringLiteral("translation"))) {
        if (pending.load(parser.value(QStringLiteral("translation"))))
            QCoreApplication::installTranslator(&pending);
        else
            std::fprintf(stderr, "could not load %s\n",
                         qPrintable(parser.value(QStringLiteral("translation"))));
    }

    auto database =
        storage::Database::open(parser.value(QStringLiteral("database")), storage::OpenMode::OpenExisting);
    if (!database) {
        std::fprintf(stderr, "could not open the database: %s\n", qPrintable(database.error().message));
        return 1;
    }
    const QDir out(parser.value(QStringLiteral("out")));
    QDir().mkpath(out.path());
    bool ok = true;

    // The sign-in as the demo shows it, then the demo's tovholder signs in; the pictures show her
    // name in the status bar and a change of hers at the top of the history.
    {
        app::SignInDialog signIn(services::AccountService(**database), QStringLiteral("demo.db"),
                                 app::SignInFlow::demoHint(**database));
        signIn.show();
        settle();
        ok = signIn.grab().save(out.filePath(QStringLiteral("sign-in.png"))) && ok;
    }
    // The tovholder's first-account window and the two password windows, as a person sees them.
    {
        app::FirstAccountDialog first{services::AccountService{**database},
                                      services::OrganisationService{**database}};
        first.show();
        settle();
        ok = first.grab().save(out.filePath(QStringLiteral("first-account.png"))) && ok;
    }
    if (!signInTovholder(**database)) return 1;
    {
        app::ChangePasswordDialog change{services::AccountService{**database}, true};
        change.show();
        settle();
        ok = change.grab().save(out.filePath(QStringLiteral("change-password.png"))) && ok;
        auto people = services::OrganisationService(**database).people((*database)->session().botilbud, true);
        if (people && !people->isEmpty()) {
            app::AccountDialog account(services::AccountService(**database), people->last(),
                                       app::AccountDialog::Mode::Create);
            account.show();
            settle();
            ok = account.grab().save(out.filePath(QStringLiteral("account-dialog.png"))) && ok;
        }
    }

    SilentDialogs dialogs;
    app::MainWindow window(std::move(database.value()), dialogs);
    window.resize(1366, 768);
    window.show();
    for (app::ViewId view : app::kAllViews) {
        window.showView(view);
        ok = save(window, out, QString::fromLatin1(fileName(view))) && ok;
    }

    if (auto* improvement =
            dynamic_cast<app::ImprovementView*>(window.viewWidget(app::ViewId::Improvement))) {
        window.showView(app::ViewId::Improvement);
        auto* tabs = improvement->findChild<QTabWidget*>(QStringLiteral("improvementTabWidget"));
        tabs->setCurrentIndex(1);
        ok = save(window, out, QStringLiteral("improvement-driver-diagram")) && ok;
        tabs->setCurrentIndex(2);
        ok = save(window, out, QStringLiteral("improvement-measures")) && ok;
        tabs->setCurrentIndex(0);
    }
    if (auto* pdsa = dynamic_cast<app::PdsaView*>(window.viewWidget(app::ViewId::Pdsa))) {
        window.showView(app::ViewId::Pdsa);
        openInterestingCycle(window, *pdsa);
        const char* stages[] = {"pdsa-plan", "pdsa-do", "pdsa-study", "pdsa-act"};
        for (int stage = app::PdsaEditor::PlanStage; stage <= app::PdsaEditor::ActStage; ++stage) {
            pdsa->editor().goToStage(static_cast<app::PdsaEditor::Stage>(stage));
            ok = save(window, out, QString::fromLatin1(stages[stage])) && ok;
        }
    }
    if (auto* tabs = window.viewWidget(app::ViewId::Pharmacy)
                         ->findChild<QTabWidget*>(QStringLiteral("pharmacyTabWidget"))) {
        window.showView(app::ViewId::Pharmacy);
        const char* pages[] = {"pharmacy-visits",     "pharmacy-findings", "pharmacy-questions",
                               "pharmacy-refreshers", "pharmacy-figures",  "pharmacy-agreement"};
        for (int t = 0; t < tabs->count() && t < 6; ++t) {
            tabs->setCurrentIndex(t);
            ok = save(window, out, QString::fromLatin1(pages[t])) && ok;
        }
        tabs->setCurrentIndex(0);
    }
    ok = saveTabs(window, app::ViewId::Startup, QStringLiteral("startupTabWidget"),
                  {"startup", "startup-guidelines", "startup-delegations"}, out) &&
         ok;
    // Fastholdelse is saved on its own, with a change whose limits are frozen.
    ok = saveTabs(window, app::ViewId::Sustain, QStringLiteral("sustainTabWidget"), {QString(), "spread"},
                  out) &&
         ok;
    ok = saveSustain(window, out) && ok;
    if (auto* reports = dynamic_cast<app::MonthlyReportView*>(window.viewWidget(app::ViewId::MonthlyReport)))
        ok = saveConsultant(window, *reports, out) && ok;
    ok = saveTrustDialog(window, out) && ok;
    return ok ? 0 : 1;
}
