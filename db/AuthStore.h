#pragma once

#include "core/Result.h"
#include "core/User.h"

#include <QDateTime>

#include <optional>

namespace tyndau {

class Database;

struct SessionRecord
{
    User user;
    QDateTime createdAt;
    QDateTime lastSeenAt;
    QDateTime expiresAt; // absolute
    bool revoked = false;
};

// Passwords (Argon2id strings, never the password), sessions by token hash, and failed
// logins for throttling. Kept in the database, not in memory, so that any server instance
// behind a load balancer can answer any call.
class AuthStore
{
public:
    explicit AuthStore(Database& db);

    Result<void> setPasswordHash(const QString& login, const QString& hash);
    // The user and their password hash; nullopt for an unknown or inactive login.
    Result<std::optional<std::pair<User, QString>>> credentials(const QString& login);

    Result<void> createSession(const QString& tokenHash, qint64 userId, const QDateTime& now,
                               const QDateTime& absoluteExpiry);
    Result<std::optional<SessionRecord>> session(const QString& tokenHash);
    Result<void> touch(const QString& tokenHash, const QDateTime& now);
    Result<void> revoke(const QString& tokenHash, const QDateTime& now);
    // Ends every session of the user but `keepTokenHash` (the caller's own, when an admin
    // changes their own password): after a deactivation, a new role or a new password.
    Result<void> revokeAll(qint64 userId, const QDateTime& now, const QString& keepTokenHash = {});

    Result<void> recordFailure(const QString& login, const QString& peer, const QDateTime& at);
    // Failures for the login, and from the peer, since `since`.
    Result<std::pair<int, int>> failuresSince(const QString& login, const QString& peer,
                                              const QDateTime& since);
    Result<void> clearFailures(const QString& login);

private:
    Database& m_db;
};

} // namespace tyndau
