#include "demo/DemoGenerator.h"
#include "demo/DemoReceivedPackages.h"
#include "demo/DemoWriter.h"
#include "services/consultant/ConsultantOverviewService.h"
#include "storage/BotilbudRepository.h"
#include "storage/Database.h"
#include "storage/MonthlyReportRepository.h"
#include "storage/ReceivedPackageRepository.h"

#include <QSet>
#include <catch2/catch.hpp>

using namespace medsafe;

TEST_CASE("The demo's received botilbud arrive through data packages, with PS!'s feedback", "[demo][packages]") {
    auto db = storage::Database::openInMemory();
    REQUIRE(db.ok());
    REQUIRE(demo::DemoWriter::write(demo::DemoGenerator(demo::DemoOptions{}).generate(), **db).ok());
    auto before = storage::BotilbudRepository(**db).all();
    REQUIRE(before.ok());
    REQUIRE(before->size() == 1);
    const domain::Botilbud local = before->first();

    REQUIRE(demo::DemoReceivedPackages::add(**db, 3, 12).ok());

    auto all = storage::BotilbudRepository(**db).all();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 4);
    QSet<QString> names;
    int received = 0;
    for (const domain::Botilbud& b : all.value()) {
        names.insert(b.name);
        if (b.id == local.id) {
            CHECK(b == local); // the tovholder's own botilbud is untouched
            continue;
        }
        ++received;
        CHECK(b.origin == domain::BotilbudOrigin::Package);
        auto months = storage::ReceivedPackageRepository(**db).monthsOf(b.id);
        REQUIRE(months.ok());
        CHECK(months->size() == 11); // the last 12 reports, the newest still a draft at home
        auto reports = storage::MonthlyReportRepository(**db).forBotilbud(b.id);
        REQUIRE(reports.ok());
        CHECK(reports->size() == months->size());
        int withFeedback = 0;
        for (const domain::MonthlyReport& r : reports.value()) {
            CHECK(r.status != domain::ReportStatus::Draft);
            if (r.status == domain::ReportStatus::FeedbackReceived) {
                ++withFeedback;
                CHECK_FALSE(r.consultantFeedback.isEmpty());
            }
        }
        CHECK(withFeedback > 0);
        CHECK(withFeedback < reports->size()); // the newest month still waits for PS!
    }
    CHECK(received == 3);
    CHECK(names.size() == 4); // no name twice

    // The consultant's overview reads them like any received package.
    auto grid = services::ConsultantOverviewService(**db).grid(QDate(2026, 1, 15));
    REQUIRE(grid.ok());
    CHECK(grid->rows.size() == 4);
}
