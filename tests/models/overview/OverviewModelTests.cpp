#include <catch2/catch.hpp>

#include "models/overview/ChecklistModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace medsafe;
using namespace medsafe::domain;

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
