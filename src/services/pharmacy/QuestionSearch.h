#pragma once

#include "domain/pharmacy/PharmacyQuestion.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace medsafe::services {

// Which questions of the log to show: words in the question or the answer (every word must
// occur, ignoring case), a category, only good-to-know answers, only unanswered ones, a
// period. An empty search shows everything. Plain values; any thread.
struct QuestionSearch {
    QString words;
    std::optional<domain::QuestionCategory> category;
    bool onlyGoodToKnow = false;
    bool onlyUnanswered = false;
    QDate from;
    QDate to;

    bool matches(const domain::PharmacyQuestion& question) const;
    QList<domain::PharmacyQuestion> apply(const QList<domain::PharmacyQuestion>& questions) const;
};

} // namespace medsafe::services
