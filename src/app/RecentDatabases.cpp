#include "app/RecentDatabases.h"

#include <QFileInfo>
#include <QSettings>

namespace medsafe::app {

namespace {
const QString kKey = QStringLiteral("recentDatabases");
}

QStringList RecentDatabases::list() {
    QStringList existing;
    for (const QString& path : QSettings().value(kKey).toStringList())
        if (QFileInfo::exists(path)) existing << path;
    return existing;
}

void RecentDatabases::add(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = QSettings().value(kKey).toStringList();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    QSettings().setValue(kKey, paths.mid(0, kMaximum));
}

void RecentDatabases::remove(const QString& path) {
    QStringList paths = QSettings().value(kKey).toStringList();
    paths.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(kKey, paths);
}

} // namespace medsafe::app
