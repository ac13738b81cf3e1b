#include "services/incidents/IncidentImport.h"

#include "services/incidents/CsvReader.h"
#include "services/incidents/IncidentNaturalKey.h"
#include "storage/IncidentRepository.h"
#include "storage/Transaction.h"

#include <QSet>

namespace medsafe::services {

using namespace medsafe::domain;

int IncidentImportPreview::errorRowCount() const {
    int n = 0;
    for (const auto& row : rows)
        n += row.errors.isEmpty() ? 0 : 1;
    return n;
}

int IncidentImportPreview::duplicateCount() const {
    return int(duplicate.count(true));
}

int IncidentImportPreview::newCount() const {
    int n = 0;
    for (qsizetype i = 0; i < rows.size(); ++i)
        n += rows[i].incident && !duplicate.value(i) ? 1 : 0;
    return n;
}

QStringList IncidentImportPreview::errorLines() const {
    QStringList lines;
    for (const QString& e : fileErrors) {
        if (fileErrorLine > 0 && fileErrorField > 0)
            lines << IncidentImport::tr("Line %1, field %2: %3").arg(fileErrorLine).arg(fileErrorField).arg(e);
        else if (fileErrorLine > 0)
            lines << IncidentImport::tr("Line %1: %2").arg(fileErrorLine).arg(e);
        else
            lines << e;
    }
    for (const auto& row : rows) {
        for (const QString& e : row.errors)
            lines << IncidentImport::tr("Line %1: %2").arg(row.line).arg(e);
    }
    return lines;
}

IncidentImportPreview IncidentImport::parse(const QByteArray& bytes, BotilbudId botilbud, const QDate& today) {
    IncidentImportPreview preview;
    const CsvTable table = CsvReader::read(bytes);
    preview.separator = table.separator;
    if (!table.ok()) {
        preview.fileErrorLine = table.errorLine;
        preview.fileErrorField = table.errorField;
        preview.fileErrors << tr("The file cannot be read as CSV (%1).").arg(table.error);
        return preview;
    }
    const auto map = IncidentCsvFormat::mapHeader(table.header.fields);
    if (!map.errors.isEmpty()) {
        preview.fileErrorLine = table.header.line;
        preview.fileErrors = map.errors;
        return preview;
    }
    preview.rows.reserve(table.records.size());
    for (const CsvRecord& record : table.records)
        preview.rows.append(IncidentCsvFormat::parse(record, map, botilbud, today));
    preview.duplicate = QList<bool>(preview.rows.size(), false);
    return preview;
}

namespace {

// Existing keys of the botilbud, then the file's own repeats.
Result<QSet<QByteArray>> existingKeys(storage::Database& db, BotilbudId botilbud) {
    auto existing = storage::IncidentRepository(db).forBotilbud(botilbud);
    if (!existing) return existing.error();
    QSet<QByteArray> keys;
    keys.reserve(existing->size());
    for (const Incident& incident : *existing)
        keys.insert(IncidentNaturalKey::of(incident));
    return keys;
}

void flag(QSet<QByteArray>& keys, IncidentImportPreview& preview) {
    preview.duplicate = QList<bool>(preview.rows.size(), false);
    for (qsizetype i = 0; i < preview.rows.size(); ++i) {
        if (!preview.rows[i].incident) continue;
        const QByteArray key = IncidentNaturalKey::of(*preview.rows[i].incident);
        if (keys.contains(key)) preview.duplicate[i] = true;
        else keys.insert(key);
    }
}

} // namespace

Status IncidentImport::markDuplicates(storage::Database& db, BotilbudId botilbud, IncidentImportPreview& preview) {
    auto keys = existingKeys(db, botilbud);
    if (!keys) return keys.error();
    flag(*keys, preview);
    return success();
}

Result<IncidentImportSummary> IncidentImport::commit(storage::Database& db, BotilbudId botilbud,
                                                     const IncidentImportPreview& preview) {
    if (preview.hasErrors())
        return Error::forUser(QStringLiteral("import refused: the file has errors"),
                              tr("Nothing was imported: correct the rows with errors first."));
    storage::Transaction tx(db);
    // Duplicates are decided again inside the transaction, so the count printed is the truth.
    IncidentImportPreview checked = preview;
    auto keys = existingKeys(db, botilbud);
    if (!keys) return keys.error();
    flag(*keys, checked);
    QList<Incident> toAdd;
    for (qsizetype i = 0; i < checked.rows.size(); ++i) {
        if (checked.duplicate[i]) continue;
        Incident incident = *checked.rows[i].incident;
        incident.botilbudId = botilbud;
        toAdd.append(incident);
    }
    if (!toAdd.isEmpty()) {
        auto ids = storage::IncidentRepository(db).addMany(toAdd);
        if (!ids) return ids.error();
    }
    if (auto committed = tx.commit(); !committed) return committed.error();
    return IncidentImportSummary{int(toAdd.size()), checked.duplicateCount()};
}

} // namespace medsafe::services
