#include "services/spread/ChangePackageService.h"

#include "logging/Logging.h"
#include "services/access/AccessPolicy.h"
#include "services/packages/PackageEnvelopeReader.h"
#include "services/packages/PackageFormat.h"
#include "services/packages/PackageTrust.h"
#include "services/spread/ChangePackageCollector.h"
#include "services/spread/ChangePackageFormat.h"
#include "services/spread/ChangePackageImport.h"
#include "storage/BotilbudRepository.h"
#include "storage/ChangePackageRepository.h"
#include "storage/Database.h"
#include "storage/ImprovementRepository.h"
#include "storage/PdsaRepository.h"
#include "storage/SigningKeyRepository.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUuid>

namespace medsafe::services {

using namespace medsafe::domain;

#define SPREAD_TRY(expr)                                                                                     \
    do {                                                                                                     \
        if (auto spreadTryResult_ = (expr); !spreadTryResult_) return spreadTryResult_.error();              \
    } while (false)

namespace {

QList<PdsaCycle> cyclesOf(const QList<PdsaCycle>& all, ChangeIdeaId idea) {
    QList<PdsaCycle> out;
    for (const PdsaCycle& c : all)
        if (c.changeIdeaId == idea) out << c;
    return out;
}

} // namespace

ChangePackageService::ChangePackageService(storage::Database& db, const QDate& today)
    : m_db(db), m_today(today.isValid() ? today : QDate::currentDate()) {}

QString ChangePackageService::suggestedFileName(const QString& title) {
    QString name = title.simplified();
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("-"));
    if (name.isEmpty()) name = QStringLiteral("forandring");
    return name.left(80) + QStringLiteral(".forandringspakke.json");
}

Result<QList<ExportableChange>> ChangePackageService::adoptedChanges(BotilbudId botilbud) const {
    auto ideas = storage::ImprovementRepository(m_db).changeIdeas(botilbud);
    if (!ideas) return ideas.error();
    auto cycles = storage::PdsaRepository(m_db).forBotilbud(botilbud);
    if (!cycles) return cycles.error();
    auto received = storage::ChangePackageRepository(m_db).forBotilbud(botilbud);
    if (!received) return received.error();
    QList<ExportableChange> out;
    for (const ChangeIdea& idea : *ideas) {
        QDate adoptedOn;
        for (const PdsaCycle& c : cyclesOf(*cycles, idea.id)) {
            if (c.decision != ActDecision::Adopt) continue;
            const QDate day = c.endDate.isValid() ? c.endDate : c.startDate;
            if (!adoptedOn.isValid() || (day.isValid() && day < adoptedOn))
                adoptedOn = day.isValid() ? day : m_today;
        }
        if (!adoptedOn.isValid()) continue;
        bool came = false;
        for (const ReceivedChangePackage& r : *received)
            came = came || (!idea.spreadKey.isEmpty() && r.spreadKey == idea.spreadKey);
        out << ExportableChange{idea, adoptedOn, came};
    }
    return out;
}

Result<QList<ReceivedChange>> ChangePackageService::receivedChanges(BotilbudId botilbud) const {
    auto rows = storage::ChangePackageRepository(m_db).forBotilbud(botilbud);
    if (!rows) return rows.error();
    auto cycles = storage::PdsaRepository(m_db).forBotilbud(botilbud);
    if (!cycles) return cycles.error();
    QList<ReceivedChange> out;
    for (const ReceivedChangePackage& row : *rows) {
        ReceivedChange change;
        change.row = row;
        // Kept as it arrived; the signature was checked then (and the key may since be replaced).
        auto read = ChangePackageFormat::read(row.payload, SignaturePolicy::StoredCopy);
        if (read)
            change.package = read->package;
        else
            logging::get("spread")->warn("stored change package {} unreadable: {}", row.id.value,
                                         read.error().message.toStdString());
        if (row.changeIdeaId) change.localStatus = SpreadStatusRule::of(cyclesOf(*cycles, *row.changeIdeaId));
        out << change;
    }
    return out;
}

Result<QByteArray> ChangePackageService::exportBytes(BotilbudId botilbudId, ChangeIdeaId ideaId,
                                                     bool* newKey) const {
    SPREAD_TRY(AccessPolicy::require(m_db, AccessAction::ExchangeChangePackages, botilbudId));
    auto botilbud = storage::BotilbudRepository(m_db).get(botilbudId);
    if (!botilbud) return botilbud.error();
    if (botilbud->origin != BotilbudOrigin::Local) {
        return Error::forUser(QStringLiteral("botilbud %1 came from a package").arg(botilbudId.value),
                              tr("\"%1\" came to this database in a package. A change package is made in the "
                                 "botilbud's own database.")
                                  .arg(botilbud->name));
    }
    storage::Transaction tx(m_db);
    storage::ImprovementRepository improvement(m_db);
    auto ideas = improvement.changeIdeas(botilbudId);
    if (!ideas) return ideas.error();
    bool assigned = false;
    for (const ChangeIdea& idea : *ideas) {
        if (idea.id != ideaId || !idea.spreadKey.isEmpty()) continue;
        // Given once, on the first export: every botilbud that gets the change keeps this key.
        SPREAD_TRY(improvement.setSpreadKey(ideaId, QUuid::createUuid().toString(QUuid::WithoutBraces)));
        assigned = true;
    }
    auto package = ChangePackageCollector(m_db).collect(botilbudId, ideaId, m_today);
    if (!package) return package.error();
    auto key = PackageTrust(m_db, m_today).ownKeyPair();
    if (!key) return key.error();
    const QByteArray bytes = ChangePackageFormat::write(*package, *key);
    // Never send what another botilbud's Medicinsikker would refuse.
    if (auto check = ChangePackageFormat::read(bytes); !check) return check.error();
    SPREAD_TRY(tx.commit());
    if (newKey) *newKey = assigned;
    return bytes;
}

