#include "models/incidents/SafetyCalendarModel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>

using namespace medsafe::domain;
using namespace medsafe::models;
using Kind = SafetyCalendarModel::DayKind;

TEST_CASE("Safety calendar: green, amber and red days, Monday first", "[models][incidents]") {
    SafetyCalendarModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Incident noHarm;
    noHarm.occurredDate = QDate(2024, 3, 5);
    Incident harm;
    harm.occurredDate = QDate(2024, 3, 12);
    harm.actualConsequence = ActualConsequence::Mild;
    Incident sameDayNoHarm = harm;
    sameDayNoHarm.actualConsequence = ActualConsequence::NoneOrUnknown;
    model.setToday(QDate(2024, 3, 20));
    model.setIncidents({noHarm, harm, sameDayNoHarm});
    model.setMonth(QDate(2024, 3, 17));

    CHECK(model.month() == QDate(2024, 3, 1));
    // 1 March 2024 is a Friday: row 0, column 4.
    CHECK(model.indexOf(QDate(2024, 3, 1)) == model.index(0, 4));
    CHECK(model.data(model.index(0, 0), SafetyCalendarModel::DayKindRole).toInt() == int(Kind::Outside));
    CHECK(model.kindOf(QDate(2024, 3, 4)) == Kind::NoError);
    CHECK(model.kindOf(QDate(2024, 3, 5)) == Kind::ErrorWithoutHarm);
    CHECK(model.kindOf(QDate(2024, 3, 12)) == Kind::ErrorWithHarm);
    CHECK(model.kindOf(QDate(2024, 3, 21)) == Kind::Future);
    const QModelIndex red = model.indexOf(QDate(2024, 3, 12));
    CHECK(model.data(red, Qt::BackgroundRole).value<QColor>() == SafetyCalendarModel::colour(Kind::ErrorWithHarm));
    CHECK(model.data(red, Qt::DisplayRole).toString().contains(SafetyCalendarModel::symbol(Kind::ErrorWithHarm)));
    CHECK(model.data(red, SafetyCalendarModel::IncidentCountRole).toInt() == 2);
    CHECK(SafetyCalendarModel::symbol(Kind::NoError) != SafetyCalendarModel::symbol(Kind::ErrorWithoutHarm));
    CHECK(model.headerData(0, Qt::Horizontal).toString().size() > 0);
}
