#include "AuthStore.h"

#include "Database.h"
#include "SqlValues.h"
#include "Statement.h"

namespace tyndau {
namespace {

User userFrom(const Statement& q, int first)
{
    return User {
        q.value(first).toLongLong(),   q.value(first + 1).toString(),
        q.value(first + 2).toString(), fromCode<Role>(q.value(first + 3).toString()).value_or(Role::Operator),
        q.value(first + 4).toString(), q.value(first + 5).toInt() != 0};
}

} // namespace

AuthStore::AuthStore(Database& db)
    : m_db(db)
{
}

Result<void> AuthStore::setPasswordHash(const QString& login, const QString& hash)
{
    Statement q(m_db, QStringLiteral("UPDATE users SET password_hash = ? WHERE login = ?"));
    q.add(hash);
    q.add(login);
    return q.run();
}

Result<std::optional<std::pair<User, QString>>> AuthStore::credentials(const QString& login)
{
    Statement q(
        m_db,
        QStringLiteral("SELECT id, login, display_name, role, org_code, active, password_hash FROM users "
                       "WHERE login = ? AND active = 1"));
    q.add(login);
    if (auto r = q.run(); !r)
        return r.error();
    if (!q.next())
        return std::optional<std::pair<User, QString>> {};
    return std::optional<std::pair<User, QString>>(std::make_pair(userFrom(q, 0), q.value(6).toString()));
}

Result<void> AuthStore::createSession(const QString& tokenHash, qint64 userId, const QDateTime& now,
                                      const QDateTime& absoluteExpiry)
{
    Statement q(
        m_db,
        QStringLiteral("INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, expires_at) "
                       "VALUES (?, ?, ?, ?, ?)"));
    for (const QVariant& v :
         {QVariant(tokenHash), QVariant(userId), sql::time(now), sql::time(now), sql::time(absoluteExpiry)})
        q.add(v);
    return q.run();
}

Result<std::optional<SessionRecord>> AuthStore::session(const QString& tokenHash)
{
    Statement q(
        m_db,
        QStringLiteral("SELECT u.id, u.login, u.display_name, u.role, u.org_code, u.active, s.created_at, "
                       "s.last_seen_at, s.expires_at, s.revoked_at FROM sessions s JOIN users u "
                       "ON u.id = s.user_id WHERE s.token_hash = ?"));
    q.add(tokenHash);
    if (auto r = q.run(); !r)
        return r.error();
    if (!q.next())
        return std::optional<SessionRecord> {};
    return std::optional<SessionRecord>(SessionRecord {userFrom(q, 0), sql::time(q.value(6)),
                                                       sql::time(q.value(7)), sql::time(q.value(8)),
                                                       !q.value(9).isNull()});
}

Result<void> AuthStore::touch(const QString& tokenHash, const QDateTime& now)
{
    Statement q(m_db, QStringLiteral("UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?"));
    q.add(sql::time(now));
    q.add(tokenHash);
    return q.run();
}

Result<void> AuthStore::revoke(const QString& tokenHash, const QDateTime& now)
{
    Statement q(
        m_db,
        QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL"));
    q.add(sql::time(now));
    q.add(tokenHash);
    return q.run();
}

Result<void> AuthStore::revokeAll(qint64 userId, const QDateTime& now, const QString& keepTokenHash)
{
    Statement q(m_db,
                QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL "
                               "AND token_hash <> ?"));
    q.add(sql::time(now));
    q.add(userId);
    q.add(sql::nonNull(keepTokenHash));
    return q.run();
}

Result<void> AuthStore::recordFailure(const QString& login, const QString& peer, const QDateTime& at)
{
    Statement q(m_db, QStringLiteral("INSERT INTO login_failures (login, peer, at) VALUES (?, ?, ?)"));
    q.add(login.left(128));
    q.add(peer);
    q.add(sql::time(at));
    return q.run();
}

Result<std::pair<int, int>> AuthStore::failuresSince(const QString& login, const QString& peer,
                                                     const QDateTime& since)
{
    Statement q(m_db,
                QStringLiteral("SELECT (SELECT COUNT(*) FROM login_failures WHERE login = ? AND at >= ?), "
                               "(SELECT COUNT(*) FROM login_failures WHERE peer = ? AND at >= ?)"));
    for (const QVariant& v : {QVariant(login.left(128)), sql::time(since), QVariant(peer), sql::time(since)})
        q.add(v);
    if (auto r = q.run(); !r)
        return r.error();
    if (!q.next())
        return Database::refusal(QStringLiteral("no count of failed logins"));
    return std::make_pair(q.value(0).toInt(), q.value(1).toInt());
}

Result<void> AuthStore::clearFailures(const QString& login)
{
    Statement q(m_db, QStringLiteral("DELETE FROM login_failures WHERE login = ?"));
    q.add(login.left(128));
    return q.run();
}

} // namespace tyndau
