#include <catch2/catch.hpp>

#include "models/pdsa/PdsaFilterModel.h"
#include "models/pdsa/PdsaTreeModel.h"

#include <QAbstractItemModelTester>

using namespace medsafe;
using namespace medsafe::domain;
using models::PdsaTreeModel;

namespace {
PdsaCycle cycle(qint64 id, int number, std::optional<qint64> idea, std::optional<qint64> parent = std::nullopt) {
    PdsaCycle c;
    c.id = PdsaCycleId{id};
    c.botilbudId = BotilbudId{1};
    c.number = number;
    c.title = QStringLiteral("Cirkel %1").arg(number);
    if (idea) c.changeIdeaId = ChangeIdeaId{*idea};
    if (parent) c.parentId = PdsaCycleId{*parent};
    return c;
}
ChangeIdea idea(qint64 id, const char* title) {
    ChangeIdea i;
    i.id = ChangeIdeaId{id};
    i.botilbudId = BotilbudId{1};
    i.title = QString::fromUtf8(title);
    return i;
}
} // namespace

TEST_CASE("PdsaTreeModel: groups by change idea and indents ramps under their parent") {
    PdsaTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Cycle 4 follows cycle 3 which follows cycle 1; cycle 2 tests another idea; 5 has none.
    model.setSnapshot({idea(10, "Dobbeltkontrol"), idea(11, "Vagtskifte")},
                      {cycle(1, 1, 10), cycle(2, 2, 11), cycle(3, 3, 10, 1), cycle(4, 4, 10, 3), cycle(5, 5, {})},
                      {});
    REQUIRE(model.rowCount() == 3); // two ideas and "without a change idea"
    CHECK(model.cycleCount() == 5);
    const QModelIndex first = model.index(0, 0);
    CHECK(first.data().toString().startsWith("Dobbeltkontrol ("));
    CHECK(first.data(PdsaTreeModel::IsGroupRole).toBool());
    REQUIRE(model.rowCount(first) == 1);
    const QModelIndex c1 = model.index(0, 0, first);
    CHECK(c1.data(PdsaTreeModel::CycleIdRole).toLongLong() == 1);
    const QModelIndex c3 = model.index(0, 0, c1);
    CHECK(c3.data(PdsaTreeModel::CycleIdRole).toLongLong() == 3);
    CHECK(model.index(0, 0, c3).data(PdsaTreeModel::CycleIdRole).toLongLong() == 4);
    CHECK(model.parent(c3) == c1);
    CHECK(model.indexOfCycle(PdsaCycleId{4}).parent() == c3);
    CHECK(model.rowCount(model.index(2, 0)) == 1);
    CHECK(model.index(0, PdsaTreeModel::StatusColumn, c1).data(Qt::ForegroundRole).value<QColor>() ==
          PdsaTreeModel::statusColour(PdsaStatus::Planned));
}

TEST_CASE("PdsaTreeModel: a parent loop or a parent under another idea does not hide a cycle") {
    PdsaTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSnapshot({idea(10, "A"), idea(11, "B")}, {cycle(1, 1, 10, 2), cycle(2, 2, 10, 1), cycle(3, 3, 11, 1)}, {});
    CHECK(model.indexOfCycle(PdsaCycleId{1}).isValid());
    CHECK(model.indexOfCycle(PdsaCycleId{2}).isValid());
    CHECK(model.indexOfCycle(PdsaCycleId{3}).parent() == model.index(1, 0));
}

TEST_CASE("PdsaFilterModel: search keeps the change idea and counts the cycles it shows") {
    PdsaTreeModel model;
    models::PdsaFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSnapshot({idea(10, "Dobbeltkontrol"), idea(11, "Vagtskifte")},
                      {cycle(1, 1, 10), cycle(2, 2, 11), cycle(3, 3, 10, 1)}, {});
    CHECK(filter.visibleCycleCount() == 3);
    filter.setFilterFixedString("Cirkel 3");
    CHECK(filter.visibleCycleCount() == 2); // cycle 3 and the cycle it follows
    filter.setFilterFixedString("vagtskifte");
    CHECK(filter.visibleCycleCount() == 1); // the idea matches: its cycles show
    filter.setFilterFixedString("");
    filter.sort(PdsaTreeModel::TitleColumn, Qt::DescendingOrder);
    CHECK(filter.index(0, 0).data().toString().startsWith("Vagtskifte"));
}
