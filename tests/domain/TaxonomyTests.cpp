#include "domain/DomainLabels.h"
#include "domain/Taxonomy.h"

#include <QSet>
#include <catch2/catch.hpp>

using namespace medsafe::domain;

namespace {

template <typename E> void checkCodes(qsizetype expectedCount) {
    const auto values = allValues<E>();
    CHECK(values.size() == expectedCount);
    QSet<QString> codes;
    for (E value : values) {
        const QString code = toCode(value);
        CHECK_FALSE(code.isEmpty());
        CHECK(fromCode<E>(code) == value);
        codes.insert(code);
    }
    CHECK(codes.size() == expectedCount);
    CHECK_FALSE(fromCode<E>(u"no-such-code").has_value());
}

template <typename Labels, typename E> void checkLabels() {
    for (const CodeLabel& entry : Labels::template entries<E>()) {
        CHECK_FALSE(entry.code.isEmpty());
        CHECK_FALSE(entry.label.isEmpty());
    }
}

} // namespace

TEST_CASE("Incident taxonomy has the sizes of docs/domain.md and unique codes", "[taxonomy]") {
    checkCodes<ProcessStage>(12);
    checkCodes<ErrorType>(17);
    checkCodes<ActualConsequence>(4);
    checkCodes<PossibleConsequence>(3);
    checkCodes<OverallCategory>(5);
    checkCodes<NccMerpCategory>(9);
    checkCodes<IncidentStatus>(3);
}

TEST_CASE("Programme enums have unique codes", "[taxonomy]") {
    checkCodes<PersonRole>(6);
    checkCodes<Phase>(4);
    checkCodes<EventKind>(4);
    checkCodes<ChecklistKind>(5);
    checkCodes<MeasureKind>(5);
    checkCodes<MeasureType>(3);
    checkCodes<Direction>(2);
    checkCodes<ChartType>(8);
    checkCodes<PdsaStatus>(5);
    checkCodes<ActDecision>(4);
    checkCodes<TrainingProvider>(4);
    checkCodes<ReportStatus>(3);
}

TEST_CASE("Every taxonomy value has a label", "[taxonomy]") {
    checkLabels<Taxonomy, ProcessStage>();
    checkLabels<Taxonomy, ErrorType>();
    checkLabels<Taxonomy, ActualConsequence>();
    checkLabels<Taxonomy, PossibleConsequence>();
    checkLabels<Taxonomy, OverallCategory>();
    checkLabels<Taxonomy, NccMerpCategory>();
    checkLabels<Taxonomy, IncidentStatus>();
    checkLabels<DomainLabels, PersonRole>();
    checkLabels<DomainLabels, Phase>();
    checkLabels<DomainLabels, EventKind>();
    checkLabels<DomainLabels, ChecklistKind>();
    checkLabels<DomainLabels, DriverLevel>();
    checkLabels<DomainLabels, MeasureKind>();
    checkLabels<DomainLabels, MeasureType>();
    checkLabels<DomainLabels, Direction>();
    checkLabels<DomainLabels, ChartType>();
    checkLabels<DomainLabels, PdsaStatus>();
    checkLabels<DomainLabels, ActDecision>();
    checkLabels<DomainLabels, TrainingProvider>();
    checkLabels<DomainLabels, ReportStatus>();
    CHECK(DomainLabels::label(PersonRole::Leader | PersonRole::Staff) == QStringLiteral("Leader, Staff"));
}
