// Apotek as a tovholder uses it (issue 15, "how it will be checked"): a visit with three items
// not complied with makes three findings; one becomes a change idea, one is closed, the open
// ones past their deadline show on Oversigt; a question and its answer are logged, and one
// naming a resident is refused with nothing saved.
#include "../FakeDialogService.h"
#include "../access/AccessTestHome.h"
#include "app/MainWindow.h"
#include "app/pharmacy/ChecklistGrid.h"
#include "app/pharmacy/FindingsPage.h"
#include "app/pharmacy/PharmacyView.h"
#include "app/pharmacy/QuestionsPage.h"
#include "app/pharmacy/VisitsPage.h"
#include "report/MonthlyReportComposer.h"
#include "services/improvement/ImprovementService.h"
#include "services/pharmacy/PharmacyService.h"
#include "services/pharmacy/QaVisitService.h"
#include "services/report/ReportContentCollector.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

#ifdef MEDSAFE_PDFTOTEXT
#include "../../report/PdfText.h"
#endif

using namespace medsafe;
using namespace medsafe::domain;

namespace {

template <typename T> T* child(QWidget& parent, const char* name) {
    auto* found = parent.findChild<T*>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(found);
    return found;
}

void choose(QComboBox* box, const QString& text) {
    const int index = box->findText(text);
    INFO(text.toStdString());
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
}

} // namespace

