#pragma once

#include "domain/Botilbud.h"
#include "domain/ChangeIdea.h"
#include "domain/PdsaCycle.h"
#include "domain/spread/SpreadPlanEntry.h"
#include "services/spread/SpreadStatus.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace medsafe::services {

// One botilbud's change ideas and PDSA cycles as the matrix reads them: from its own tables
// (a botilbud of this database) or from its latest received monthly-report package.
struct BotilbudChanges {
    domain::Botilbud botilbud;
    QList<domain::ChangeIdea> ideas;
    QList<domain::PdsaCycle> cycles;
    QDate reportMonth; // the package's month; invalid for a botilbud of this database
};

// A column of the matrix: one botilbud.
struct SpreadColumn {
    domain::Botilbud botilbud;
    QDate reportMonth; // as BotilbudChanges
};

// A cell: how far the column's botilbud has come with the row's change, and the plan for it.
struct SpreadCell {
    SpreadStatus status = SpreadStatus::NotStarted;
    bool hasIdea = false; // the botilbud has the change idea (possibly not started)
    std::optional<domain::SpreadPlanEntry> plan;
};

// A row: one change, keyed by its spread key (ideas without one: by their normalised title).
struct SpreadRow {
    QString key;       // the spread key, or "title:" + normalised title
    QString spreadKey; // empty for a row of ideas never spread
    QString title;
    QList<SpreadCell> cells; // one per column, in column order
    int adopted = 0;
    int testing = 0;
};

// Change ideas × botilbud (issue 16): the consultant's spread matrix. Rows with the most
// adopters first, then by title; columns by botilbud name.
struct SpreadMatrix {
    QList<SpreadColumn> columns;
    QList<SpreadRow> rows;

    const SpreadRow* row(const QString& key) const {
        for (const SpreadRow& r : rows)
            if (r.key == key) return &r;
        return nullptr;
    }
    int column(domain::BotilbudId botilbud) const {
        for (int i = 0; i < columns.size(); ++i)
            if (columns[i].botilbud.id == botilbud) return i;
        return -1;
    }
};

// For one botilbud (the final evaluation): the changes it spread and the ones it received.
struct SpreadChangeLine {
    QString title;
    QString spreadKey;
    SpreadStatus status = SpreadStatus::NotStarted;
    QString origin;        // received: the origin botilbud
    QString originKommune; // received: its kommune
    QDate receivedOn;      // received: the day of import
};

struct BotilbudSpread {
    QList<SpreadChangeLine> exported; // own ideas that carry a spread key (exported at least once)
    QList<SpreadChangeLine> received;
};

} // namespace medsafe::services
