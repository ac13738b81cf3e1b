#pragma once

#include "services/access/AccessPolicy.h"

class QAction;
class QWidget;

namespace medsafe::app {

// A control the signed-in person may not use is disabled, and its tooltip says why; allowed,
// it gets its own tooltip back. `usable` is the view's own condition (something selected, ...).
void gateControl(QWidget* control, const services::AccessPolicy::Decision& decision, bool usable = true);
void gateAction(QAction* action, const services::AccessPolicy::Decision& decision, bool usable = true);

} // namespace medsafe::app
