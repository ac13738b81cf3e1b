#pragma once

#include "domain/Result.h"

#include <QString>

namespace medsafe::services {

// Passwords on a file are kept as Argon2id hashes (libsodium's crypto_pwhash_str): salted,
// slow and memory-hard, in the self-describing "$argon2id$v=19$m=…,t=…,p=…$salt$hash" form, so
// the parameters can be raised later without losing the old hashes (needsRehash).
class PasswordHashing {
public:
    // 3 passes over 64 MiB: about a quarter of a second on a staff PC, so guessing is slow
    // while signing in is not (docs/security.md).
    static constexpr unsigned long long kOpsLimit = 3;
    static constexpr size_t kMemLimitBytes = 64ull * 1024 * 1024;

    static Result<QString> hash(const QString& password);
    // Constant-time comparison inside libsodium; false for a malformed hash.
    static bool verify(const QString& hash, const QString& password);
    // A temporary password to hand over in person: three groups of four from letters and
    // digits that are not easily confused (no 0/o, 1/l/i), from libsodium's random source.
    static QString temporaryPassword();
    // True when the hash was made with other parameters than today's.
    static bool needsRehash(const QString& hash);
};

} // namespace medsafe::services
