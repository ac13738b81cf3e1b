#pragma once

#include "demo/DemoIdAllocator.h"
#include "demo/DemoRandom.h"
#include "demo/DemoTimeline.h"

namespace medsafe::demo {

// What every part of the generator needs while it builds one botilbud. Borrowed references:
// DemoGenerator owns the objects and outlives the builders.
struct DemoContext {
    DemoRandom& random;
    DemoIdAllocator& ids;
    const DemoTimeline& timeline;
    int botilbudIndex = 0;
    int incidentTarget = 0;
};

} // namespace medsafe::demo
