#pragma once

#include <QString>

class QCoreApplication;

namespace medsafe::i18n {

enum class Language { Danish, English };

// Parses "da"/"en" (case-insensitive). Anything else yields Danish, the default.
Language languageFromCode(const QString& code);
QString languageCode(Language language);

// Installs the translators for `language` on the running application: our own strings
// (embedded .qm) and Qt's standard texts (buttons, dialogs) where the system has them.
// English needs no translator: it is the source language. The CLI leaves out Qt's texts so its
// option help stays in one language. Returns false when the
// embedded Danish translation could not be loaded (a build error, logged by the caller).
bool install(Language language, bool includeQtTexts = true);

} // namespace medsafe::i18n
