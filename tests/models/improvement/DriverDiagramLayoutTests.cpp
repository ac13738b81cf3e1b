#include <catch2/catch.hpp>

#include "models/improvement/DriverDiagramLayout.h"
#include "models/improvement/MeasureTableModel.h"

#include <QAbstractItemModelTester>

#include <map>

using namespace medsafe;
using namespace medsafe::domain;
using Layout = models::DriverDiagramLayout;

TEST_CASE("DriverDiagramLayout: four columns, parents level with their children, lines between") {
    Aim aim;
    aim.id = AimId{1};
    aim.statement = QStringLiteral("Halvér medicinfejl");
    Driver p;
    p.id = DriverId{1};
    p.text = QStringLiteral("Sikre arbejdsgange");
    Driver s1 = p;
    s1.id = DriverId{2};
    s1.level = DriverLevel::Secondary;
    s1.parentId = p.id;
    Driver s2 = s1;
    s2.id = DriverId{3};
    ChangeIdea a;
    a.id = ChangeIdeaId{1};
    a.driverId = s1.id;
    a.title = QStringLiteral("Dobbeltkontrol");
    ChangeIdea b = a;
    b.id = ChangeIdeaId{2};
    ChangeIdea loose = a;
    loose.id = ChangeIdeaId{3};
    loose.driverId.reset();

    Layout layout;
    layout.compute(&aim, {p, s1, s2}, {a, b, loose}, {{a.id, 3}});
    REQUIRE(layout.boxes().size() == 7);
    // Lines: aim→primary, primary→2 secondaries, secondary→2 ideas; the loose idea has none.
    CHECK(layout.lines().size() == 5);
    std::map<Layout::Kind, int> perColumn;
    for (const auto& box : layout.boxes()) {
        ++perColumn[box.kind];
        CHECK(box.rect.x() == Layout::columnX(box.kind));
    }
    CHECK(perColumn[Layout::Kind::ChangeIdea] == 3);
    const auto find = [&](Layout::Kind kind, qint64 id) {
        for (const auto& box : layout.boxes())
            if (box.kind == kind && box.id == id) return box;
        FAIL("box missing");
        return Layout::Box{};
    };
    const auto s1Box = find(Layout::Kind::Secondary, 2);
    const auto ideaA = find(Layout::Kind::ChangeIdea, 1);
    const auto ideaB = find(Layout::Kind::ChangeIdea, 2);
    CHECK(s1Box.rect.center().y() == Approx((ideaA.rect.center().y() + ideaB.rect.center().y()) / 2));
    CHECK(ideaA.detail.contains("3"));
    // Boxes in one column never overlap.
    for (const auto& x : layout.boxes())
        for (const auto& y : layout.boxes())
            if (&x != &y && x.kind == y.kind) CHECK_FALSE(x.rect.intersects(y.rect));
    CHECK(layout.size().height() >= ideaB.rect.bottom());
}

TEST_CASE("DriverDiagramLayout: an empty diagram still shows the aim box") {
    Layout layout;
    layout.compute(nullptr, {}, {}, {});
    REQUIRE(layout.boxes().size() == 1);
    CHECK(layout.boxes().first().kind == Layout::Kind::Aim);
    CHECK(layout.boxes().first().id == 0);
}

TEST_CASE("MeasureTableModel: passes the model tester and shows targets as people read them") {
    models::MeasureTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Measure m;
    m.id = MeasureId{4};
    m.name = QStringLiteral("Andel korrekt dispenserede doseringsæsker");
    m.kind = MeasureKind::Proportion;
    m.target = 0.95;
    m.operationalDefinition = QStringLiteral("Æsker uden afvigelse / æsker kontrolleret");
    model.setMeasures({m});
    CHECK(model.rowCount() == 1);
    CHECK(model.index(0, models::MeasureTableModel::TargetColumn).data().toString().startsWith("95"));
    CHECK(model.index(0, models::MeasureTableModel::DefinitionColumn).data().toString() == m.operationalDefinition);
    CHECK(model.rowOf(MeasureId{4}) == 0);
}
