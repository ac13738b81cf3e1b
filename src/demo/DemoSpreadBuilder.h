#pragma once

#include "domain/Ids.h"
#include "domain/Result.h"

#include <QDate>

namespace medsafe::storage {
class Database;
}

namespace medsafe::demo {

// The spreading part of the demo (issue 16), written through the real services:
//  - varyHome: in a demo botilbud's own (throw-away) database, before its reports are packaged
//    for the consultant: its change ideas get the spread keys all demo botilbud share (one per
//    title, as if spread from one botilbud), and botilbud number `index` > 0 is made to differ
//    from the generated story for some ideas — still testing, not started, or without the idea
//    — so the consultant's spread matrix shows a real mix.
//  - addSpreadPlan: in the consultant's database, after the packages are in: planned months for
//    two changes at botilbud that have not started them.
//  - addReceivedChange: in a botilbud's demo database, a change package from a fictional
//    botilbud in another kommune (Bostedet Kastanjehøj, Kolding), exported there and imported
//    here, so the Spredning tab has a received change with its story.
class DemoSpreadBuilder {
public:
    static Status varyHome(storage::Database& home, domain::BotilbudId botilbud, int index);
    static Status addSpreadPlan(storage::Database& consultant, const QDate& asOf);
    static Status addReceivedChange(storage::Database& db, domain::BotilbudId botilbud, const QDate& asOf);
    // addReceivedChange for the first botilbud of this database (origin local), once: a database
    // that already received the demo's change package is left as it is.
    static Status addReceivedChangeToLocal(storage::Database& db, const QDate& asOf);

    // The spread key every demo botilbud uses for a change of this title.
    static QString spreadKeyFor(const QString& title);
};

} // namespace medsafe::demo
