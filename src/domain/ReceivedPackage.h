#pragma once

#include "domain/Ids.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace medsafe::domain {

using ReceivedPackageId = Id<struct ReceivedPackageTag>;

// A monthly-report data package as a consultant's database keeps it: the whole file, so the
// report can be read again exactly as it arrived, and its checksum, so importing the same file
// twice is recognised and changes nothing. One per botilbud and month; a newer package for
// the same month replaces the older one.
struct ReceivedPackage {
    ReceivedPackageId id;
    BotilbudId botilbudId;
    QDate month;          // first day of the month
    QString sha256;       // lower-case hex, the package's own content checksum
    QByteArray payload;   // the package JSON as received (UTF-8)
    QDateTime receivedOn; // UTC

    friend bool operator==(const ReceivedPackage&, const ReceivedPackage&) = default;
};

// One row of the consultant's overview: which botilbud sent which month.
struct ReceivedPackageMonth {
    BotilbudId botilbudId;
    QDate month;
    QDateTime receivedOn;

    friend bool operator==(const ReceivedPackageMonth&, const ReceivedPackageMonth&) = default;
};

} // namespace medsafe::domain
