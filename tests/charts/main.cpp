// Charts need a QApplication (Qt Charts is built on QtWidgets); run with QT_QPA_PLATFORM=offscreen.
#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include <catch2/catch.hpp>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
