#include "services/pharmacy/QuestionSearch.h"

#include <QRegularExpression>

namespace medsafe::services {

bool QuestionSearch::matches(const domain::PharmacyQuestion& q) const {
    if (category && q.category != *category) return false;
    if (onlyGoodToKnow && !q.goodToKnow) return false;
    if (onlyUnanswered && q.isAnswered()) return false;
    if (from.isValid() && q.askedOn < from) return false;
    if (to.isValid() && q.askedOn > to) return false;
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const QStringList needed = words.split(spaces, Qt::SkipEmptyParts);
    for (const QString& word : needed) {
        if (!q.question.contains(word, Qt::CaseInsensitive) && !q.answer.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

QList<domain::PharmacyQuestion>
QuestionSearch::apply(const QList<domain::PharmacyQuestion>& questions) const {
    QList<domain::PharmacyQuestion> found;
    for (const domain::PharmacyQuestion& q : questions) {
        if (matches(q)) found << q;
    }
    return found;
}

} // namespace medsafe::services
