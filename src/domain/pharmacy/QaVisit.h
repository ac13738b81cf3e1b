#pragma once

#include "domain/EnumCodes.h"
#include "domain/Ids.h"
#include "domain/RowVersion.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace medsafe::domain {

enum class QaResult {
    Compliant,     // overholdt
    NotCompliant,  // ikke overholdt: becomes a finding
    NotApplicable, // ikke relevant: left out of the compliance share
};

template <> struct EnumCodeTable<QaResult> {
    static constexpr std::array<EnumCode<QaResult>, 3> kEntries{{
        {QaResult::Compliant, "compliant"},
        {QaResult::NotCompliant, "not_compliant"},
        {QaResult::NotApplicable, "not_applicable"},
    }};
};

struct QaAnswer {
    QaChecklistItemId itemId;
    QaResult result = QaResult::Compliant;
    QString note;

    friend bool operator==(const QaAnswer&, const QaAnswer&) = default;
};

// A quality-assurance visit by the pharmacy: the day, the pharmacist who audited, the
// checklist version audited against and the answer to each item (items not answered yet
// are simply missing).
struct QaVisit {
    QaVisitId id;
    BotilbudId botilbudId;
    QDate visitDate;
    QString auditor;
    QaChecklistId checklistId;
    std::optional<PharmacyAgreementId> agreementId;
    QString summary;
    QList<QaAnswer> answers;
    RowVersion rowVersion;

    const QaAnswer* answerFor(QaChecklistItemId item) const {
        for (const QaAnswer& a : answers) {
            if (a.itemId == item) return &a;
        }
        return nullptr;
    }
    friend bool operator==(const QaVisit&, const QaVisit&) = default;
};

} // namespace medsafe::domain
