#include "cli/CheckCommand.h"

#include "cli/CliMessages.h"
#include "cli/CommandDatabase.h"
#include "cli/CommandLine.h"
#include "services/access/AccountService.h"
#include "services/audit/AuditTrailService.h"
#include "storage/Database.h"

#include <algorithm>

namespace medsafe::cli {

namespace {
// Schema version 6 added the audit trail.
constexpr int kFirstAuditedSchema = 6;
} // namespace

int CheckCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("database"), tr("The database file to check."), CliMessages::fileValue()});
    if (auto code = parseCommandLine(parser, name(), summary(), args, out, err)) return *code;
    const auto path = requiredOption(parser, name(), QStringLiteral("database"), err);
    if (!path) return 2;

    // Read-only: a check never creates, migrates or writes, and leaves no -wal/-shm files.
    auto db = openDatabase(name(), *path, storage::OpenMode::ReadOnly, {}, err);
    if (!db) return 1;
    const auto report = db->checkReport();
    if (!report) {
        CliMessages::print(err, name(), CliMessages::cannotRead(*path, report.error().display()));
        return 1;
    }
    // The labels line up in one column whatever their length in the running language.
    const QStringList labels{tr("Database:"), tr("Schema version:"), tr("Integrity:"), tr("Audit trail:")};
    qsizetype width = 0;
    for (const QString& label : labels)
        width = std::max(width, label.size() + 1);
    const auto label = [&](qsizetype i) { return labels.at(i).leftJustified(width); };

    out << label(0) << tr("%1 (opened read-only, nothing written)").arg(report->path) << "\n" << label(1);
    if (report->wouldMigrate())
        out << tr("%1, would be migrated to %2 when opened to work in (this build supports %2)")
                   .arg(report->schemaVersion)
                   .arg(report->supportedVersion);
    else
        out << tr("%1 (this build supports %2)").arg(report->schemaVersion).arg(report->supportedVersion);
    out << "\n";
    // integrity_check (the full one: b-trees, records, indexes against their tables, NOT NULL,
    // UNIQUE and CHECK constraints) lists one problem a line, in SQLite's own (English) words.
    if (report->integrityOk) {
        out << label(2) << tr("ok") << "\n";
    } else {
        out << label(2) << tr("problems found by PRAGMA integrity_check:") << "\n";
        for (const QString& line : report->integrity.split(u'\n'))
            out << "  " << line << "\n";
    }
    // The hash chain of the audit trail (schema 6 on): the first entry changed or removed since
    // it was written is named, and the check fails.
    bool chainHolds = true;
    // On a server a person's login sees only its own botilbud's entries, so the chain has gaps
    // only the owner can see past.
    bool partialView = false;
    if (db->isServer()) {
        auto login = services::AccountService(*db).identifyServerLogin();
        partialView = login && login->signedIn;
    }
    if (report->schemaVersion >= kFirstAuditedSchema && partialView) {
        out << label(3) << tr("not checked: only the database's owner sees the whole history") << "\n";
    } else if (report->schemaVersion >= kFirstAuditedSchema) {
        auto verdict = services::AuditTrailService(*db).verifyChain();
        if (!verdict) {
            CliMessages::print(err, name(), CliMessages::cannotRead(*path, verdict.error().display()));
            return 1;
        }
        out << label(3);
        if (verdict->holds()) {
            out << tr("%n entries, the hash chain is intact", nullptr, static_cast<int>(verdict->entries));
            if (!verdict->headHash.isEmpty()) out << tr(" (last hash %1)").arg(verdict->headHash.left(16));
        } else {
            chainHolds = false;
            using Problem = storage::AuditChainVerdict::Problem;
            const QString why =
                verdict->problemKind == Problem::ContentDiffers
                    ? tr("its contents do not match its hash (the entry was changed)")
                : verdict->previousId == 0
                    ? tr("the first entry names an entry before it (entries were removed)")
                    : tr("it does not name the hash of entry %1 before it (an entry was removed or "
                         "changed)")
                          .arg(verdict->previousId);
            out << tr("BROKEN at entry %1: %2").arg(verdict->firstBrokenId).arg(why);
        }
        out << "\n";
    } else {
        out << label(3) << tr("none yet (it begins with schema version %1)").arg(kFirstAuditedSchema) << "\n";
    }
    out << tr("Rows per table:") << "\n";
    for (const auto& table : report->tables)
        out << "  " << table.table.leftJustified(28) << " " << table.rows << "\n";
    if (!report->integrityOk) {
        CliMessages::print(err, name(), tr("the integrity check found problems in '%1'").arg(*path));
        return 1;
    }
    if (!chainHolds) {
        CliMessages::print(err, name(),
                           tr("the audit trail of '%1' was changed after it was written").arg(*path));
        return 1;
    }
    return 0;
}

} // namespace medsafe::cli
