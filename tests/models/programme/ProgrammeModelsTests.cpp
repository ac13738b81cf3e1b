#include <catch2/catch.hpp>

#include "models/programme/CompetenceMatrixModel.h"
#include "models/programme/ProgrammeEventModel.h"
#include "models/programme/TrainingRecordModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace medsafe;

namespace {

domain::Person person(qint64 id, const char* name) {
    domain::Person p;
    p.id = domain::PersonId{id};
    p.name = QString::fromUtf8(name);
    return p;
}

} // namespace

TEST_CASE("programme events: table, kind with number, tester passes", "[models][programme]") {
    models::ProgrammeEventModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    domain::ProgrammeEvent event;
    event.id = domain::ProgrammeEventId{5};
    event.kind = domain::EventKind::LearningSession;
    event.number = 3;
    event.date = QDate(2024, 3, 4);
    event.title = QStringLiteral("Læringstræf om dobbeltkontrol");
    event.participants = {domain::PersonId{1}, domain::PersonId{2}};
    model.setEvents({event}, {{1, QStringLiteral("Anna")}, {2, QStringLiteral("Bo")}});
    REQUIRE(model.rowCount() == 1);
    CHECK(model.data(model.index(0, models::ProgrammeEventModel::KindColumn)).toString().endsWith(u" 3"));
    CHECK(model.data(model.index(0, models::ProgrammeEventModel::ParticipantsColumn)).toInt() == 2);
    CHECK(model.data(model.index(0, models::ProgrammeEventModel::ParticipantsColumn), Qt::ToolTipRole)
              .toString()
              .contains(u"Bo"));
    CHECK(model.rowOf(domain::ProgrammeEventId{5}) == 0);
}

TEST_CASE("training log: overdue relative to today", "[models][programme]") {
    models::TrainingRecordModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    domain::TrainingRecord overdue{domain::TrainingRecordId{1}, domain::PersonId{1}, QStringLiteral("Medicinhåndtering"),
                                   domain::TrainingProvider::Pharmacy, QDate(2022, 1, 10), QDate(2024, 1, 10), {}};
    domain::TrainingRecord fine = overdue;
    fine.id = domain::TrainingRecordId{2};
    fine.refresherDue = QDate(2025, 6, 1);
    domain::TrainingRecord none = overdue;
    none.id = domain::TrainingRecordId{3};
    none.refresherDue = {};
    model.setRecords({overdue, fine, none}, {{1, QStringLiteral("Anna")}}, QDate(2024, 5, 1));
    CHECK(model.data(model.index(0, 0), models::TrainingRecordModel::OverdueRole).toBool());
    CHECK_FALSE(model.data(model.index(1, 0), models::TrainingRecordModel::OverdueRole).toBool());
    CHECK_FALSE(model.data(model.index(2, 0), models::TrainingRecordModel::OverdueRole).toBool());
    CHECK_FALSE(model.data(model.index(0, models::TrainingRecordModel::StatusColumn)).toString().isEmpty());
    CHECK(model.data(model.index(1, models::TrainingRecordModel::StatusColumn)).toString().isEmpty());
    CHECK(model.data(model.index(0, 0)).toString() == QStringLiteral("Anna"));
}

TEST_CASE("competence matrix: levels, gaps, comparison, edits", "[models][programme]") {
    models::CompetenceMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QList<domain::Person> staff{person(1, "Anna"), person(2, "Bo"), person(3, "Cecilie")};
    const QList<domain::CompetenceTopic> topics{{domain::CompetenceTopicId{7}, {}, {}, QStringLiteral("Sygdomme"), 0},
                                                {domain::CompetenceTopicId{8}, {}, {}, QStringLiteral("Delegering"), 1}};
    const domain::SurveyRoundId start{1};
    const domain::SurveyRoundId later{2};
    const QList<domain::CompetenceAnswer> first{{start, staff[0].id, topics[0].id, 1, true},
                                                {start, staff[1].id, topics[0].id, 2, false},
                                                {start, staff[2].id, topics[0].id, 4, false}};
    QList<domain::CompetenceAnswer> second = first;
    for (auto& a : second) a.roundId = later;
    second[0].level = 3;
    model.setSurvey(staff, topics, later, second);
    REQUIRE(model.rowCount() == 3 + models::CompetenceMatrixModel::kSummaryRows);
    CHECK(model.data(model.index(0, 0), models::CompetenceMatrixModel::NeedRole).toBool());
    CHECK(model.data(model.index(0, 0)).toString().startsWith(u"3"));
    CHECK(model.gapCount(0) == std::pair{1, 3});
    CHECK(model.data(model.index(4, 0)).toString().contains(u"1"));
    CHECK(model.data(model.index(0, 1)).toString() == QStringLiteral("–"));

    model.setComparison(first);
    CHECK(model.isComparing());
    CHECK(model.data(model.index(0, 0)).toString() == QStringLiteral("1 → 3 ↑"));
    CHECK_FALSE(model.flags(model.index(0, 0)).testFlag(Qt::ItemIsEditable));
    CHECK(model.average(0, true).value() == Approx(7.0 / 3));

    model.setComparison(std::nullopt);
    QSignalSpy edited(&model, &models::CompetenceMatrixModel::answerEdited);
    REQUIRE(model.setData(model.index(1, 1), 2));
    REQUIRE(edited.size() == 1);
    const auto answer = edited.first().first().value<domain::CompetenceAnswer>();
    CHECK(answer.level == 2);
    CHECK(answer.topicId == topics[1].id);
    CHECK_FALSE(model.setData(model.index(1, 1), 5));
    CHECK(model.gapCount(1) == std::pair{1, 1});
}
