// Apotek's other tabs and its role gates: staff log questions but not visits; the pharmacy's
// contact records visits; the checklist editor writes a new version that old visits do not
// follow; an agreement and a refresher interval are checked and saved.
#include "../FakeDialogService.h"
#include "../access/AccessTestHome.h"
#include "app/pharmacy/AgreementPage.h"
#include "app/pharmacy/ChecklistEditorDialog.h"
#include "app/pharmacy/ChecklistGrid.h"
#include "app/pharmacy/PharmacyChartsPage.h"
#include "app/pharmacy/PharmacyView.h"
#include "app/pharmacy/QuestionsPage.h"
#include "app/pharmacy/RefreshersPage.h"
#include "app/pharmacy/VisitsPage.h"
#include "charts/ChartView.h"
#include "services/pharmacy/PharmacyService.h"
#include "services/pharmacy/QaVisitService.h"
#include "services/programme/CompetenceService.h"
#include "services/workspace/Workspace.h"
#include "storage/PersonRepository.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace medsafe;
using namespace medsafe::domain;

namespace {

template <typename T> T* child(QWidget& parent, const char* name) {
    auto* found = parent.findChild<T*>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(found);
    return found;
}

struct PharmacyHome {
    FakeDialogService dialogs;
    AccessTestHome home = AccessTestHome::create();
    std::unique_ptr<services::Workspace> workspace;
    std::unique_ptr<app::PharmacyView> view;

    explicit PharmacyHome(const QString& login) {
        home.signIn(login);
        workspace = std::make_unique<services::Workspace>(std::move(home.data.db));
        workspace->setCurrentBotilbud(home.data.botilbud);
        view = std::make_unique<app::PharmacyView>(*workspace, dialogs);
        view->resize(1200, 700);
        view->show();
        view->reload();
    }
    storage::Database& db() { return workspace->database(); }
    BotilbudId botilbud() const { return home.data.botilbud; }
};

} // namespace

