#include "demo/DemoPhaseWork.h"

#include "demo/DemoStartupBuilder.h"
#include "demo/DemoSustainBuilder.h"

namespace medsafe::demo {

Status DemoPhaseWork::add(storage::Database& db, const QDate& asOf) {
    if (auto startup = DemoStartupBuilder::add(db, asOf); !startup) return startup;
    return DemoSustainBuilder::add(db, asOf);
}

} // namespace medsafe::demo
