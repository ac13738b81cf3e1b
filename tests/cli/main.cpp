// The commands use QCoreApplication services (e.g. QCommandLineParser's help), so the tests
// run inside one, as the real CLI does.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