TEST_CASE("Staff log questions but not visits; the reason is on the disabled button",
          "[gui][pharmacy][access]") {
    PharmacyHome h(QStringLiteral("sara"));
    auto* newVisit = child<QPushButton>(h.view->visitsPage(), "newVisitButton");
    CHECK_FALSE(newVisit->isEnabled());
    CHECK(newVisit->toolTip().contains(QStringLiteral("apotekets kontaktperson")));
    CHECK(child<QPushButton>(h.view->questionsPage(), "newQuestionButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(h.view->agreementPage(), "newAgreementButton")->isEnabled());
    // Without a stored checklist nothing was written for her.
    CHECK(services::PharmacyService(h.db()).checklists(h.botilbud()).value().isEmpty());
}

TEST_CASE("The checklist editor saves a new version; the visit made before keeps the old one",
          "[gui][pharmacy]") {
    PharmacyHome h(QStringLiteral("tove"));
    services::PharmacyService pharmacy(h.db());
    const QaChecklist v1 = pharmacy.currentChecklist(h.botilbud(), true).value();
    QaVisit visit;
    visit.botilbudId = h.botilbud();
    visit.visitDate = QDate::currentDate().addDays(-5);
    visit.auditor = QStringLiteral("Farmaceut");
    visit.checklistId = v1.id;
    visit.answers << QaAnswer{v1.items.first().id, QaResult::Compliant, {}};
    REQUIRE(services::QaVisitService(h.db()).saveVisit(visit, QDate::currentDate()).ok());

    app::ChecklistEditorDialog editor(v1.items);
    REQUIRE(editor.items().size() == v1.items.size());
    editor.addItem(QaArea::Storage, QString());
    editor.accept(); // an empty item is refused, the dialog stays
    CHECK(editor.result() != QDialog::Accepted);
    CHECK(child<QLabel>(editor, "checklistProblemLabel")->isHidden() == false);
    editor.removeRow(editor.table().rowCount() - 1);
    editor.addItem(QaArea::Storage, QStringLiteral("Euforiserende stoffer tælles hver uge"));
    editor.moveRow(0, 1);
    REQUIRE(h.view->visitsPage().saveChecklist(editor.items()));
    const auto versions = pharmacy.checklists(h.botilbud()).value();
    REQUIRE(versions.size() == 2);
    CHECK(versions.last().items.size() == v1.items.size() + 1);
    // Sorted by area: the new storage item sits with the other storage items.
    CHECK(versions.last().items.at(3).text == QStringLiteral("Euforiserende stoffer tælles hver uge"));
    CHECK(versions.last().items.at(0).text == v1.items.at(1).text); // moved down one
    CHECK(services::QaVisitService(h.db()).visits(h.botilbud()).value().first().checklistId == v1.id);
    // A new visit uses the new version.
    child<QPushButton>(h.view->visitsPage(), "newVisitButton")->click();
    CHECK(child<QLabel>(h.view->visitsPage(), "checklistVersionLabel")->text().contains(QStringLiteral("2")));
    CHECK(h.view->visitsPage().grid().answerBox(versions.last().items.at(3).id));
}

TEST_CASE("An agreement is checked before it is saved", "[gui][pharmacy]") {
    PharmacyHome h(QStringLiteral("tove"));
    app::AgreementPage& page = h.view->agreementPage();
    child<QPushButton>(page, "newAgreementButton")->click();
    child<QLineEdit>(page, "contactPersonLineEdit")->setText(QStringLiteral("Farmaceut Lise Holm"));
    child<QPushButton>(page, "saveAgreementButton")->click();
    CHECK(child<QLabel>(page, "agreementProblemLabel")->isHidden() == false); // no pharmacy name
    CHECK(services::PharmacyService(h.db()).agreements(h.botilbud()).value().isEmpty());
    child<QLineEdit>(page, "pharmacyNameLineEdit")->setText(QStringLiteral("Apoteket Trøjborg"));
    child<QPushButton>(page, "saveAgreementButton")->click();
    REQUIRE(h.dialogs.warnings.isEmpty());
    const auto agreements = services::PharmacyService(h.db()).agreements(h.botilbud()).value();
    REQUIRE(agreements.size() == 1);
    CHECK(agreements.first().pharmacyName == QStringLiteral("Apoteket Trøjborg"));
    CHECK(agreements.first().visitsPerYear == 2);
}

TEST_CASE("A refresher interval lists the staff who handle medicine and were never trained",
          "[gui][pharmacy]") {
    PharmacyHome h(QStringLiteral("tove"));
    Person anna;
    anna.botilbudId = h.botilbud();
    anna.name = QStringLiteral("Anna Medicin");
    anna.roles = PersonRole::Staff;
    anna.handlesMedicine = true;
    REQUIRE(storage::PersonRepository(h.db()).add(anna).ok());
    h.view->reload();
    app::RefreshersPage& page = h.view->refreshersPage();
    const auto topics = services::CompetenceService(h.db()).topics(h.botilbud()).value();
    REQUIRE_FALSE(topics.isEmpty());
    // Row 0 is the first topic (the reload replaced the spin boxes; old ones wait for deletion).
    REQUIRE(page.intervals().item(0, 0)->text() == topics.first().name);
    auto* spin = qobject_cast<QSpinBox*>(page.intervals().cellWidget(0, 1));
    REQUIRE(spin);
    spin->setValue(24);
    CHECK(page.hasUnsavedChanges());
    child<QPushButton>(page, "saveIntervalsButton")->click();
    REQUIRE(h.dialogs.warnings.isEmpty());
    CHECK(services::CompetenceService(h.db()).topics(h.botilbud()).value().first().refresherMonths == 24);
    QTreeWidget& tree = page.overdueTree();
    REQUIRE(tree.topLevelItemCount() == 1);
    bool listed = false;
    for (int i = 0; i < tree.topLevelItem(0)->childCount(); ++i)
        listed = listed || tree.topLevelItem(0)->child(i)->text(0) == QStringLiteral("Anna Medicin");
    CHECK(listed);
}

TEST_CASE("The figures tab draws compliance per visit once two visits have answers",
          "[gui][pharmacy][charts]") {
    PharmacyHome h(QStringLiteral("tove"));
    const QaChecklist checklist =
        services::PharmacyService(h.db()).currentChecklist(h.botilbud(), true).value();
    app::PharmacyChartsPage& page = h.view->chartsPage();
    for (int v = 0; v < 2; ++v) {
        QaVisit visit;
        visit.botilbudId = h.botilbud();
        visit.visitDate = QDate::currentDate().addDays(-100 + 60 * v);
        visit.auditor = QStringLiteral("Farmaceut");
        visit.checklistId = checklist.id;
        for (int i = 0; i < 4; ++i)
            visit.answers << QaAnswer{
                checklist.items[i].id, i < 2 + v ? QaResult::Compliant : QaResult::NotCompliant, {}};
        REQUIRE(services::QaVisitService(h.db()).saveVisit(visit, QDate::currentDate()).ok());
        page.load(*h.workspace, h.botilbud());
        if (v == 0) CHECK(page.chartView().isHidden()); // one point is no chart
    }
    REQUIRE_FALSE(page.chartView().isHidden());
    const charts::ChartSpec& spec = page.chartView().spec();
    REQUIRE(spec.dates.size() == 2);
    CHECK(spec.timeAxis == charts::TimeAxisKind::Events);
    CHECK(page.areaTable().rowCount() == 2);
    CHECK(page.areaTable().item(0, 1)->text().startsWith(QStringLiteral("75"))); // the newer visit: 3 of 4
}
