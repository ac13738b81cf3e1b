#pragma once

#include "domain/Botilbud.h"
#include "domain/ChangeIdea.h"
#include "domain/Result.h"
#include "domain/spread/ChangePackage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>

namespace medsafe::storage {
class Database;
}

namespace medsafe::services {

struct ChangeImportOutcome;

// The writing half of a change package import, in the caller's transaction (the checks are
// ChangePackageService's): the driver by its text (created if missing, as a primary or under
// the matching primary), the change idea with the package's spread key, the measures matched
// by name (typed ones created from the definitions when missing), a planned first PDSA cycle
// and the received_change_package row with the origin and the payload. When the botilbud has an
// idea of the same title without a spread key, the package joins it instead (the idea gets the
// key; a first cycle is planned only if it was never tested). Borrows the database.
class ChangePackageImport {
    Q_DECLARE_TR_FUNCTIONS(ChangePackageImport)

public:
    ChangePackageImport(storage::Database& db, const QDate& today) : m_db(db), m_today(today) {}

    Result<ChangeImportOutcome> write(const domain::Botilbud& target, const domain::ChangePackage& package,
                                      const QString& sha256, const QByteArray& payload) const;

    // Texts compared as people see them: spaces collapsed, case ignored.
    static QString normalised(const QString& text) { return text.simplified().toCaseFolded(); }

private:
    Result<ChangeImportOutcome> joinExisting(const domain::Botilbud& target, const domain::ChangeIdea& idea,
                                             const domain::ChangePackage& package, const QString& sha256,
                                             const QByteArray& payload) const;
    Status planFirstCycle(const domain::Botilbud& target, domain::ChangeIdeaId idea,
                          const domain::ChangePackage& package, std::optional<domain::AimId> aim,
                          ChangeImportOutcome& outcome) const;
    Status keep(const domain::Botilbud& target, domain::ChangeIdeaId idea,
                const domain::ChangePackage& package, const QString& sha256, const QByteArray& payload) const;

    storage::Database& m_db;
    QDate m_today;
};

} // namespace medsafe::services