TEST_CASE("A tovholder records a visit, follows up its findings, and logs a question", "[gui][pharmacy]") {
    FakeDialogService dialogs;
    auto home = AccessTestHome::create();
    home.signIn(QStringLiteral("tove"));
    storage::Database* db = home.data.db.get();
    const BotilbudId botilbud = home.data.botilbud;
    const QDate today = QDate::currentDate();

    app::MainWindow window(std::move(home.data.db), dialogs);
    window.resize(1366, 768);
    window.show();
    window.showView(app::ViewId::Pharmacy);
    QCoreApplication::processEvents();
    auto* view = qobject_cast<app::PharmacyView*>(window.viewWidget(app::ViewId::Pharmacy));
    REQUIRE(view);

    // A visit 40 days ago: three items not complied with, the rest complied with.
    app::VisitsPage& visits = view->visitsPage();
    child<QPushButton>(visits, "newVisitButton")->click();
    child<QDateEdit>(visits, "visitDateEdit")->setDate(today.addDays(-40));
    child<QLineEdit>(visits, "auditorLineEdit")->setText(QStringLiteral("Farmaceut Lise Holm"));
    const QaChecklist checklist = services::PharmacyService(*db).currentChecklist(botilbud).value();
    REQUIRE(checklist.id.isValid()); // "New visit" made the shipped checklist the botilbud's version 1
    REQUIRE(checklist.items.size() >= 8);
    for (int i = 0; i < checklist.items.size(); ++i) {
        QComboBox* answer = visits.grid().answerBox(checklist.items[i].id);
        REQUIRE(answer);
        choose(answer,
               (i == 1 || i == 4 || i == 7) ? QStringLiteral("Ikke overholdt") : QStringLiteral("Overholdt"));
    }
    visits.grid().noteEdit(checklist.items[1].id)->setText(QStringLiteral("Ingen temperaturlog i oktober"));
    CHECK(child<QLabel>(visits, "complianceLabel")->text().contains(QStringLiteral("3 ikke overholdt")));
    child<QPushButton>(visits, "saveVisitButton")->click();
    REQUIRE(dialogs.warnings.isEmpty());
    REQUIRE(dialogs.informations.size() == 1);
    CHECK(dialogs.informations.first().contains(QStringLiteral("3")));
    REQUIRE(services::QaVisitService(*db).visits(botilbud).value().size() == 1);

    // Three findings, all past their 30-day deadline.
    auto* tabs = child<QTabWidget>(*view, "pharmacyTabWidget");
    app::FindingsPage& findings = view->findingsPage();
    tabs->setCurrentWidget(&findings);
    auto rows = services::QaVisitService(*db).findings(botilbud).value();
    REQUIRE(rows.size() == 3);
    CHECK(findings.overdueCount() == 3);
    CHECK(child<QLabel>(findings, "findingsCountLabel")->text().contains(QStringLiteral("3 over fristen")));
    CHECK(child<QTableView>(findings, "findingTable")->model()->rowCount() == 3);

    // The first becomes a change idea under the secondary driver.
    REQUIRE(findings.selectFinding(rows[0].finding.id));
    choose(child<QComboBox>(findings, "ideaDriverComboBox"), QStringLiteral("Dobbeltkontrol og ro"));
    child<QPushButton>(findings, "makeChangeIdeaButton")->click();
    REQUIRE(dialogs.warnings.isEmpty());
    const auto ideas = services::ImprovementService(*db).changeIdeas(botilbud).value();
    REQUIRE(ideas.size() == 2);
    const ChangeIdea& made = ideas.last();
    CHECK(made.title == checklist.items[1].text);
    rows = services::QaVisitService(*db).findings(botilbud).value();
    CHECK(rows[0].finding.changeIdeaId == made.id);
    CHECK(child<QLabel>(findings, "changeIdeaLabel")->text().contains(made.title));
    CHECK_FALSE(child<QPushButton>(findings, "makeChangeIdeaButton")->isEnabled()); // once

    // The second is closed: closing without an action is refused, with one it is saved.
    REQUIRE(findings.selectFinding(rows[1].finding.id));
    choose(child<QComboBox>(findings, "statusComboBox"), QStringLiteral("Lukket"));
    child<QPushButton>(findings, "saveFindingButton")->click();
    CHECK(child<QLabel>(findings, "findingProblemLabel")->isHidden() == false);
    CHECK(services::QaVisitService(*db).findings(botilbud).value()[1].finding.status == FindingStatus::Open);
    child<QLineEdit>(findings, "actionLineEdit")->setText(QStringLiteral("Termometer med log i køleskabet"));
    choose(child<QComboBox>(findings, "responsibleComboBox"), QStringLiteral("Mette Testesen"));
    child<QDateEdit>(findings, "closedOnDateEdit")->setDate(today.addDays(-3));
    child<QPushButton>(findings, "saveFindingButton")->click();
    REQUIRE(dialogs.warnings.isEmpty());
    rows = services::QaVisitService(*db).findings(botilbud).value();
    CHECK(rows[1].finding.status == FindingStatus::Closed);
    CHECK(rows[1].finding.closedOn == today.addDays(-3));
    CHECK(rows[1].finding.action == QStringLiteral("Termometer med log i køleskabet"));
    CHECK(findings.overdueCount() == 2);
    CHECK(child<QTableView>(findings, "findingTable")->model()->rowCount() == 2); // closed ones hidden
    child<QCheckBox>(findings, "showClosedCheckBox")->setChecked(true);
    CHECK(child<QTableView>(findings, "findingTable")->model()->rowCount() == 3);

    // Oversigt names the two overdue actions, and its link opens the findings.
    window.showView(app::ViewId::Overview);
    QCoreApplication::processEvents();
    auto* steps =
        window.viewWidget(app::ViewId::Overview)->findChild<QListWidget*>(QStringLiteral("nextStepsList"));
    REQUIRE(steps);
    QListWidgetItem* overdue = nullptr;
    for (int i = 0; i < steps->count(); ++i)
        if (steps->item(i)->text().contains(QStringLiteral("apotekets kvalitetssikring")))
            overdue = steps->item(i);
    REQUIRE(overdue);
    CHECK(overdue->text().startsWith(QStringLiteral("2 ")));
    emit steps->itemActivated(overdue);
    CHECK(window.currentView() == app::ViewId::Pharmacy);
    CHECK(tabs->currentWidget() == &findings);

    // A question naming a resident is refused and nothing is saved; written properly it is.
    app::QuestionsPage& questions = view->questionsPage();
    tabs->setCurrentWidget(&questions);
    child<QPushButton>(questions, "newQuestionButton")->click();
    child<QPlainTextEdit>(questions, "questionTextEdit")
        ->setPlainText(QStringLiteral("Må beboeren Hans få Furix knust?"));
    child<QPushButton>(questions, "saveQuestionButton")->click();
    CHECK(child<QLabel>(questions, "questionProblemLabel")->isHidden() == false);
    CHECK(services::PharmacyService(*db).questions(botilbud).value().isEmpty());
    choose(child<QComboBox>(questions, "categoryComboBox"), QStringLiteral("Knusning/deling"));
    child<QPlainTextEdit>(questions, "questionTextEdit")->setPlainText(QStringLiteral("Må Furix knuses?"));
    child<QCheckBox>(questions, "answeredCheckBox")->setChecked(true);
    child<QPlainTextEdit>(questions, "answerTextEdit")
        ->setPlainText(QStringLiteral("Ja, og opslæmmes i vand."));
    child<QCheckBox>(questions, "goodToKnowCheckBox")->setChecked(true);
    child<QPushButton>(questions, "saveQuestionButton")->click();
    REQUIRE(dialogs.warnings.isEmpty());
    const auto logged = services::PharmacyService(*db).questions(botilbud).value();
    REQUIRE(logged.size() == 1);
    CHECK(logged.first().category == QuestionCategory::CrushingSplitting);
    CHECK(logged.first().answeredOn == today);
    CHECK(logged.first().goodToKnow);
    CHECK(logged.first().askedBy == db->session().person); // the one signed in asked

    // The search finds it by a word of the answer, and not by a word that is nowhere.
    auto* search = child<QLineEdit>(questions, "questionSearchLineEdit");
    search->setText(QStringLiteral("vand"));
    CHECK(questions.shownCount() == 1);
    search->setText(QStringLiteral("insulin"));
    CHECK(questions.shownCount() == 0);

#ifdef MEDSAFE_PDFTOTEXT
    // All of it is in this month's report to PS!, read back from the PDF.
    auto content = services::ReportContentCollector(*db).collectForSharing(
        botilbud, QDate(today.year(), today.month(), 1));
    REQUIRE(content.ok());
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    QString error;
    REQUIRE(report::MonthlyReportComposer::writePdf(*content, pdf, &error));
    const QString text = collapsed(pdfText(pdf));
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Apotekets arbejde")));
    CHECK(text.contains(
        QStringLiteral("Seneste besøg: %1")
            .arg(QLocale(QLocale::Danish).toString(today.addDays(-40), QStringLiteral("d. MMM yyyy")))));
    CHECK(text.contains(QStringLiteral("2 åbne fund ved månedens udgang, 2 over fristen.")));
    CHECK(text.contains(QStringLiteral("Knusning/deling 1 1")));
    CHECK_FALSE(text.contains(QStringLiteral("Termometer med log"))); // actions stay in the botilbud
    CHECK_FALSE(text.contains(QStringLiteral("Furix")));              // and so do the questions
#endif
}
