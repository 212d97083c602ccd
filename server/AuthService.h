#pragma once

#include "core/Result.h"
#include "core/User.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcAuth)

namespace tyndau {

class Database;

struct AuthContext
{
    User user;
    QString tokenHash;
};

struct LoginResult
{
    QString token;
    QDateTime expiresAt;
    User user;
};

// Logins, sessions and bearer tokens. Tokens are 256 random bits, stored only as hashes,
// with an idle and an absolute expiry, dead after logout. Repeated failures are throttled
// per login and per address. Unknown login and wrong password give the same answer.
class AuthService
{
public:
    static constexpr qint64 kIdleSeconds = 12 * 3600;
    static constexpr qint64 kAbsoluteSeconds = 7 * 24 * 3600;
    static constexpr int kMaxFailuresPerLogin = 5;
    static constexpr int kMaxFailuresPerPeer = 30;
    static constexpr qint64 kFailureWindowSeconds = 15 * 60;

    explicit AuthService(Database& db);

    // Errors: "invalid_credentials" (401), "throttled" (429).
    Result<LoginResult> login(const QString& login, const QString& password, const QString& peer);
    // Errors: "unauthorized" (401) for missing, forged, expired and revoked tokens.
    Result<AuthContext> authenticate(const QString& bearerToken);
    Result<void> logout(const AuthContext& context);
    Result<void> setPassword(const QString& login, const QString& password);

private:
    Database& m_db;
};

} // namespace tyndau
