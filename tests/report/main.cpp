// Reports draw charts (Qt Charts needs a QApplication) and are read in Danish, the app's
// default language; run with QT_QPA_PLATFORM=offscreen.
#define CATCH_CONFIG_RUNNER
#include "i18n/Translations.h"

#include <QApplication>
#include <catch2/catch.hpp>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    if (!medsafe::i18n::install(medsafe::i18n::Language::Danish, false)) return 1;
    return Catch::Session().run(argc, argv);
}
