#pragma once

#include "domain/EnumCodes.h"
#include "domain/Ids.h"

#include <QDate>
#include <QString>

namespace medsafe::domain {

// Where a botilbud's row came from. A consultant's database holds botilbud created by
// importing their data packages; those are read-only copies of someone else's work, and a
// feedback package is only ever applied to a botilbud's own (local) row.
enum class BotilbudOrigin {
    Local,   // created in this database; its tovholder works here
    Package, // created on the consultant's machine by importing a data package
};

template <> struct EnumCodeTable<BotilbudOrigin> {
    static constexpr std::array<EnumCode<BotilbudOrigin>, 2> kEntries{{
        {BotilbudOrigin::Local, "local"},
        {BotilbudOrigin::Package, "package"},
    }};
};

// A residential care home (botilbud) taking part in the programme. Everything else hangs off it.
struct Botilbud {
    BotilbudId id;
    QString name;
    QString municipality;
    int residentCount = 0; // used for resident-days in rate measures
    QDate createdDate;
    // A UUID (without braces) naming this botilbud across databases: ids differ between the
    // botilbud's and the consultant's database, the key does not. Empty until stored.
    QString packageKey{};
    BotilbudOrigin origin = BotilbudOrigin::Local;

    friend bool operator==(const Botilbud&, const Botilbud&) = default;
};

} // namespace medsafe::domain
