#pragma once

#include <QStringList>

namespace medsafe::storage {

// Facts about the current schema that code outside the migrations needs.
class Schema {
public:
    // Every table of the newest schema, parents before children (used by `check`).
    static QStringList tableNames();
};

} // namespace medsafe::storage
