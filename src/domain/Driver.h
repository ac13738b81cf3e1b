#pragma once

#include "domain/EnumCodes.h"
#include "domain/Ids.h"

#include <QString>
#include <optional>

namespace medsafe::domain {

enum class DriverLevel {
    Primary,
    Secondary,
};

template <> struct EnumCodeTable<DriverLevel> {
    static constexpr std::array<EnumCode<DriverLevel>, 2> kEntries{{
        {DriverLevel::Primary, "primary"},
        {DriverLevel::Secondary, "secondary"},
    }};
};

// One box of the driver diagram. A secondary driver hangs under a primary one (parentId).
struct Driver {
    DriverId id;
    BotilbudId botilbudId;
    std::optional<AimId> aimId;
    DriverLevel level = DriverLevel::Primary;
    std::optional<DriverId> parentId;
    QString text;
    int sortOrder = 0;

    friend bool operator==(const Driver&, const Driver&) = default;
};

} // namespace medsafe::domain
