#include "domain/DomainLabels.h"

#include <QStringList>

namespace medsafe::domain {

// The Danish words follow docs/ui.md.

QString DomainLabels::label(PersonRole value) {
    switch (value) {
    case PersonRole::Tovholder:
        return tr("Tovholder");
    case PersonRole::Leader:
        return tr("Leader");
    case PersonRole::WorkingGroupMember:
        return tr("Working group member");
    case PersonRole::Staff:
        return tr("Staff");
    case PersonRole::PsConsultant:
        return tr("PS! consultant");
    case PersonRole::PharmacyContact:
        return tr("Pharmacy contact");
    }
    return {};
}

QString DomainLabels::label(Phase value) {
    switch (value) {
    case Phase::PreparationAndStart:
        return tr("Preparation and start");
    case Phase::TestingAndImplementation:
        return tr("Testing and implementation");
    case Phase::SustainAndSpread:
        return tr("Sustain and spread");
    case Phase::Evaluation:
        return tr("Evaluation");
    }
    return {};
}

QString DomainLabels::label(EventKind value) {
    switch (value) {
    case EventKind::LearningSession:
        return tr("Learning session");
    case EventKind::PsVisit:
        return tr("PS! visit");
    case EventKind::PharmacyTeaching:
        return tr("Pharmacy teaching");
    case EventKind::Other:
        return tr("Other");
    }
    return {};
}

QString DomainLabels::label(ChecklistKind value) {
    switch (value) {
    case ChecklistKind::WorkflowAnalysis:
        return tr("Workflow analysis");
    case ChecklistKind::GuidelinesReviewed:
        return tr("Guidelines reviewed");
    case ChecklistKind::CompetencesReviewed:
        return tr("Competences reviewed");
    case ChecklistKind::DelegatedRightsReviewed:
        return tr("Delegated rights reviewed");
    case ChecklistKind::BaselineDone:
        return tr("Baseline measurements done");
    }
    return {};
}

QString DomainLabels::label(DriverLevel value) {
    switch (value) {
    case DriverLevel::Primary:
        return tr("Primary driver");
    case DriverLevel::Secondary:
        return tr("Secondary driver");
    }
    return {};
}

QString DomainLabels::label(MeasureKind value) {
    switch (value) {
    case MeasureKind::Count:
        return tr("Count");
    case MeasureKind::Proportion:
        return tr("Proportion");
    case MeasureKind::Rate:
        return tr("Rate");
    case MeasureKind::DaysBetween:
        return tr("Days between events");
    case MeasureKind::Value:
        return tr("Value");
    }
    return {};
}

QString DomainLabels::label(MeasureType value) {
    switch (value) {
    case MeasureType::Outcome:
        return tr("Outcome measure");
    case MeasureType::Process:
        return tr("Process measure");
    case MeasureType::Balancing:
        return tr("Balancing measure");
    }
    return {};
}

QString DomainLabels::label(Direction value) {
    switch (value) {
    case Direction::HigherIsBetter:
        return tr("Higher is better");
    case Direction::LowerIsBetter:
        return tr("Lower is better");
    }
    return {};
}

QString DomainLabels::label(ChartType value) {
    switch (value) {
    case ChartType::Run:
        return tr("Run chart");
    case ChartType::C:
        return tr("C chart");
    case ChartType::U:
        return tr("U chart");
    case ChartType::P:
        return tr("P chart");
    case ChartType::I:
        return tr("I chart");
    case ChartType::MR:
        return tr("MR chart");
    case ChartType::T:
        return tr("T chart");
    case ChartType::G:
        return tr("G chart");
    }
    return {};
}

QString DomainLabels::label(PdsaStatus value) {
    switch (value) {
    case PdsaStatus::Planned:
        return tr("Planned");
    case PdsaStatus::Doing:
        return tr("Testing (Do)");
    case PdsaStatus::Studying:
        return tr("Studying");
    case PdsaStatus::Completed:
        return tr("Completed");
    case PdsaStatus::Abandoned:
        return tr("Abandoned");
    }
    return {};
}

QString DomainLabels::label(ActDecision value) {
    switch (value) {
    case ActDecision::Adopt:
        return tr("Adopt");
    case ActDecision::Adapt:
        return tr("Adapt");
    case ActDecision::Abandon:
        return tr("Abandon");
    case ActDecision::Expand:
        return tr("Expand");
    }
    return {};
}

QString DomainLabels::label(TrainingProvider value) {
    switch (value) {
    case TrainingProvider::Pharmacy:
        return tr("Pharmacy");
    case TrainingProvider::PatientSafety:
        return tr("PS!");
    case TrainingProvider::Internal:
        return tr("Internal");
    case TrainingProvider::Other:
        return tr("Other");
    }
    return {};
}

QString DomainLabels::label(ReportStatus value) {
    switch (value) {
    case ReportStatus::Draft:
        return tr("Draft");
    case ReportStatus::Sent:
        return tr("Sent");
    case ReportStatus::FeedbackReceived:
        return tr("Feedback received");
    }
    return {};
}
QString DomainLabels::label(PersonRoles roles) {
    QStringList labels;
    for (PersonRole role : allValues<PersonRole>()) {
        if (roles.testFlag(role)) labels << label(role);
    }
    return labels.join(QStringLiteral(", "));
}

} // namespace medsafe::domain
