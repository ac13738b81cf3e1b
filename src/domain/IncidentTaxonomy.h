#pragma once

#include "domain/EnumCodes.h"

namespace medsafe::domain {

// The incident taxonomy of docs/domain.md (after DPSD/WHO). Danish labels live in Taxonomy.

enum class ProcessStage {
    Ordination,
    Prescription, // bestilling/recept
    Receipt,      // modtagelse/levering
    MedicineList, // medicinliste/FMK
    Dispensing,
    Administration, // administration/udlevering
    Storage,
    Documentation,
    Observation, // observation/monitorering
    Labelling,   // mærkning/emballering
    Transition,  // overgange (hospital, holiday, leave)
    Other,
};

template <> struct EnumCodeTable<ProcessStage> {
    static constexpr std::array<EnumCode<ProcessStage>, 12> kEntries{{
        {ProcessStage::Ordination, "ordination"},
        {ProcessStage::Prescription, "prescription"},
        {ProcessStage::Receipt, "receipt"},
        {ProcessStage::MedicineList, "medicine_list"},
        {ProcessStage::Dispensing, "dispensing"},
        {ProcessStage::Administration, "administration"},
        {ProcessStage::Storage, "storage"},
        {ProcessStage::Documentation, "documentation"},
        {ProcessStage::Observation, "observation"},
        {ProcessStage::Labelling, "labelling"},
        {ProcessStage::Transition, "transition"},
        {ProcessStage::Other, "other"},
    }};
};

enum class ErrorType {
    NotGiven,        // medicin ikke givet
    NotTakenRefused, // ikke taget/afvist
    WrongDose,       // incl. double dose
    WrongTime,       // forkert tidspunkt/hyppighed
    WrongCitizen,
    WrongDrug,
    WrongStrength, // forkert styrke/formulering
    WrongRoute,
    SideDoseForgotten, // sidedosering glemt
    PatchNotChanged,   // plaster ikke skiftet/fjernet
    ChangedOrderNotFollowed,
    Labelling,
    StorageExpired, // opbevaring/udløbet
    MissingDocumentation,
    MedicineMissing,
    Contraindication, // kontraindikation/allergi
    Other,
};

template <> struct EnumCodeTable<ErrorType> {
    static constexpr std::array<EnumCode<ErrorType>, 17> kEntries{{
        {ErrorType::NotGiven, "not_given"},
        {ErrorType::NotTakenRefused, "not_taken"},
        {ErrorType::WrongDose, "wrong_dose"},
        {ErrorType::WrongTime, "wrong_time"},
        {ErrorType::WrongCitizen, "wrong_citizen"},
        {ErrorType::WrongDrug, "wrong_drug"},
        {ErrorType::WrongStrength, "wrong_strength"},
        {ErrorType::WrongRoute, "wrong_route"},
        {ErrorType::SideDoseForgotten, "side_dose_forgotten"},
        {ErrorType::PatchNotChanged, "patch_not_changed"},
        {ErrorType::ChangedOrderNotFollowed, "changed_order_not_followed"},
        {ErrorType::Labelling, "labelling"},
        {ErrorType::StorageExpired, "storage_expired"},
        {ErrorType::MissingDocumentation, "missing_documentation"},
        {ErrorType::MedicineMissing, "medicine_missing"},
        {ErrorType::Contraindication, "contraindication"},
        {ErrorType::Other, "other"},
    }};
};

// DPSD "faktisk konsekvens".
enum class ActualConsequence {
    NoneOrUnknown,
    Mild,
    Severe,
    Fatal,
};

template <> struct EnumCodeTable<ActualConsequence> {
    static constexpr std::array<EnumCode<ActualConsequence>, 4> kEntries{{
        {ActualConsequence::NoneOrUnknown, "none"},
        {ActualConsequence::Mild, "mild"},
        {ActualConsequence::Severe, "severe"},
        {ActualConsequence::Fatal, "fatal"},
    }};
};

// DPSD "mulig konsekvens".
enum class PossibleConsequence {
    None,
    Mild,
    SevereOrFatal,
};

template <> struct EnumCodeTable<PossibleConsequence> {
    static constexpr std::array<EnumCode<PossibleConsequence>, 3> kEntries{{
        {PossibleConsequence::None, "none"},
        {PossibleConsequence::Mild, "mild"},
        {PossibleConsequence::SevereOrFatal, "severe_or_fatal"},
    }};
};

// DPSD overall category ("samlet alvorlighed"), ordered from least to most serious.
enum class OverallCategory {
    NoConsequence,
    MildConsequence,
    SeriousSafetyRisk, // alvorlig patientsikkerhedsrisiko
    SevereConsequence,
    FatalConsequence,
};

template <> struct EnumCodeTable<OverallCategory> {
    static constexpr std::array<EnumCode<OverallCategory>, 5> kEntries{{
        {OverallCategory::NoConsequence, "no_consequence"},
        {OverallCategory::MildConsequence, "mild_consequence"},
        {OverallCategory::SeriousSafetyRisk, "serious_safety_risk"},
        {OverallCategory::SevereConsequence, "severe_consequence"},
        {OverallCategory::FatalConsequence, "fatal_consequence"},
    }};
};

// The DPSD rule: the actual consequence decides, except that an event which did little or no
// harm but could have been severe or fatal is a "serious patient-safety risk" — that is the
// near miss a botilbud most needs to learn from.
constexpr OverallCategory deriveOverallCategory(ActualConsequence actual, PossibleConsequence possible) {
    switch (actual) {
    case ActualConsequence::Fatal:
        return OverallCategory::FatalConsequence;
    case ActualConsequence::Severe:
        return OverallCategory::SevereConsequence;
    case ActualConsequence::Mild:
        return possible == PossibleConsequence::SevereOrFatal ? OverallCategory::SeriousSafetyRisk
                                                              : OverallCategory::MildConsequence;
    case ActualConsequence::NoneOrUnknown:
        break;
    }
    return possible == PossibleConsequence::SevereOrFatal ? OverallCategory::SeriousSafetyRisk
                                                          : OverallCategory::NoConsequence;
}

// NCC MERP index A-I. A-B: the error did not reach the citizen; C-I: it did.
enum class NccMerpCategory { A, B, C, D, E, F, G, H, I };

template <> struct EnumCodeTable<NccMerpCategory> {
    static constexpr std::array<EnumCode<NccMerpCategory>, 9> kEntries{{
        {NccMerpCategory::A, "A"},
        {NccMerpCategory::B, "B"},
        {NccMerpCategory::C, "C"},
        {NccMerpCategory::D, "D"},
        {NccMerpCategory::E, "E"},
        {NccMerpCategory::F, "F"},
        {NccMerpCategory::G, "G"},
        {NccMerpCategory::H, "H"},
        {NccMerpCategory::I, "I"},
    }};
};

constexpr bool nccMerpReachesCitizen(NccMerpCategory category) {
    return category >= NccMerpCategory::C;
}

enum class IncidentStatus {
    New,
    Analysed,
    Closed,
};

template <> struct EnumCodeTable<IncidentStatus> {
    static constexpr std::array<EnumCode<IncidentStatus>, 3> kEntries{{
        {IncidentStatus::New, "new"},
        {IncidentStatus::Analysed, "analysed"},
        {IncidentStatus::Closed, "closed"},
    }};
};

} // namespace medsafe::domain
