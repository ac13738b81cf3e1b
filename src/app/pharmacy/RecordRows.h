#pragma once

#include <QList>

namespace medsafe::app {

// The row-and-id bookkeeping of a list page whose model rows are `records` in order: the id
// value at a row (0 outside the list) and the row of an id value (-1 when not listed).
template <typename Record> qint64 idAtRow(const QList<Record>& records, int row) {
    return row >= 0 && row < records.size() ? records.at(row).id.value : 0;
}

template <typename Record> int rowOfIdIn(const QList<Record>& records, qint64 id) {
    for (int i = 0; i < records.size(); ++i)
        if (records.at(i).id.value == id) return i;
    return -1;
}

} // namespace medsafe::app
