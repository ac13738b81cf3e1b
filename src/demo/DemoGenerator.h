#pragma once

#include "demo/DemoDataset.h"
#include "demo/DemoOptions.h"

namespace medsafe::demo {

// Generates the demo dataset: pure and deterministic. The same options (seed included) give
// an identical dataset on every machine and standard library; nothing reads the clock or a
// global random generator. Plain data out, no database: DemoWriter stores it.
// Safe to call from any thread; each call owns its state.
class DemoGenerator {
public:
    explicit DemoGenerator(DemoOptions options) : m_options(options) {}

    DemoDataset generate() const;
    const DemoOptions& options() const { return m_options; }

private:
    DemoOptions m_options;
};

} // namespace medsafe::demo
