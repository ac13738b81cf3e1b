#include <catch2/catch.hpp>

#include "models/overview/ChecklistModel.h"
#include "models/overview/DaysSinceLastError.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace medsafe;
using namespace medsafe::domain;

TEST_CASE("DaysSinceLastError: counts from the last error and keeps the longest stretch") {
    const QDate today(2025, 6, 30);
    const auto none = models::DaysSinceLastError::compute({}, today);
    CHECK_FALSE(none.days);
    const auto days = models::DaysSinceLastError::compute(
        {QDate(2025, 1, 1), QDate(2025, 1, 1), QDate(2025, 5, 1), QDate(2025, 6, 20), QDate(2025, 7, 5)}, today);
    REQUIRE(days.days);
    CHECK(*days.days == 10); // the error after today is ignored
    CHECK(days.lastError == QDate(2025, 6, 20));
    CHECK(days.record == 120); // 1 January to 1 May
}

TEST_CASE("ChecklistModel: ticking a row dates it and reports the change") {
    models::ChecklistModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ChecklistItem item;
    item.botilbudId = BotilbudId{1};
    item.kind = ChecklistKind::BaselineDone;
    model.setItems({item});
    model.setToday(QDate(2025, 3, 3));
    QSignalSpy changed(&model, &models::ChecklistModel::itemChanged);
    REQUIRE(model.setData(model.index(0), Qt::Checked, Qt::CheckStateRole));
    REQUIRE(changed.size() == 1);
    CHECK(model.items().first().doneDate == QDate(2025, 3, 3));
    CHECK(model.doneCount() == 1);
    CHECK(model.index(0).data(Qt::CheckStateRole).toInt() == Qt::Checked);
    CHECK_FALSE(model.setData(model.index(0), Qt::Checked, Qt::CheckStateRole)); // no change, no write
}
