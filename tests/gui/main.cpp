#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "i18n/Translations.h"
#include "logging/Logging.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>

int main(int argc, char* argv[]) {
    // Settings and data folders of the tests never touch the user's own.
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Medicinsikker-tests"));
    QSettings().clear(); // every run starts from the defaults
    medsafe::logging::setupConsoleOnly(false);
    // The app speaks Danish by default; the tests check the Danish texts a person sees.
    medsafe::i18n::install(medsafe::i18n::Language::Danish);
    return Catch::Session().run(argc, argv);
}
