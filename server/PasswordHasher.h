#pragma once

#include <QByteArray>
#include <QString>

namespace tyndau {

// Argon2id through libsodium (at least 19 MiB and 2 passes, OWASP's floor), and random
// bearer tokens. Only hashes are ever stored.
class PasswordHasher
{
public:
    static bool initialize(); // sodium_init; false if the library cannot start
    static QString hash(const QString& password);
    static bool verify(const QString& hash, const QString& password);
    // A hash to verify against for unknown logins, so that both paths take as long.
    static const QString& decoyHash();

    static QString newToken(); // 256 random bits, base64url
    static QString tokenHash(const QString& token); // SHA-256, hex
};

} // namespace tyndau
