#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace medsafe::i18n {

Language languageFromCode(const QString& code) {
    return code.trimmed().compare(QStringLiteral("en"), Qt::CaseInsensitive) == 0 ? Language::English
                                                                                    : Language::Danish;
}

QString languageCode(Language language) {
    return language == Language::English ? QStringLiteral("en") : QStringLiteral("da");
}

bool install(Language language, bool includeQtTexts) {
    auto* app = QCoreApplication::instance();
    if (language == Language::English) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Denmark));
        return true;
    }
    // Danish dates and decimal commas everywhere (QLocale() picks this up).
    QLocale::setDefault(QLocale(QLocale::Danish, QLocale::Denmark));

    // Parented to the application so they live exactly as long as it does.
    auto* own = new QTranslator(app);
    const bool ownLoaded = own->load(QStringLiteral(":/i18n/medicinsikker_da.qm"));
    if (ownLoaded) QCoreApplication::installTranslator(own);

    if (!includeQtTexts) return ownLoaded;
    auto* qtBase = new QTranslator(app);
    if (qtBase->load(QLocale(QLocale::Danish), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtBase);
    }
    return ownLoaded;
}

} // namespace medsafe::i18n
