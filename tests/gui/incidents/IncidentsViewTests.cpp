#include <catch2/catch.hpp>

#include "../FakeDialogService.h"
#include "app/MainWindow.h"
#include "app/incidents/IncidentForm.h"
#include "app/incidents/IncidentsView.h"
#include "domain/IncidentValidator.h"
#include "models/incidents/SafetyCalendarModel.h"
#include "services/incidents/IncidentPareto.h"
#include "storage/BotilbudRepository.h"
#include "storage/Database.h"
#include "storage/IncidentRepository.h"
#include "storage/PersonRepository.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QLineSeries>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QTabWidget>
#include <QTest>

using namespace medsafe;
using namespace medsafe::domain;

namespace {

std::unique_ptr<storage::Database> databaseWithHome(BotilbudId& home) {
    auto db = storage::Database::openInMemory();
    REQUIRE(db.ok());
    Botilbud b;
    b.name = QStringLiteral("Bostedet Test");
    b.municipality = QStringLiteral("Testkommune");
    b.residentCount = 10;
    b.createdDate = QDate::currentDate().addYears(-1);
    auto id = storage::BotilbudRepository(**db).createWithDefaults(b, b.createdDate);
    REQUIRE(id.ok());
    home = *id;
    Person p;
    p.botilbudId = home;
    p.name = QStringLiteral("Mette Sørensen");
    p.roles = PersonRole::Staff;
    REQUIRE(storage::PersonRepository(**db).add(p).ok());
    return std::move(db.value());
}

app::IncidentsView* incidentsView(app::MainWindow& window) {
    auto* view = qobject_cast<app::IncidentsView*>(window.viewWidget(app::ViewId::Incidents));
    REQUIRE(view);
    return view;
}

template <typename T> T* child(QWidget* parent, const char* name) {
    auto* w = parent->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(w);
    return w;
}

void choose(QComboBox* combo, const QString& code) {
    const int index = combo->findData(code);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

} // namespace

TEST_CASE("incidents: an incident registered in the form is in the database and the list", "[gui][incidents]") {
    FakeDialogService dialogs;
    BotilbudId home;
    app::MainWindow window(databaseWithHome(home), dialogs);
    window.resize(1366, 768);
    auto* view = incidentsView(window);
    auto* form = view->form();
    choose(child<QComboBox>(form, "stageComboBox"), QStringLiteral("dispensing"));
    choose(child<QComboBox>(form, "errorTypeComboBox"), QStringLiteral("wrong_dose"));
    choose(child<QComboBox>(form, "actualComboBox"), QStringLiteral("mild"));
    auto* overall = child<QLabel>(form, "overallValueLabel");
    const QString mildText = overall->text();
    choose(child<QComboBox>(form, "possibleComboBox"), QStringLiteral("severe_or_fatal"));
    CHECK(overall->text() != mildText); // live: "serious patient-safety risk" now
    child<QCheckBox>(form, "reachedCheckBox")->setChecked(true);
    child<QCheckBox>(form, "doctorCheckBox")->setChecked(true);
    child<QPlainTextEdit>(form, "descriptionEdit")->setPlainText(QStringLiteral("Dobbeltdosis morgenmedicin."));
    child<QPlainTextEdit>(form, "learningEdit")->setPlainText(QStringLiteral("Dobbeltkontrol indført."));
    CHECK(form->hasUnsavedChanges());
    QTest::mouseClick(child<QPushButton>(form, "saveButton"), Qt::LeftButton);
    CHECK(dialogs.warnings.isEmpty());
    CHECK_FALSE(form->hasUnsavedChanges());

    auto stored = storage::IncidentRepository(window.database()).forBotilbud(home);
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 1);
    const Incident& i = stored->front();
    CHECK(i.stage == ProcessStage::Dispensing);
    CHECK(i.errorType == ErrorType::WrongDose);
    CHECK(i.overallCategory() == OverallCategory::SeriousSafetyRisk);
    CHECK(i.requiredDoctorContact);
    CHECK(i.description == QStringLiteral("Dobbeltdosis morgenmedicin."));
    CHECK(child<QTableView>(view, "incidentTable")->model()->rowCount() == 1);
    CHECK(child<QLabel>(view, "countLabel")->text().startsWith(u"1 "));
}

