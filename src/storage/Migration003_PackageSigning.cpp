// Schema version 3: signed data packages (docs/package-format.md, "Signature and trust").
// RELEASED once shipped — never edit; append a new migration instead.
//
// - signing_key: this database's own Ed25519 key pair, at most one row, keys as base64 text
//   (portable: no BLOB/BYTEA dialect difference). It is made by the services the first time it
//   is needed (export, `fingerprint`, `trust`) rather than here, so storage needs no crypto
//   library; an existing database therefore gets its key pair on first use after migrating.
// - trusted_signer: the public keys this database trusts, one per botilbud package key — in a
//   consultant's database the key of each botilbud it follows, in a botilbud's own database the
//   key of its consultant (who signs the feedback). Keyed by package key text, not by botilbud
//   id: a consultant trusts a botilbud before its first report has created the row.
#include "storage/Migration.h"

namespace medsafe::storage {

namespace {

QStringList packageSigning(const SqlDialect& dialect) {
    const QString id = dialect.idColumn();
    return dialect.typed({
        QStringLiteral("CREATE TABLE signing_key (%1, public_key TEXT NOT NULL, secret_key TEXT NOT NULL,"
                       " created_on {date} NOT NULL)")
            .arg(id),
        QStringLiteral("CREATE TABLE trusted_signer (%1, botilbud_key TEXT NOT NULL, party_name TEXT NOT NULL,"
                       " public_key TEXT NOT NULL, fingerprint TEXT NOT NULL, added_on {date} NOT NULL,"
                       " CONSTRAINT trusted_signer_unique_key UNIQUE (botilbud_key))")
            .arg(id),
    });
}

} // namespace

Migration migration003PackageSigning() {
    return Migration{3, QStringLiteral("package signing"), &packageSigning, nullptr};
}

} // namespace medsafe::storage
