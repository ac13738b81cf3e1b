#include <catch2/catch.hpp>

#include "../FakeDialogService.h"
#include "app/MainWindow.h"
#include "app/programme/CompetencePage.h"
#include "app/programme/ProgrammeView.h"
#include "models/programme/CompetenceMatrixModel.h"
#include "models/programme/TrainingRecordModel.h"
#include "storage/BotilbudRepository.h"
#include "storage/CompetenceRepository.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/ProgrammeRepository.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace medsafe;

namespace {

struct Fixture {
    FakeDialogService dialogs;
    std::unique_ptr<app::MainWindow> window;
    app::ProgrammeView* view = nullptr;
    domain::BotilbudId botilbud;
    QList<domain::PersonId> people;

    Fixture() {
        auto db = storage::Database::openInMemory();
        REQUIRE(db.ok());
        domain::Botilbud b;
        b.name = QStringLiteral("Bostedet Test");
        b.residentCount = 12;
        b.createdDate = QDate::currentDate().addMonths(-8);
        auto id = storage::BotilbudRepository(*db.value()).createWithDefaults(b, b.createdDate);
        REQUIRE(id.ok());
        botilbud = id.value();
        QList<domain::Person> staff;
        for (const char* name : {"Anna Holm", "Bo Madsen", "Cecilie Juhl"}) {
            domain::Person p;
            p.botilbudId = botilbud;
            p.name = QString::fromUtf8(name);
            p.roles = domain::PersonRole::Staff;
            p.handlesMedicine = true;
            staff << p;
        }
        auto ids = storage::PersonRepository(*db.value()).addMany(staff);
        REQUIRE(ids.ok());
        people = ids.value();
        seed(*db.value());
        window = std::make_unique<app::MainWindow>(std::move(db.value()), dialogs);
        window->resize(1366, 768);
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        window->showView(app::ViewId::Programme);
        view = qobject_cast<app::ProgrammeView*>(window->viewWidget(app::ViewId::Programme));
        REQUIRE(view);
    }

    void seed(storage::Database& db) {
        storage::CompetenceRepository repo(db);
        const QDate today = QDate::currentDate();
        REQUIRE(repo.addTraining({{}, people[0], QStringLiteral("Medicinhåndtering"), domain::TrainingProvider::Pharmacy,
                                  today.addYears(-2), today.addDays(-10), {}, std::nullopt, std::nullopt})
                    .ok());
        REQUIRE(repo.addTraining({{}, people[1], QStringLiteral("Patientsikkerhed"), domain::TrainingProvider::PatientSafety,
                                  today.addMonths(-3), today.addYears(1), {}, std::nullopt, std::nullopt})
                    .ok());
        auto topics = repo.topics(botilbud);
        REQUIRE(topics.ok());
        REQUIRE(topics->size() >= 2);
        auto start = repo.addRound({{}, botilbud, QStringLiteral("Start"), today.addMonths(-7)});
        auto later = repo.addRound({{}, botilbud, QStringLiteral("Efter et år"), today.addDays(-5)});
        REQUIRE((start.ok() && later.ok()));
        QList<domain::CompetenceAnswer> answers;
        for (int p = 0; p < people.size(); ++p) {
            answers << domain::CompetenceAnswer{start.value(), people[p], topics->at(0).id, 1 + p, p == 0};
            answers << domain::CompetenceAnswer{later.value(), people[p], topics->at(0).id, std::min(4, 2 + p), false};
        }
        REQUIRE(repo.saveAnswers(answers).ok());
    }

    QTabWidget* tabs() const { return view->findChild<QTabWidget*>(QStringLiteral("programmeTabWidget")); }
    template <typename T> T* child(const char* name) const {
        auto* widget = view->findChild<T*>(QString::fromLatin1(name));
        REQUIRE(widget);
        return widget;
    }
};

} // namespace

