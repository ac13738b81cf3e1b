// Catch2 runner with a QCoreApplication (QtSql drivers need one) and a quiet storage log.
#define CATCH_CONFIG_RUNNER
#include <QCoreApplication>
#include <catch2/catch.hpp>
#include <spdlog/spdlog.h>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    // Keep the output readable: the refusal tests log expected warnings and SQL errors.
    spdlog::set_level(spdlog::level::critical);
    return Catch::Session().run(argc, argv);
}
