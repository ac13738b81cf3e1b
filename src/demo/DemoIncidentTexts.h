#pragma once

#include "domain/IncidentTaxonomy.h"

#include <vector>

namespace medsafe::demo {

// Danish incident descriptions for the demo, one per kind of event, with the taxonomy values
// that go with it. Texts name apartments and shifts, never residents or staff, and hold no
// numbers that could look like a CPR number ("%1" is an apartment number).
class DemoIncidentTexts {
public:
    enum class Use {
        NotGiven,      // the "medicin ikke givet" kinds
        Ordinary,      // every other kind without a doctor's contact
        DoctorContact, // serious kinds that needed a doctor's contact
    };

    struct Kind {
        Use use;
        double weight; // relative frequency within its use
        domain::ProcessStage stage;
        domain::ErrorType errorType;
        bool reachedCitizen;
        int hour; // typical hour of the medicine round; -1 = time unknown
        const char* description;
        const char* immediateAction;
        const char* learning;
    };

    static const std::vector<Kind>& kinds();
};

} // namespace medsafe::demo
