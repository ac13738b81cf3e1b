#pragma once

#include "domain/Botilbud.h"
#include "storage/BotilbudRepository.h"
#include "storage/Database.h"
#include "storage/ImprovementRepository.h"

#include <catch2/catch.hpp>

#include <memory>

// An in-memory database with one botilbud set up as a new tovholder finds it (programme,
// checklist, default measures) plus one primary and secondary driver with a change idea.
struct WorkspaceTestDatabase {
    std::unique_ptr<medsafe::storage::Database> db;
    medsafe::domain::BotilbudId botilbud;
    medsafe::domain::ChangeIdeaId idea;

    static WorkspaceTestDatabase create() {
        using namespace medsafe;
        WorkspaceTestDatabase t;
        auto db = storage::Database::openInMemory();
        REQUIRE(db.ok());
        t.db = std::move(db.value());
        domain::Botilbud b;
        b.name = QStringLiteral("Bostedet Engly");
        b.municipality = QStringLiteral("Testkommune");
        b.residentCount = 14;
        b.createdDate = QDate::currentDate().addMonths(-8);
        auto id = storage::BotilbudRepository(*t.db).createWithDefaults(b, b.createdDate);
        REQUIRE(id.ok());
        t.botilbud = id.value();
        storage::ImprovementRepository repo(*t.db);
        domain::Driver primary;
        primary.botilbudId = t.botilbud;
        primary.text = QStringLiteral("Sikre arbejdsgange ved dispensering");
        auto p = repo.addDriver(primary);
        REQUIRE(p.ok());
        domain::Driver secondary;
        secondary.botilbudId = t.botilbud;
        secondary.level = domain::DriverLevel::Secondary;
        secondary.parentId = p.value();
        secondary.text = QStringLiteral("Dobbeltkontrol og ro");
        auto s = repo.addDriver(secondary);
        REQUIRE(s.ok());
        domain::ChangeIdea idea;
        idea.botilbudId = t.botilbud;
        idea.driverId = s.value();
        idea.title = QStringLiteral("Dobbeltkontrol ved dispensering");
        auto i = repo.addChangeIdea(idea);
        REQUIRE(i.ok());
        t.idea = i.value();
        return t;
    }
};
