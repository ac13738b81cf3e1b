#include "models/incidents/IncidentTableModel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>

using namespace medsafe::domain;
using namespace medsafe::models;

namespace {

QList<Incident> incidents() {
    QList<Incident> list;
    const QList<ProcessStage> stages{ProcessStage::Dispensing, ProcessStage::Administration, ProcessStage::Storage};
    for (int k = 0; k < 30; ++k) {
        Incident i;
        i.id = IncidentId{k + 1};
        i.botilbudId = BotilbudId{1};
        i.occurredDate = QDate(2024, 1, 1).addDays(k * 3);
        i.stage = stages[k % 3];
        i.errorType = k % 2 ? ErrorType::NotGiven : ErrorType::WrongDose;
        i.actualConsequence = k % 5 == 0 ? ActualConsequence::Mild : ActualConsequence::NoneOrUnknown;
        i.status = k < 10 ? IncidentStatus::Closed : IncidentStatus::New;
        i.description = k == 7 ? QStringLiteral("Plaster ikke fjernet om AFTENEN") : QStringLiteral("Tekst %1").arg(k);
        list << i;
    }
    return list;
}

} // namespace

TEST_CASE("Incident list model passes the model tester while filtering and sorting", "[models][incidents]") {
    IncidentTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setIncidents(incidents());
    CHECK(model.rowCount() == 30);
    CHECK(model.columnCount() == IncidentTableModel::ColumnCount);
    // Newest first by default.
    CHECK(model.incidentAt(0).occurredDate == QDate(2024, 1, 1).addDays(87));

    IncidentListFilter f;
    f.stage = ProcessStage::Dispensing;
    model.setFilter(f);
    CHECK(model.rowCount() == 10);
    f.errorType = ErrorType::WrongDose; // k even and k % 3 == 0
    model.setFilter(f);
    CHECK(model.rowCount() == 5);
    f = {};
    f.consequence = OverallCategory::MildConsequence;
    model.setFilter(f);
    CHECK(model.rowCount() == 6);
    f = {};
    f.status = IncidentStatus::Closed;
    f.from = QDate(2024, 1, 10);
    model.setFilter(f);
    CHECK(model.rowCount() == 7); // k = 3..9 (10 Jan .. 28 Jan)
    f = {};
    f.search = QStringLiteral("aftenen");
    model.setFilter(f);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.incidentAt(0).id == IncidentId{8});
    f.search = QStringLiteral("dispensering"); // labels are searched too (language of the run)
    f.search = QStringLiteral("tekst 2");
    model.setFilter(f);
    CHECK(model.rowCount() == 11); // "Tekst 2" and "Tekst 20".."Tekst 29"

    model.setFilter({});
    model.sort(IncidentTableModel::DateColumn, Qt::AscendingOrder);
    CHECK(model.incidentAt(0).occurredDate == QDate(2024, 1, 1));
    model.sort(IncidentTableModel::StatusColumn, Qt::AscendingOrder);
    CHECK(model.incidentAt(0).status == IncidentStatus::New);
    model.sort(IncidentTableModel::StageColumn, Qt::DescendingOrder);
    CHECK(model.rowCount() == 30);
    CHECK(model.data(model.index(0, IncidentTableModel::DateColumn)).toString().size() > 0);
    CHECK(model.data(model.index(0, 0), IncidentTableModel::IncidentIdRole).toLongLong() > 0);
}
