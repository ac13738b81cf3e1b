#include "services/access/PasswordHashing.h"

#include <sodium.h>

namespace medsafe::services {

namespace {

bool sodiumReady() {
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

Result<QString> PasswordHashing::hash(const QString& password) {
    if (!sodiumReady()) return Error::technical(QStringLiteral("libsodium could not start"));
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()), kOpsLimit,
                              kMemLimitBytes, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Error::technical(QStringLiteral("password hashing ran out of memory"));
    return QString::fromLatin1(out);
}

bool PasswordHashing::verify(const QString& hash, const QString& password) {
    if (!sodiumReady() || hash.isEmpty()) return false;
    const QByteArray stored = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

QString PasswordHashing::temporaryPassword() {
    static const char kAlphabet[] = "abcdefghjkmnpqrstuvwxyz23456789";
    const uint32_t size = sizeof(kAlphabet) - 1;
    (void)sodiumReady();
    QString password;
    for (int group = 0; group < 3; ++group) {
        if (group > 0) password += QLatin1Char('-');
        for (int i = 0; i < 4; ++i)
            password += QLatin1Char(kAlphabet[randombytes_uniform(size)]);
    }
    return password;
}

bool PasswordHashing::needsRehash(const QString& hash) {
    if (!sodiumReady()) return true;
    const QByteArray stored = hash.toLatin1();
    return crypto_pwhash_str_needs_rehash(stored.constData(), kOpsLimit, kMemLimitBytes) != 0;
}

} // namespace medsafe::services