TEST_CASE("forløb: a new læringstræf with participants is saved", "[gui][programme]") {
    Fixture f;
    f.tabs()->setCurrentIndex(0);
    QTest::keyClick(f.child<QTableView>("eventTable"), Qt::Key_N, Qt::ControlModifier);
    QTest::keyClicks(f.child<QLineEdit>("titleLineEdit"), QStringLiteral("Læringstræf om dobbeltkontrol"));
    auto* participants = f.child<QListWidget>("participantList");
    REQUIRE(participants->count() == 3);
    participants->item(1)->setCheckState(Qt::Checked);
    CHECK(f.view->hasUnsavedChanges());
    QTest::keyClick(f.child<QLineEdit>("titleLineEdit"), Qt::Key_S, Qt::ControlModifier);

    auto events = storage::ProgrammeRepository(f.window->database()).events(f.botilbud);
    REQUIRE(events.ok());
    REQUIRE(events->size() == 1);
    CHECK(events->first().title == QStringLiteral("Læringstræf om dobbeltkontrol"));
    CHECK(events->first().kind == domain::EventKind::LearningSession);
    CHECK(events->first().number == 1);
    CHECK(events->first().participants == QList<domain::PersonId>{f.people[1]});
    CHECK_FALSE(f.view->hasUnsavedChanges());
    CHECK(f.child<QLabel>("eventCountLabel")->text().startsWith(u"1 "));
}

TEST_CASE("forløb: an event without a title is refused next to the field", "[gui][programme]") {
    Fixture f;
    f.tabs()->setCurrentIndex(0);
    f.child<QPushButton>("newEventButton")->click();
    f.child<QCheckBox>("doneCheckBox")->setChecked(true);
    f.child<QPushButton>("saveEventButton")->click();
    auto* error = f.child<QLabel>("titleErrorLabel");
    CHECK(error->isVisibleTo(f.view));
    CHECK_FALSE(error->text().isEmpty());
    auto events = storage::ProgrammeRepository(f.window->database()).events(f.botilbud);
    REQUIRE(events.ok());
    CHECK(events->isEmpty());
}

TEST_CASE("undervisning: overdue refreshers are marked and can be filtered", "[gui][programme]") {
    Fixture f;
    f.tabs()->setCurrentIndex(2);
    auto* table = f.child<QTableView>("trainingTable");
    REQUIRE(table->model()->rowCount() == 2);
    const QModelIndex first = table->model()->index(0, models::TrainingRecordModel::StatusColumn);
    CHECK(first.data(models::TrainingRecordModel::OverdueRole).toBool()); // sorted by due date
    CHECK_FALSE(first.data().toString().isEmpty());
    f.child<QCheckBox>("overdueOnlyCheckBox")->setChecked(true);
    CHECK(table->model()->rowCount() == 1);
    CHECK(f.child<QLabel>("trainingCountLabel")->text().startsWith(u"1 "));
}

TEST_CASE("kompetenceafdækning: matrix, gaps, comparison and an edited answer", "[gui][programme]") {
    Fixture f;
    f.tabs()->setCurrentIndex(1);
    auto& model = f.view->competencePage().model();
    REQUIRE(model.staffCount() == 3);
    CHECK(model.gapCount(0) == std::pair{1, 3}); // the later round: levels 2, 3, 4
    CHECK_FALSE(f.child<QLabel>("gapSummaryLabel")->text().isEmpty());

    f.child<QCheckBox>("compareCheckBox")->setChecked(true);
    CHECK(model.isComparing());
    CHECK(model.index(0, 0).data().toString() == QStringLiteral("1 → 2 ↑"));
    f.child<QCheckBox>("compareCheckBox")->setChecked(false);

    REQUIRE(model.setData(model.index(0, 1), 3));
    auto rounds = storage::CompetenceRepository(f.window->database()).rounds(f.botilbud);
    REQUIRE(rounds.ok());
    domain::SurveyRoundId later;
    for (const auto& round : rounds.value())
        if (round.name == QStringLiteral("Efter et år")) later = round.id;
    auto answers = storage::CompetenceRepository(f.window->database()).answers(later);
    REQUIRE(answers.ok());
    CHECK(answers->size() == 4);
}
