#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>

namespace medsafe::services {

// An Ed25519 key pair as raw bytes (libsodium's layout: 32-byte public key, 64-byte secret key
// that holds the seed and the public key).
struct SigningKeyPair {
    QByteArray publicKey;
    QByteArray secretKey;
};

// The only place that talks to libsodium: key pairs, detached signatures, verification and the
// short fingerprint people compare by phone. sodium_init() runs once, on first use.
// Stateless; any thread.
class PackageSigning {
public:
    static constexpr int kPublicKeyBytes = 32;
    static constexpr int kSecretKeyBytes = 64;
    static constexpr int kSignatureBytes = 64;

    static Result<SigningKeyPair> generate();
    // A detached Ed25519 signature of `message` (64 bytes; deterministic for key and message).
    static QByteArray sign(const QByteArray& message, const SigningKeyPair& key);
    // False for a wrong signature, a key or signature of the wrong size, or a bad key.
    static bool verify(const QByteArray& message, const QByteArray& signature, const QByteArray& publicKey);
    // The first 8 bytes of SHA-256 of the public key, upper-case hex in 4 groups of 4
    // ("3F2A-9C01-B7E4-5D66"): short enough to read over the phone, 64 bits against a forged key.
    static QString fingerprint(const QByteArray& publicKey);
};

} // namespace medsafe::services
