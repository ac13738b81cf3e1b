#pragma once

#include "domain/Result.h"
#include "domain/spread/ReceivedChangePackage.h"

#include <QList>
#include <optional>

namespace medsafe::storage {

class Database;

// Reads and writes the change packages a botilbud received (table received_change_package),
// one per botilbud and spread key. Lives on the thread of its Database.
class ChangePackageRepository {
public:
    explicit ChangePackageRepository(Database& db);

    // Adds the package; a second one for the same botilbud and key is refused by the table.
    Result<domain::ReceivedChangePackageId> add(const domain::ReceivedChangePackage& package);
    Result<std::optional<domain::ReceivedChangePackage>> find(domain::BotilbudId botilbud,
                                                              const QString& spreadKey) const;
    // The botilbud's received packages, newest first, with their payloads.
    Result<QList<domain::ReceivedChangePackage>> forBotilbud(domain::BotilbudId botilbud) const;
    Status remove(domain::ReceivedChangePackageId id);

private:
    Database& m_db;
};

} // namespace medsafe::storage
