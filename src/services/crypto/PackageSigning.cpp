#include "services/crypto/PackageSigning.h"

#include <QCryptographicHash>
#include <mutex>
#include <sodium.h>

namespace medsafe::services {

static_assert(PackageSigning::kPublicKeyBytes == crypto_sign_PUBLICKEYBYTES);
static_assert(PackageSigning::kSecretKeyBytes == crypto_sign_SECRETKEYBYTES);
static_assert(PackageSigning::kSignatureBytes == crypto_sign_BYTES);

namespace {

bool sodiumReady() {
    static std::once_flag once;
    static bool ready = false;
    std::call_once(once, [] { ready = sodium_init() >= 0; });
    return ready;
}

const unsigned char* bytesOf(const QByteArray& bytes) {
    return reinterpret_cast<const unsigned char*>(bytes.constData());
}

} // namespace

Result<SigningKeyPair> PackageSigning::generate() {
    if (!sodiumReady()) return Error::technical(QStringLiteral("libsodium could not be initialised"));
    SigningKeyPair pair;
    pair.publicKey.resize(kPublicKeyBytes);
    pair.secretKey.resize(kSecretKeyBytes);
    if (crypto_sign_keypair(reinterpret_cast<unsigned char*>(pair.publicKey.data()),
                            reinterpret_cast<unsigned char*>(pair.secretKey.data())) != 0)
        return Error::technical(QStringLiteral("crypto_sign_keypair failed"));
    return pair;
}

QByteArray PackageSigning::sign(const QByteArray& message, const SigningKeyPair& key) {
    if (!sodiumReady() || key.secretKey.size() != kSecretKeyBytes) return {};
    QByteArray signature(kSignatureBytes, '\0');
    if (crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr, bytesOf(message),
                             static_cast<unsigned long long>(message.size()), bytesOf(key.secretKey)) != 0)
        return {};
    return signature;
}

bool PackageSigning::verify(const QByteArray& message, const QByteArray& signature, const QByteArray& publicKey) {
    if (!sodiumReady() || signature.size() != kSignatureBytes || publicKey.size() != kPublicKeyBytes) return false;
    return crypto_sign_verify_detached(bytesOf(signature), bytesOf(message),
                                       static_cast<unsigned long long>(message.size()), bytesOf(publicKey)) == 0;
}

QString PackageSigning::fingerprint(const QByteArray& publicKey) {
    const QString hex =
        QString::fromLatin1(QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).left(8).toHex()).toUpper();
    return QStringLiteral("%1-%2-%3-%4").arg(hex.mid(0, 4), hex.mid(4, 4), hex.mid(8, 4), hex.mid(12, 4));
}

} // namespace medsafe::services
