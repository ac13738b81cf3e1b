// Schema version 5: when a person joined and left the botilbud's work (issue 14, item 1).
// RELEASED once shipped — never edit; append a new migration instead.
//
// person.start_date and person.end_date, both nullable (not recorded for the people already
// stored). A person who leaves is retired (active = false, end_date set), never deleted.
#include "storage/Migration.h"

namespace medsafe::storage {

namespace {

QStringList personDates(const SqlDialect& dialect) {
    return dialect.typed({
        QStringLiteral("ALTER TABLE person ADD COLUMN start_date {date}"),
        QStringLiteral("ALTER TABLE person ADD COLUMN end_date {date}"),
    });
}

} // namespace

Migration migration005PersonDates() {
    return Migration{5, QStringLiteral("person dates"), &personDates, nullptr};
}

} // namespace medsafe::storage
