#pragma once

namespace medsafe::domain {

// The version a row had when it was read, for optimistic concurrency between PCs sharing a
// server (and programs sharing a file): an update says which version it changes, and the
// database refuses it when someone else saved in between (storage: row_version). 0 = not read
// from the database (a new record, or one built by an import that does not care).
//
// Bookkeeping, not content: two records with the same content are equal whichever versions
// they were read at, so comparing records (round trips, demo data, undo) is unchanged.
struct RowVersion {
    int value = 0;

    friend bool operator==(RowVersion, RowVersion) { return true; }
};

} // namespace medsafe::domain
