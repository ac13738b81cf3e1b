#include "domain/pharmacy/PharmacyLabels.h"

namespace medsafe::domain {

QString PharmacyLabels::label(QaArea value) {
    switch (value) {
    case QaArea::Storage:
        return tr("Storage");
    case QaArea::Dispensing:
        return tr("Dispensing");
    case QaArea::Administration:
        return tr("Administration");
    case QaArea::Documentation:
        return tr("Documentation");
    case QaArea::PnMedicine:
        return tr("PN medicine");
    case QaArea::Delegation:
        return tr("Delegation and competences");
    case QaArea::Disposal:
        return tr("Disposal");
    }
    return {};
}

QString PharmacyLabels::label(QaResult value) {
    switch (value) {
    case QaResult::Compliant:
        return tr("Compliant");
    case QaResult::NotCompliant:
        return tr("Not compliant");
    case QaResult::NotApplicable:
        return tr("Not applicable");
    }
    return {};
}

QString PharmacyLabels::label(FindingSeverity value) {
    switch (value) {
    case FindingSeverity::Low:
        return tr("Low");
    case FindingSeverity::Medium:
        return tr("Medium");
    case FindingSeverity::High:
        return tr("High");
    }
    return {};
}

QString PharmacyLabels::label(FindingStatus value) {
    switch (value) {
    case FindingStatus::Open:
        return tr("Open");
    case FindingStatus::InProgress:
        return tr("In progress");
    case FindingStatus::Closed:
        return tr("Closed");
    }
    return {};
}

QString PharmacyLabels::label(QuestionCategory value) {
    switch (value) {
    case QuestionCategory::Interaction:
        return tr("Interaction");
    case QuestionCategory::SideEffect:
        return tr("Side effect");
    case QuestionCategory::Dosing:
        return tr("Dosing");
    case QuestionCategory::Storage:
        return tr("Storage");
    case QuestionCategory::CrushingSplitting:
        return tr("Crushing or splitting");
    case QuestionCategory::Other:
        return tr("Other");
    }
    return {};
}

} // namespace medsafe::domain
