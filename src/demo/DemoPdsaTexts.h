#pragma once

#include "domain/PdsaCycle.h"

#include <vector>

namespace medsafe::demo {

// The Danish text of the demo PDSA ramps, after Sundhedsstyrelsen's PDSA form. Kept apart
// from the builder because it is data, not logic.
class DemoPdsaTexts {
public:
    struct Cycle {
        domain::ActDecision decision;
        const char* doWhatHappened;
        const char* doProblems;
        const char* doPlanChanges;
        const char* doObservations;
        const char* studyResult;
        const char* studyLearning;
        const char* nextStep;
    };

    struct Ramp {
        int changeIdea;    // index into the demo change ideas
        int startMonth;    // month of the first cycle, from the programme start
        int monthsPerCycle; // 0: back to back, each cycle a few days after the previous one
        const char* title; // the change being tested
        const char* question;
        const char* prediction;
        const char* planWhat;
        const char* dataPlan;
        std::vector<int> measures; // indexes into DefaultMeasures
        std::vector<Cycle> cycles; // small test first, growing in scale
    };

    static const std::vector<Ramp>& ramps();
    // Who / where / when for a test at scale step 0 (smallest), 1 or 2 (whole botilbud).
    static const char* who(int step);
    static const char* where(int step);
    static const char* when(int step);
};

} // namespace medsafe::demo
