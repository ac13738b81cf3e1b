#pragma once

#include "../../common/ScratchDatabase.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoWriter.h"
#include "storage/BotilbudRepository.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <memory>

// The default demo (one botilbud, 24 months from January 2024) written to an in-memory
// database, plus the generated dataset to check against.
struct DemoReportDatabase {
    std::unique_ptr<medsafe::storage::Database> db;
    medsafe::demo::DemoDataset dataset;
    medsafe::domain::BotilbudId botilbud;

    static DemoReportDatabase create() {
        using namespace medsafe;
        DemoReportDatabase t;
        t.dataset = demo::DemoGenerator(demo::DemoOptions{}).generate();
        auto db = testing::openScratchDatabase();
        REQUIRE(db.ok());
        t.db = std::move(db.value());
        REQUIRE(demo::DemoWriter::write(t.dataset, *t.db).ok());
        auto homes = storage::BotilbudRepository(*t.db).all();
        REQUIRE(homes.ok());
        REQUIRE(homes->size() == 1);
        t.botilbud = homes->first().id;
        return t;
    }
};