TEST_CASE("incidents: a CPR number in the description is refused and nothing is written", "[gui][incidents][privacy]") {
    FakeDialogService dialogs;
    BotilbudId home;
    app::MainWindow window(databaseWithHome(home), dialogs);
    auto* form = incidentsView(window)->form();
    child<QPlainTextEdit>(form, "descriptionEdit")->setPlainText(QStringLiteral("Borger 150585-2345 fik forkert pille."));
    auto* message = child<QLabel>(form, "descriptionMessageLabel");
    CHECK(message->text() == IncidentValidator::cprMessage()); // shown while typing, next to the field
    CHECK(message->styleSheet().contains(u"#b71c1c"));          // red
    CHECK_FALSE(form->saveChanges());
    CHECK(*storage::IncidentRepository(window.database()).count(home) == 0);
}

TEST_CASE("incidents: a staff name warns in amber and saves only after confirmation", "[gui][incidents][privacy]") {
    FakeDialogService dialogs;
    BotilbudId home;
    app::MainWindow window(databaseWithHome(home), dialogs);
    auto* form = incidentsView(window)->form();
    child<QPlainTextEdit>(form, "descriptionEdit")->setPlainText(QStringLiteral("Mette glemte aftenmedicinen."));
    auto* message = child<QLabel>(form, "descriptionMessageLabel");
    CHECK(message->text().contains(u"Mette Sørensen"));
    CHECK(message->styleSheet().contains(u"#fff3cd")); // amber
    dialogs.nextQuestionAnswer = false;
    CHECK_FALSE(form->saveChanges());
    CHECK(*storage::IncidentRepository(window.database()).count(home) == 0);
    dialogs.nextQuestionAnswer = true;
    CHECK(form->saveChanges());
    CHECK(*storage::IncidentRepository(window.database()).count(home) == 1);
}

TEST_CASE("incidents: the safety calendar colours a known day", "[gui][incidents]") {
    FakeDialogService dialogs;
    BotilbudId home;
    auto db = databaseWithHome(home);
    const QDate harmDay = QDate::currentDate().addDays(-3);
    Incident i;
    i.botilbudId = home;
    i.occurredDate = harmDay;
    i.reportedDate = harmDay;
    i.actualConsequence = ActualConsequence::Severe;
    i.description = QStringLiteral("Forkert præparat givet.");
    REQUIRE(storage::IncidentRepository(*db).add(i).ok());
    app::MainWindow window(std::move(db), dialogs);
    auto* view = incidentsView(window);
    auto* grid = child<QTableView>(view, "calendarTable");
    auto* model = qobject_cast<models::SafetyCalendarModel*>(grid->model());
    REQUIRE(model);
    auto* page = grid->parentWidget();
    REQUIRE(page);
    model->setMonth(harmDay);
    const QModelIndex index = model->indexOf(harmDay);
    REQUIRE(index.isValid());
    CHECK(index.data(Qt::BackgroundRole).value<QColor>() ==
          models::SafetyCalendarModel::colour(models::SafetyCalendarModel::DayKind::ErrorWithHarm));
    CHECK(child<QLabel>(view, "daysSinceLabel")->text().contains(u"3"));
}

