#pragma once

#include "domain/Ids.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <optional>

namespace medsafe::domain {

using ReceivedChangePackageId = Id<struct ReceivedChangePackageTag>;

// A change package (forandringspakke) as the receiving botilbud keeps it: where the change came
// from (botilbud and kommune, as names: the origin is another database) and the whole file, so
// the origin's PDSA story can be read again exactly as it arrived. One per botilbud and spread
// key, which is what makes a second import of the same change a no-op.
struct ReceivedChangePackage {
    ReceivedChangePackageId id;
    BotilbudId botilbudId;
    QString spreadKey;
    std::optional<ChangeIdeaId> changeIdeaId; // the idea the import made (gone if it was deleted)
    QString originBotilbud;
    QString originKommune;
    QString sha256;     // lower-case hex, the package's checksum
    QByteArray payload; // the package JSON as received (UTF-8)
    QDate receivedOn;

    friend bool operator==(const ReceivedChangePackage&, const ReceivedChangePackage&) = default;
};

} // namespace medsafe::domain
