#include "domain/Taxonomy.h"

namespace medsafe::domain {

// The Danish words follow DPSD and docs/domain.md; the English source strings are glosses.

QString Taxonomy::label(ProcessStage value) {
    switch (value) {
    case ProcessStage::Ordination:
        return tr("Prescribing (ordination)");
    case ProcessStage::Prescription:
        return tr("Ordering / prescription");
    case ProcessStage::Receipt:
        return tr("Receipt / delivery");
    case ProcessStage::MedicineList:
        return tr("Medicine list / FMK");
    case ProcessStage::Dispensing:
        return tr("Dispensing");
    case ProcessStage::Administration:
        return tr("Administration / handing out");
    case ProcessStage::Storage:
        return tr("Storage");
    case ProcessStage::Documentation:
        return tr("Documentation");
    case ProcessStage::Observation:
        return tr("Observation / monitoring");
    case ProcessStage::Labelling:
        return tr("Labelling / packaging");
    case ProcessStage::Transition:
        return tr("Transitions (hospital, holiday, leave)");
    case ProcessStage::Other:
        return tr("Other");
    }
    return {};
}

QString Taxonomy::label(ErrorType value) {
    switch (value) {
    case ErrorType::NotGiven:
        return tr("Medicine not given");
    case ErrorType::NotTakenRefused:
        return tr("Not taken / refused");
    case ErrorType::WrongDose:
        return tr("Wrong dose (incl. double dose)");
    case ErrorType::WrongTime:
        return tr("Wrong time / frequency");
    case ErrorType::WrongCitizen:
        return tr("Wrong citizen");
    case ErrorType::WrongDrug:
        return tr("Wrong drug");
    case ErrorType::WrongStrength:
        return tr("Wrong strength / formulation");
    case ErrorType::WrongRoute:
        return tr("Wrong route of administration");
    case ErrorType::SideDoseForgotten:
        return tr("Side dose forgotten");
    case ErrorType::PatchNotChanged:
        return tr("Patch not changed / removed");
    case ErrorType::ChangedOrderNotFollowed:
        return tr("Changed / discontinued prescription not followed");
    case ErrorType::Labelling:
        return tr("Labelling");
    case ErrorType::StorageExpired:
        return tr("Storage / expired");
    case ErrorType::MissingDocumentation:
        return tr("Missing documentation");
    case ErrorType::MedicineMissing:
        return tr("Medicine missing");
    case ErrorType::Contraindication:
        return tr("Contraindication / allergy");
    case ErrorType::Other:
        return tr("Other");
    }
    return {};
}

QString Taxonomy::label(ActualConsequence value) {
    switch (value) {
    case ActualConsequence::NoneOrUnknown:
        return tr("None / unknown");
    case ActualConsequence::Mild:
        return tr("Mild");
    case ActualConsequence::Severe:
        return tr("Severe");
    case ActualConsequence::Fatal:
        return tr("Fatal");
    }
    return {};
}

QString Taxonomy::label(PossibleConsequence value) {
    switch (value) {
    case PossibleConsequence::None:
        return tr("None");
    case PossibleConsequence::Mild:
        return tr("Mild");
    case PossibleConsequence::SevereOrFatal:
        return tr("Severe / fatal");
    }
    return {};
}

QString Taxonomy::label(OverallCategory value) {
    switch (value) {
    case OverallCategory::NoConsequence:
        return tr("No consequence");
    case OverallCategory::MildConsequence:
        return tr("Mild consequence");
    case OverallCategory::SeriousSafetyRisk:
        return tr("Serious patient-safety risk");
    case OverallCategory::SevereConsequence:
        return tr("Severe consequence");
    case OverallCategory::FatalConsequence:
        return tr("Fatal consequence");
    }
    return {};
}

QString Taxonomy::label(NccMerpCategory value) {
    switch (value) {
    case NccMerpCategory::A:
        return tr("A: circumstances that could cause an error");
    case NccMerpCategory::B:
        return tr("B: error did not reach the citizen");
    case NccMerpCategory::C:
        return tr("C: reached the citizen, no harm");
    case NccMerpCategory::D:
        return tr("D: reached the citizen, monitoring needed");
    case NccMerpCategory::E:
        return tr("E: temporary harm, treatment needed");
    case NccMerpCategory::F:
        return tr("F: temporary harm, hospitalisation");
    case NccMerpCategory::G:
        return tr("G: permanent harm");
    case NccMerpCategory::H:
        return tr("H: life-sustaining treatment needed");
    case NccMerpCategory::I:
        return tr("I: death");
    }
    return {};
}

QString Taxonomy::label(IncidentStatus value) {
    switch (value) {
    case IncidentStatus::New:
        return tr("New");
    case IncidentStatus::Analysed:
        return tr("Analysed");
    case IncidentStatus::Closed:
        return tr("Closed");
    }
    return {};
}
} // namespace medsafe::domain
