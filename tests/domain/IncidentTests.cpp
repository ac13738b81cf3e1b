#include "TestValues.h"
#include "domain/IncidentValidator.h"

#include <catch2/catch.hpp>

using namespace medsafe::domain;
using namespace medsafe::domain::test;

TEST_CASE("A valid incident passes", "[validation][incident]") {
    CHECK(IncidentValidator::validate(validIncident(), kToday).isEmpty());
}

TEST_CASE("Incident needs an occurrence date, not in the future", "[validation][incident]") {
    auto i = validIncident();
    i.occurredDate = {};
    CHECK(hasIssue(IncidentValidator::validate(i, kToday), QStringLiteral("occurredDate")));
    i.occurredDate = kToday.addDays(1);
    i.reportedDate = {};
    CHECK(hasIssue(IncidentValidator::validate(i, kToday), QStringLiteral("occurredDate")));
}

TEST_CASE("Reported date is not before the occurrence", "[validation][incident]") {
    auto i = validIncident();
    i.reportedDate = i.occurredDate.addDays(-1);
    CHECK(hasIssue(IncidentValidator::validate(i, kToday), QStringLiteral("reportedDate")));
}

TEST_CASE("Incident needs a description", "[validation][incident]") {
    auto i = validIncident();
    i.description = QStringLiteral(" ");
    CHECK(hasIssue(IncidentValidator::validate(i, kToday), QStringLiteral("description")));
}

TEST_CASE("NCC MERP category agrees with reached-the-citizen", "[validation][incident]") {
    auto i = validIncident();
    i.nccMerp = NccMerpCategory::E;
    i.reachedCitizen = false;
    CHECK(hasIssue(IncidentValidator::validate(i, kToday), QStringLiteral("nccMerp")));
    i.reachedCitizen = true;
    CHECK(IncidentValidator::validate(i, kToday).isEmpty());
    i.nccMerp = NccMerpCategory::B;
    CHECK(hasIssue(IncidentValidator::validate(i, kToday), QStringLiteral("nccMerp")));
}

TEST_CASE("Incident free text with a CPR number is refused", "[validation][incident][privacy]") {
    auto i = validIncident();
    i.learning = QStringLiteral("Borger 010203-1234 fik ikke sin medicin");
    CHECK(hasIssue(IncidentValidator::validate(i, kToday), QStringLiteral("learning")));
}

TEST_CASE("Overall category is derived as DPSD does", "[domain][incident]") {
    using A = ActualConsequence;
    using P = PossibleConsequence;
    using O = OverallCategory;
    CHECK(deriveOverallCategory(A::NoneOrUnknown, P::None) == O::NoConsequence);
    CHECK(deriveOverallCategory(A::NoneOrUnknown, P::Mild) == O::NoConsequence);
    CHECK(deriveOverallCategory(A::NoneOrUnknown, P::SevereOrFatal) == O::SeriousSafetyRisk);
    CHECK(deriveOverallCategory(A::Mild, P::Mild) == O::MildConsequence);
    CHECK(deriveOverallCategory(A::Mild, P::SevereOrFatal) == O::SeriousSafetyRisk);
    CHECK(deriveOverallCategory(A::Severe, P::None) == O::SevereConsequence);
    CHECK(deriveOverallCategory(A::Severe, P::SevereOrFatal) == O::SevereConsequence);
    CHECK(deriveOverallCategory(A::Fatal, P::Mild) == O::FatalConsequence);

    auto i = validIncident();
    i.possibleConsequence = P::SevereOrFatal;
    CHECK(i.overallCategory() == O::SeriousSafetyRisk);
}

TEST_CASE("Incident filter matches on every criterion", "[domain][incident]") {
    auto i = validIncident();
    IncidentFilter f;
    CHECK(f.isEmpty());
    CHECK(f.matches(i));
    f.errorType = ErrorType::NotGiven;
    CHECK(f.matches(i));
    f.requiredDoctorContactOnly = true;
    CHECK_FALSE(f.matches(i));
    i.requiredDoctorContact = true;
    CHECK(f.matches(i));
    f.stage = ProcessStage::Dispensing;
    CHECK_FALSE(f.matches(i));
}
