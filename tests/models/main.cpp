#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>

int main(int argc, char* argv[]) {
    // Models hand out colours and fonts, which need a GUI application (offscreen in tests).
    QGuiApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
