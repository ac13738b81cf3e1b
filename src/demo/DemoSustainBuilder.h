#pragma once

#include "domain/Result.h"

#include <QDate>

namespace medsafe::storage {
class Database;
}

namespace medsafe::demo {

// The sustain side of the demo, written after DemoWriter (it reads the adopted changes the
// way the app does, from the stored PDSA cycles): a fastholdelsesplan of two checks for every
// adopted change of each local botilbud — one checked recently, one overdue, so both looks
// can be seen — and, where a typed proportion has at least thirteen months after its change
// was adopted, its latest month lowered below the control limit frozen after adoption, so the
// dashboard's "Glider tilbage" flag can be seen. Deterministic; adds nothing twice (a
// botilbud that has plan rows already is left alone).
class DemoSustainBuilder {
public:
    // `asOf` as in DemoOptions (null = the demo's default calendar, finished December 2025).
    static Status add(storage::Database& db, const QDate& asOf = {});
};

} // namespace medsafe::demo
