#include "app/access/AccessGate.h"

#include <QAction>
#include <QVariant>
#include <QWidget>

namespace medsafe::app {

namespace {
// The control's own tooltip, kept while a refusal's reason stands in for it.
constexpr const char* kOwnTooltip = "medsafeOwnTooltip";
} // namespace

template <typename Control>
void gate(Control* control, const services::AccessPolicy::Decision& decision, bool usable) {
    if (!control) return;
    if (!control->property(kOwnTooltip).isValid()) control->setProperty(kOwnTooltip, control->toolTip());
    control->setEnabled(decision.allowed && usable);
    control->setToolTip(decision.allowed ? control->property(kOwnTooltip).toString() : decision.reason);
}

void gateControl(QWidget* control, const services::AccessPolicy::Decision& decision, bool usable) {
    gate(control, decision, usable);
}

void gateAction(QAction* action, const services::AccessPolicy::Decision& decision, bool usable) {
    gate(action, decision, usable);
}

} // namespace medsafe::app
