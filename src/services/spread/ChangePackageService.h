#pragma once

#include "domain/ChangeIdea.h"
#include "domain/Result.h"
#include "domain/spread/ChangePackage.h"
#include "domain/spread/ReceivedChangePackage.h"
#include "services/spread/SpreadStatus.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

namespace medsafe::storage {
class Database;
}

namespace medsafe::services {

struct PackageEnvelope;

// An adopted change of the botilbud, which can be exported as a change package.
struct ExportableChange {
    domain::ChangeIdea idea;
    QDate adoptedOn;       // end (or start) of the first cycle decided "adopt"
    bool received = false; // the idea itself came here in a change package
};

// A change package the botilbud received, read back for the spread page.
struct ReceivedChange {
    domain::ReceivedChangePackage row;
    domain::ChangePackage package; // the origin's story (empty title if the stored copy is unreadable)
    SpreadStatus localStatus = SpreadStatus::NotStarted; // how far this botilbud has come with it
};

struct ChangeExportOutcome {
    QString title;
    QString spreadKey;
    bool newKey = false; // the key was assigned by this export
    QString path;
    qint64 bytes = 0;
};

struct ChangeImportOutcome {
    QString title;
    QString originBotilbud;
    QString originKommune;
    bool unchanged = false; // received before (receivedOn says when); nothing was written
    QDate receivedOn;
    domain::ChangeIdeaId idea;
    domain::PdsaCycleId cycle;
    bool createdDriver = false;
    bool joinedExisting = false; // the botilbud had the change under the same title: it got the key
    QStringList matchedMeasures; // found by name among the botilbud's measures
    QStringList createdMeasures; // made from the package's definitions
    QStringList skippedMeasures; // derived from incidents elsewhere and not found here by name
};

// Spreading an adopted change between botilbud (issue 16): exports a change package
// (ChangePackageCollector + ChangePackageFormat, signed with the database's key; the idea gets
// its spread key on its first export), and imports one into the current botilbud's database,
// all or nothing. The package is read and checked whole before anything is written; the
// import then, in one transaction, finds or creates the driver by its text, adds the change
// idea with the same spread key, matches the measures by name (creating the typed ones that
// are missing; incident-derived ones cannot be made from a definition and are listed as
// skipped), plans a first PDSA cycle for the idea and keeps the package with its origin.
// The same change again changes nothing; a change back into the botilbud it came from is
// refused. Every write checks ExchangeChangePackages. Borrows the database; its thread.
class ChangePackageService {
    Q_DECLARE_TR_FUNCTIONS(ChangePackageService)

public:
    explicit ChangePackageService(storage::Database& db, const QDate& today = {});

    Result<QList<ExportableChange>> adoptedChanges(domain::BotilbudId botilbud) const;
    Result<QList<ReceivedChange>> receivedChanges(domain::BotilbudId botilbud) const;

    // The package bytes; assigns the spread key first if the idea has none (a write).
    Result<QByteArray> exportBytes(domain::BotilbudId botilbud, domain::ChangeIdeaId idea,
                                   bool* newKey = nullptr) const;
    Result<ChangeExportOutcome> exportToFile(domain::BotilbudId botilbud, domain::ChangeIdeaId idea,
                                             const QString& path) const;

    Result<ChangeImportOutcome> importBytes(domain::BotilbudId botilbud, const QByteArray& bytes) const;
    Result<ChangeImportOutcome> importFile(domain::BotilbudId botilbud, const QString& path) const;

    // "<title>.forandringspakke.json" with characters a file name cannot hold replaced.
    static QString suggestedFileName(const QString& title);

private:
    Status checkSigner(const PackageEnvelope& envelope, const QString& origin) const;

    storage::Database& m_db;
    QDate m_today;
};

} // namespace medsafe::services
