#pragma once

#include "demo/DemoGenerator.h"
#include "demo/DemoWriter.h"
#include "storage/BotilbudRepository.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <memory>

// The demo in an in-memory database: `count` botilbud, each with 24 months of measurements,
// PDSA cycles, incidents and monthly reports (the last month a draft, the one before sent,
// the earlier ones with PS!'s feedback).
inline std::unique_ptr<medsafe::storage::Database> reportTestDatabase(int count = 1) {
    using namespace medsafe;
    auto db = storage::Database::openInMemory();
    REQUIRE(db.ok());
    demo::DemoOptions options;
    options.botilbudCount = count;
    REQUIRE(demo::DemoWriter::write(demo::DemoGenerator(options).generate(), *db.value()).ok());
    return std::move(db.value());
}