TEST_CASE("incidents: the Analyse tab draws a Pareto by the chosen field and the serious-incident CUSUM",
          "[gui][incidents][pareto][cusum]") {
    FakeDialogService dialogs;
    BotilbudId home;
    auto db = databaseWithHome(home);
    // 24 incidents a week apart, every fourth serious; stages in turn, some at night.
    QList<Incident> list;
    for (int k = 0; k < 24; ++k) {
        Incident i;
        i.botilbudId = home;
        i.occurredDate = QDate::currentDate().addDays(-7 * (24 - k));
        i.reportedDate = i.occurredDate;
        i.stage = k % 3 == 0 ? ProcessStage::Dispensing : ProcessStage::Administration;
        i.actualConsequence = k % 4 == 3 ? ActualConsequence::Severe : ActualConsequence::NoneOrUnknown;
        if (k % 2 == 0) i.occurredTime = QTime(2, 15);
        i.description = QStringLiteral("Dosis givet for sent.");
        list << i;
    }
    REQUIRE(storage::IncidentRepository(*db).addMany(list).ok());
    app::MainWindow window(std::move(db), dialogs);
    auto* view = incidentsView(window);

    auto* left = child<QChartView>(view, "stageParetoChartView");
    auto barCount = [](QChartView* chart) {
        for (auto* series : chart->chart()->series())
            if (auto* bars = qobject_cast<QBarSeries*>(series)) return qsizetype(bars->barSets().first()->count());
        return qsizetype(-1);
    };
    CHECK(barCount(left) == 2); // dispensing, administration
    auto* field = child<QComboBox>(view, "stageParetoChartViewField");
    choose(field, QStringLiteral("shift"));
    CHECK(barCount(left) == 2); // night, not stated
    CHECK(left->chart()->title().contains(services::IncidentPareto::fieldLabel(services::IncidentField::Shift).toLower()));
    CHECK(left->toolTip().contains(QStringLiteral(": 12")));
    choose(field, QStringLiteral("overall_category"));
    CHECK(barCount(left) == 2);

    auto* cusum = child<QChartView>(view, "seriousCusumChartView");
    CHECK_FALSE(cusum->isHidden());
    qsizetype cases = 0;
    for (auto* series : cusum->chart()->series())
        if (auto* line = qobject_cast<QLineSeries*>(series); line && line->count() > 2) cases = line->count();
    CHECK(cases == 24);
    CHECK(child<QLabel>(view, "seriousCusumText")->text().contains(QStringLiteral("6")));
}

TEST_CASE("incidents: without serious incidents the CUSUM says so instead of drawing", "[gui][incidents][cusum]") {
    FakeDialogService dialogs;
    BotilbudId home;
    auto db = databaseWithHome(home);
    Incident i;
    i.botilbudId = home;
    i.occurredDate = QDate::currentDate().addDays(-2);
    i.reportedDate = i.occurredDate;
    i.description = QStringLiteral("Glemt aftenmedicin.");
    REQUIRE(storage::IncidentRepository(*db).add(i).ok());
    app::MainWindow window(std::move(db), dialogs);
    auto* view = incidentsView(window);
    CHECK(child<QChartView>(view, "seriousCusumChartView")->isHidden());
    CHECK_FALSE(child<QLabel>(view, "seriousCusumText")->text().isEmpty());
}

// Not run by default: `gui_tests "[.screenshots]"` with MEDSAFE_DEMO_DB (a demo database) and
// MEDSAFE_SHOT_DIR set saves each tab of the view at 1366×768, for a person to look at.
TEST_CASE("incidents: screenshots of every tab", "[.screenshots]") {
    const QString dbPath = qEnvironmentVariable("MEDSAFE_DEMO_DB");
    const QString outDir = qEnvironmentVariable("MEDSAFE_SHOT_DIR");
    REQUIRE_FALSE(dbPath.isEmpty());
    REQUIRE_FALSE(outDir.isEmpty());
    auto db = storage::Database::open(dbPath);
    REQUIRE(db.ok());
    FakeDialogService dialogs;
    app::MainWindow window(std::move(db.value()), dialogs);
    window.resize(1366, 768);
    window.show();
    window.showView(app::ViewId::Incidents);
    auto* tabs = child<QTabWidget>(incidentsView(window), "incidentTabWidget");
    const QStringList names{"list", "form", "calendar", "analysis"};
    for (int t = 0; t < tabs->count(); ++t) {
        tabs->setCurrentIndex(t);
        if (t == 1) {
            auto* form = incidentsView(window)->form();
            child<QPlainTextEdit>(form, "descriptionEdit")->setPlainText(QStringLiteral("Borger 150585-2345 fik aftenmedicin to gange."));
            child<QPlainTextEdit>(form, "learningEdit")->setPlainText(QStringLiteral("Mette og Jonas aftaler dobbeltkontrol."));
        }
        QTest::qWait(200);
        REQUIRE(window.grab().save(outDir + QStringLiteral("/incidents-%1.png").arg(names.value(t))));
    }
    // The analysis tab scrolled down to the serious-incident CUSUM.
    tabs->setCurrentIndex(3);
    auto* scroll = tabs->currentWidget()->findChild<QScrollArea*>();
    REQUIRE(scroll);
    QTest::qWait(100);
    scroll->verticalScrollBar()->setValue(child<QChartView>(tabs, "seriousCusumChartView")->y() - 10);
    QTest::qWait(200);
    REQUIRE(window.grab().save(outDir + QStringLiteral("/incidents-analysis-cusum.png")));
}
