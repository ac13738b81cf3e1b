#include "domain/pharmacy/ResidentTextGuard.h"

#include "domain/CprDetector.h"

#include <QRegularExpression>

namespace medsafe::domain {

namespace {

// A resident word followed by something that reads as a name: a capitalised word, or
// initials ("K.J.", "KJ"). Lower-case words after them ("beboeren fik", "borgeren på 2.
// sal") are the normal way to write and pass.
const QRegularExpression& residentNamePattern() {
    static const QRegularExpression pattern(
        QStringLiteral("\\b(?:beboer(?:en|ne)?|borger(?:en|ne)?|patient(?:en)?|hr\\.?|fru|frk\\.?)"
                       "\\s+(?:\\p{Lu}\\p{Ll}+|\\p{Lu}\\.?\\s?\\p{Lu}\\.?)(?=\\W|$)"),
        QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

} // namespace

bool ResidentTextGuard::namesResident(const QString& text) {
    // Case-insensitive for the resident word, but the name itself must start with a capital:
    // check the matched name part's first letter against the original text.
    auto it = residentNamePattern().globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        const QString matched = match.captured(0);
        const qsizetype space = matched.indexOf(QRegularExpression(QStringLiteral("\\s")));
        if (space < 0) continue;
        const QString name = matched.mid(space).trimmed();
        if (!name.isEmpty() && name.front().isUpper()) return true;
    }
    return false;
}

QString ResidentTextGuard::problemIn(const QString& text) {
    if (CprDetector::containsCpr(text))
        return tr("The text looks like a CPR number (ddmmyy-xxxx). Never write CPR numbers here.");
    if (namesResident(text))
        return tr(
            "The text seems to name a resident. Write \"a resident\" instead of the name: questions and "
            "notes are about the medicine and the routine, not about who.");
    return {};
}

} // namespace medsafe::domain
