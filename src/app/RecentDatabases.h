#pragma once

#include <QStringList>

namespace medsafe::app {

// The database files opened lately, newest first (Filer › Seneste databaser), kept in QSettings.
// Files that no longer exist are left out when the list is read.
class RecentDatabases {
public:
    static constexpr int kMaximum = 6;

    static QStringList list();
    static void add(const QString& path);
    static void remove(const QString& path);
};

} // namespace medsafe::app
