#include "../../common/ScratchDatabase.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoStartupBuilder.h"
#include "demo/DemoWriter.h"
#include "services/programme/NextStepsService.h"
#include "services/startup/DelegationService.h"
#include "services/startup/GuidelineService.h"
#include "services/startup/StartupChecklist.h"
#include "services/startup/WorkflowService.h"
#include "storage/BotilbudRepository.h"

#include <catch2/catch.hpp>

using namespace medsafe;
using namespace medsafe::domain;

namespace {

struct StartupDemo {
    std::unique_ptr<storage::Database> db;
    BotilbudId home;
};

StartupDemo demoAsOf(const QDate& asOf) {
    demo::DemoOptions options;
    options.asOf = asOf;
    auto opened = testing::openScratchDatabase();
    REQUIRE(opened.ok());
    StartupDemo t{std::move(opened).value(), {}};
    REQUIRE(demo::DemoWriter::write(demo::DemoGenerator(options).generate(), *t.db).ok());
    const auto added = demo::DemoStartupBuilder::add(*t.db, asOf);
    INFO((added.ok() ? QString() : added.error().message).toStdString());
    REQUIRE(added.ok());
    t.home = storage::BotilbudRepository(*t.db).all().value().first().id;
    return t;
}

} // namespace

TEST_CASE("The demo in progress has the before analysis, guidelines and delegations to warn about",
          "[startup][demo]") {
    const QDate asOf(2026, 12, 6);
    StartupDemo t = demoAsOf(asOf);
    const services::WorkflowService workflow(*t.db);
    const auto analyses = workflow.analyses(t.home).value();
    REQUIRE(analyses.size() == 1); // in its 14th month: phase 3 has not begun
    CHECK(analyses.first().kind == AnalysisKind::Before);
    CHECK(analyses.first().defaultStepsDescribed());
    const auto findings = workflow.findings(t.home).value();
    CHECK(findings.size() == 5);
    CHECK(std::count_if(findings.cbegin(), findings.cend(),
                        [](const WorkflowFinding& f) { return f.changeIdeaId.has_value(); }) == 1);
    const auto comparison = workflow.compare(t.home).value();
    CHECK(comparison.hasBefore());
    CHECK_FALSE(comparison.hasAfter());

    const auto guidelines = services::GuidelineService(*t.db).guidelines(t.home).value();
    CHECK(guidelines.size() == 8);
    CHECK(services::GuidelineService(*t.db).overdue(t.home, asOf).value().size() == 2);
    for (const Guideline& g : guidelines)
        CHECK(services::GuidelineService::check(g, asOf).isEmpty());

    const services::DelegationService delegations(*t.db);
    const auto registered = delegations.delegations(t.home).value();
    for (const Delegation& d : registered) {
        const auto issues = services::DelegationService::check(d);
        CHECK(issues.isEmpty());
    }
    const auto soon = delegations.expiringSoon(t.home, asOf).value();
    CHECK(soon.size() == 2);
    CHECK(delegations.expiredUnrenewed(t.home, asOf).value().size() == 1);

    const auto rows = services::StartupChecklist(*t.db).rows(t.home, asOf).value();
    CHECK(rows[0].item.isDone());
    CHECK(rows[1].item.isDone());
    const auto steps = services::NextStepsService(*t.db).forBotilbud(t.home, asOf).value();
    CHECK(std::count_if(steps.cbegin(), steps.cend(), [](const services::NextStep& s) {
              return s.place == services::NextStepPlace::StartupDelegations;
          }) == 2);
    CHECK(std::count_if(steps.cbegin(), steps.cend(), [](const services::NextStep& s) {
              return s.place == services::NextStepPlace::StartupGuidelines;
          }) == 1);
}

TEST_CASE("The finished demo has the after analysis too", "[startup][demo]") {
    StartupDemo t = demoAsOf({});
    const auto comparison = services::WorkflowService(*t.db).compare(t.home).value();
    CHECK(comparison.hasBefore());
    CHECK(comparison.hasAfter());
    REQUIRE(comparison.stages.size() == 8);
    CHECK(comparison.stages[4].beforeRisk == RiskLevel::High);
    CHECK(comparison.stages[4].afterRisk == RiskLevel::Low);
}