Result<ChangeExportOutcome> ChangePackageService::exportToFile(BotilbudId botilbud, ChangeIdeaId idea,
                                                               const QString& path) const {
    storage::Transaction tx(m_db);
    bool newKey = false;
    auto bytes = exportBytes(botilbud, idea, &newKey);
    if (!bytes) return bytes.error();
    auto read = ChangePackageFormat::read(*bytes);
    if (!read) return read.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
        return Error::forUser(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()),
                              tr("The change package could not be saved as %1. Check that the folder exists "
                                 "and that you may write to it.")
                                  .arg(path));
    }
    // The key is kept only with the file written, so a failed save does not leave a key behind.
    if (auto status = tx.commit(); !status) {
        QFile::remove(path);
        return status.error();
    }
    return ChangeExportOutcome{read->package.title, read->package.spreadKey, newKey, path, bytes->size()};
}

Status ChangePackageService::checkSigner(const PackageEnvelope& envelope, const QString& origin) const {
    // A package this database signed itself (two botilbud in one database) needs no trust step.
    auto own = storage::SigningKeyRepository(m_db).ownKeyPair();
    if (!own) return own.error();
    if (*own && (*own)->publicKey == envelope.signerPublicKey) return success();
    return PackageTrust(m_db, m_today).checkSigner(envelope, origin);
}

Result<ChangeImportOutcome> ChangePackageService::importFile(BotilbudId botilbud, const QString& path) const {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::forUser(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()),
                              tr("The file %1 could not be read.").arg(path));
    }
    return importBytes(botilbud, file.read(PackageFormat::kMaxBytes + 1));
}

Result<ChangeImportOutcome> ChangePackageService::importBytes(BotilbudId botilbudId,
                                                              const QByteArray& bytes) const {
    // The whole file is checked before anything else: a bad package is refused whole.
    auto read = ChangePackageFormat::read(bytes);
    if (!read) return read.error();
    const ChangePackage& package = read->package;
    SPREAD_TRY(AccessPolicy::require(m_db, AccessAction::ExchangeChangePackages, botilbudId));
    auto botilbud = storage::BotilbudRepository(m_db).get(botilbudId);
    if (!botilbud) return botilbud.error();
    if (botilbud->origin != BotilbudOrigin::Local) {
        return Error::forUser(
            QStringLiteral("change package into package botilbud %1").arg(botilbudId.value),
            tr("\"%1\" came to this database in a package. A change package is imported into "
               "the botilbud's own database.")
                .arg(botilbud->name));
    }
    if (botilbud->packageKey.compare(package.originKey, Qt::CaseInsensitive) == 0) {
        return Error::forUser(
            QStringLiteral("change package from botilbud %1 into itself").arg(botilbudId.value),
            tr("\"%1\" comes from \"%2\" itself, so there is nothing to import here. Send the "
               "file to the botilbud that is to try the change.")
                .arg(package.title, botilbud->name));
    }
    ChangeImportOutcome outcome;
    outcome.title = package.title;
    outcome.originBotilbud = package.originBotilbud;
    outcome.originKommune = package.originKommune;

    storage::Transaction tx(m_db);
    auto earlier = storage::ChangePackageRepository(m_db).find(botilbudId, package.spreadKey);
    if (!earlier) return earlier.error();
    if (*earlier) {
        outcome.unchanged = true;
        outcome.receivedOn = (*earlier)->receivedOn;
        outcome.idea = (*earlier)->changeIdeaId.value_or(ChangeIdeaId{});
        return outcome; // nothing written; the guard rolls back
    }
    auto ideas = storage::ImprovementRepository(m_db).changeIdeas(botilbudId);
    if (!ideas) return ideas.error();
    for (const ChangeIdea& idea : *ideas) {
        if (idea.spreadKey.compare(package.spreadKey, Qt::CaseInsensitive) != 0) continue;
        return Error::forUser(QStringLiteral("botilbud %1 already has spread key %2")
                                  .arg(botilbudId.value)
                                  .arg(package.spreadKey),
                              tr("\"%1\" already has the change \"%2\" (it was made or received here "
                                 "before). Nothing was imported.")
                                  .arg(botilbud->name, idea.title));
    }
    SPREAD_TRY(checkSigner(read->envelope, package.originBotilbud));
    auto written = ChangePackageImport(m_db, m_today).write(*botilbud, package, read->sha256, bytes);
    if (!written) return written.error();
    SPREAD_TRY(tx.commit());
    written->title = outcome.title;
    written->originBotilbud = outcome.originBotilbud;
    written->originKommune = outcome.originKommune;
    written->receivedOn = m_today;
    return written;
}

} // namespace medsafe::services
