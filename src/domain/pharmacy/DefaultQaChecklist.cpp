#include "domain/pharmacy/DefaultQaChecklist.h"

namespace medsafe::domain {

QList<QaChecklistItem> DefaultQaChecklist::items() {
    const auto item = [](QaArea area, const QString& text) { return QaChecklistItem{{}, area, text}; };
    return {
        item(QaArea::Storage, tr("Medicine is stored locked, separately for each resident")),
        item(QaArea::Storage, tr("The refrigerator temperature is logged and between 2 and 8 °C")),
        item(QaArea::Storage, tr("No medicine past its expiry date; opened packages are dated")),
        item(QaArea::Dispensing, tr("Dose boxes are dispensed from the current medicine list")),
        item(QaArea::Dispensing, tr("Dispensing is double-checked and signed by a second person")),
        item(QaArea::Dispensing, tr("Dose boxes are labelled with date and time of day")),
        item(QaArea::Administration, tr("Administration is signed for at the time it is given")),
        item(QaArea::Administration, tr("The right resident is identified before medicine is given")),
        item(QaArea::Documentation, tr("The medicine list agrees with FMK")),
        item(QaArea::Documentation, tr("Changes of medication are documented the same day")),
        item(QaArea::PnMedicine, tr("Every PN medicine has an indication and a maximum dose")),
        item(QaArea::PnMedicine, tr("The effect of PN medicine is followed up and documented")),
        item(QaArea::Delegation, tr("Everyone who handles medicine holds a current delegation")),
        item(QaArea::Delegation, tr("New staff are trained before they handle medicine")),
        item(QaArea::Disposal, tr("Discarded medicine is returned to the pharmacy and logged")),
    };
}

} // namespace medsafe::domain
