#pragma once

#include "domain/Ids.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace medsafe::services {

// The kinds of record a person filters the history by (each covers some tables).
enum class HistoryKind {
    People,
    Programme,
    Improvement,
    Measurements,
    Pdsa,
    Incidents,
    Competences,
    Reports,
    Pharmacy,
    Startup,
    SustainSpread,
    Keys
};

// One changed field: its column, and the values before and after as text (empty: none).
struct HistoryChange {
    QString field;
    QString before;
    QString after;
};

// One audit entry as the Historik view shows it.
struct HistoryEntry {
    qint64 id = 0;
    QDateTime changedAt; // UTC
    QString who;         // the person's name where the login has an account, else the login
    QString login;
    HistoryKind kind = HistoryKind::People;
    QString table;
    QString rowKey;
    QString action; // insert, update, delete
    QList<HistoryChange> changes;
    // Free text and the reporter of an incident of another botilbud are withheld.
    bool redacted = false;
};

struct HistoryFilter {
    domain::BotilbudId botilbud;
    QString login;            // empty: everyone
    QList<HistoryKind> kinds; // empty: every kind
    QString table;            // with rowKey: one record's own history
    QString rowKey;
    QDate from;
    QDate to;
    int limit = 1000;
};

} // namespace medsafe::services
