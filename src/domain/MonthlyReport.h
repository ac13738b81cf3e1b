#pragma once

#include "domain/EnumCodes.h"
#include "domain/Ids.h"

#include <QDate>
#include <QString>
#include <optional>

namespace medsafe::domain {

enum class ReportStatus {
    Draft,
    Sent,
    FeedbackReceived,
};

template <> struct EnumCodeTable<ReportStatus> {
    static constexpr std::array<EnumCode<ReportStatus>, 3> kEntries{{
        {ReportStatus::Draft, "draft"},
        {ReportStatus::Sent, "sent"},
        {ReportStatus::FeedbackReceived, "feedback_received"},
    }};
};

// The monthly team report (månedsrapport) to PS! and the consultant's feedback on it.
// Charts, PDSA and incident sections are computed when the report is rendered; only the
// narrative is stored.
struct MonthlyReport {
    static constexpr int kMinScore = 1;
    static constexpr int kMaxScore = 5;

    MonthlyReportId id;
    BotilbudId botilbudId;
    QDate month; // first day of the month
    ReportStatus status = ReportStatus::Draft;
    QString wentWell;
    QString barriers;
    QString supportNeeded;
    QString planNextMonth;
    std::optional<int> selfScore; // 1-5
    QString consultantFeedback;
    QDate sentDate;
    QDate feedbackDate;

    friend bool operator==(const MonthlyReport&, const MonthlyReport&) = default;
};

} // namespace medsafe::domain
