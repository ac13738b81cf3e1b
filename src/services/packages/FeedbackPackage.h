#pragma once

#include <QDate>
#include <QString>

namespace medsafe::services {

// PS!'s feedback on one monthly report, travelling back to the botilbud. It names the botilbud
// only by its package key and carries no names: the consultant's text and its date.
struct FeedbackPackage {
    QString botilbudKey;
    QDate month; // first day of the month
    QString consultantFeedback;
    QDate feedbackDate;
    QDate createdOn;
    QString sha256; // set when read

    friend bool operator==(const FeedbackPackage&, const FeedbackPackage&) = default;
};

} // namespace medsafe::services
