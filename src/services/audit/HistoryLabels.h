#pragma once

#include "services/audit/HistoryEntry.h"

#include <QCoreApplication>
#include <QStringList>

namespace medsafe::services {

// Names of kinds and actions in the running language, and which tables a kind covers.
class HistoryLabels {
    Q_DECLARE_TR_FUNCTIONS(HistoryLabels)

public:
    static QList<HistoryKind> allKinds();
    static QString kindName(HistoryKind kind);
    static QString actionName(const QString& action);
    static QStringList tablesOf(HistoryKind kind);
    static HistoryKind kindOfTable(const QString& table);
    // A column in words ("learning" -> "Læring"); an unknown column as it is.
    static QString fieldName(const QString& column);
    // One record in words: "Hændelse 12", "PDSA-cyklus 4".
    static QString recordName(const QString& table, const QString& rowKey);
    // "anonym" and "os:<user>" in words.
    static QString actorName(const QString& login);
};

} // namespace medsafe::services
