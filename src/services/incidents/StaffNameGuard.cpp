#include "services/incidents/StaffNameGuard.h"

#include <QRegularExpression>
#include <QSet>

namespace medsafe::services {

QStringList StaffNameGuard::namesIn(const QString& text, const QList<domain::Person>& staff) {
    QStringList found;
    if (text.trimmed().isEmpty()) return found;
    static const QRegularExpression kWord(QStringLiteral(R"([\p{L}][\p{L}'\-]*)"));
    QSet<QString> words;
    auto it = kWord.globalMatch(text);
    while (it.hasNext())
        words.insert(it.next().captured().toCaseFolded());
    for (const domain::Person& person : staff) {
        const QStringList parts = person.name.split(QRegularExpression(QStringLiteral(R"([\s]+)")), Qt::SkipEmptyParts);
        for (const QString& part : parts) {
            if (part.size() >= kMinimumWordLength && words.contains(part.toCaseFolded())) {
                found << person.name;
                break;
            }
        }
    }
    return found;
}

} // namespace medsafe::services
