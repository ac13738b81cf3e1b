#include "TestValues.h"
#include "domain/CompetenceValidator.h"
#include "domain/MonthlyReportValidator.h"

#include <catch2/catch.hpp>

using namespace medsafe::domain;
using namespace medsafe::domain::test;

TEST_CASE("Competence topic needs a name", "[validation][competence]") {
    CompetenceTopic t{CompetenceTopicId{}, BotilbudId{1}, QString(), QString(), 1, std::nullopt};
    CHECK(hasIssue(CompetenceValidator::validate(t), QStringLiteral("name")));
    t.name = QStringLiteral("Epilepsi");
    CHECK(CompetenceValidator::validate(t).isEmpty());
}

TEST_CASE("Survey round needs a name and a date", "[validation][competence]") {
    SurveyRound r{SurveyRoundId{}, BotilbudId{1}, QString(), QDate()};
    const auto issues = CompetenceValidator::validate(r);
    CHECK(hasIssue(issues, QStringLiteral("name")));
    CHECK(hasIssue(issues, QStringLiteral("date")));
}

TEST_CASE("Competence level is 1-4", "[validation][competence]") {
    CompetenceAnswer a{SurveyRoundId{1}, PersonId{1}, CompetenceTopicId{1}, 4, true};
    CHECK(CompetenceValidator::validate(a).isEmpty());
    a.level = 5;
    CHECK(hasIssue(CompetenceValidator::validate(a), QStringLiteral("level")));
    a.level = 0;
    CHECK(hasIssue(CompetenceValidator::validate(a), QStringLiteral("level")));
}

TEST_CASE("Training needs a course and a past completion date", "[validation][competence]") {
    TrainingRecord t{TrainingRecordId{},
                     PersonId{1},
                     QStringLiteral("Medicinkursus"),
                     TrainingProvider::Pharmacy,
                     QDate(2021, 3, 1),
                     QDate(2023, 3, 1),
                     {},
                     std::nullopt,
                     std::nullopt};
    CHECK(CompetenceValidator::validate(t, kToday).isEmpty());
    t.course.clear();
    CHECK(hasIssue(CompetenceValidator::validate(t, kToday), QStringLiteral("course")));
    t.course = QStringLiteral("x");
    t.completedDate = kToday.addDays(1);
    CHECK(hasIssue(CompetenceValidator::validate(t, kToday), QStringLiteral("completedDate")));
}

TEST_CASE("Refresher is due after completion", "[validation][competence]") {
    TrainingRecord t{TrainingRecordId{},
                     PersonId{1},
                     QStringLiteral("Medicinkursus"),
                     TrainingProvider::Internal,
                     QDate(2021, 3, 1),
                     QDate(2021, 3, 1),
                     {},
                     std::nullopt,
                     std::nullopt};
    CHECK(hasIssue(CompetenceValidator::validate(t, kToday), QStringLiteral("refresherDue")));
}

namespace {

MonthlyReport validReport() {
    MonthlyReport r;
    r.botilbudId = BotilbudId{1};
    r.month = QDate(2021, 4, 1);
    r.selfScore = 3;
    return r;
}

} // namespace

TEST_CASE("A draft report passes", "[validation][report]") {
    CHECK(MonthlyReportValidator::validate(validReport()).isEmpty());
}

TEST_CASE("Report month is the first of a month", "[validation][report]") {
    auto r = validReport();
    r.month = QDate(2021, 4, 2);
    CHECK(hasIssue(MonthlyReportValidator::validate(r), QStringLiteral("month")));
}

TEST_CASE("Self score is 1-5", "[validation][report]") {
    auto r = validReport();
    r.selfScore = 6;
    CHECK(hasIssue(MonthlyReportValidator::validate(r), QStringLiteral("selfScore")));
    r.selfScore.reset();
    CHECK(MonthlyReportValidator::validate(r).isEmpty());
}

TEST_CASE("A sent report has a sent date", "[validation][report]") {
    auto r = validReport();
    r.status = ReportStatus::Sent;
    CHECK(hasIssue(MonthlyReportValidator::validate(r), QStringLiteral("sentDate")));
    r.sentDate = QDate(2021, 5, 3);
    CHECK(MonthlyReportValidator::validate(r).isEmpty());
}

TEST_CASE("Feedback received needs the feedback and its date", "[validation][report]") {
    auto r = validReport();
    r.status = ReportStatus::FeedbackReceived;
    r.sentDate = QDate(2021, 5, 3);
    auto issues = MonthlyReportValidator::validate(r);
    CHECK(hasIssue(issues, QStringLiteral("consultantFeedback")));
    CHECK(hasIssue(issues, QStringLiteral("feedbackDate")));
    r.consultantFeedback = QStringLiteral("Flot arbejde");
    r.feedbackDate = QDate(2021, 5, 1);
    CHECK(hasIssue(MonthlyReportValidator::validate(r), QStringLiteral("feedbackDate")));
    r.feedbackDate = QDate(2021, 5, 10);
    CHECK(MonthlyReportValidator::validate(r).isEmpty());
}
