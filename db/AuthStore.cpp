#include "AuthStore.h"

#include "Database.h"
#include "SqlValues.h"

namespace tyndau {
namespace {

User userFrom(const QSqlQuery& q, int first)
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
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE users SET password_hash = ? WHERE login = ?"));
    q.addBindValue(hash);
    q.addBindValue(login);
    return Database::run(q);
}

Result<std::optional<std::pair<User, QString>>> AuthStore::credentials(const QString& login)
{
    QSqlQuery q = m_db.query();
    q.prepare(
        QStringLiteral("SELECT id, login, display_name, role, org_code, active, password_hash FROM users "
                       "WHERE login = ? AND active = 1"));
    q.addBindValue(login);
    if (auto r = Database::run(q); !r)
        return r.error();
    if (!q.next())
        return std::optional<std::pair<User, QString>> {};
    return std::optional<std::pair<User, QString>>(std::make_pair(userFrom(q, 0), q.value(6).toString()));
}

Result<void> AuthStore::createSession(const QString& tokenHash, qint64 userId, const QDateTime& now,
                                      const QDateTime& absoluteExpiry)
{
    QSqlQuery q = m_db.query();
    q.prepare(
        QStringLiteral("INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, expires_at) "
                       "VALUES (?, ?, ?, ?, ?)"));
    for (const QVariant& v :
         {QVariant(tokenHash), QVariant(userId), sql::time(now), sql::time(now), sql::time(absoluteExpiry)})
        q.addBindValue(v);
    return Database::run(q);
}

Result<std::optional<SessionRecord>> AuthStore::session(const QString& tokenHash)
{
    QSqlQuery q = m_db.query();
    q.prepare(
        QStringLiteral("SELECT u.id, u.login, u.display_name, u.role, u.org_code, u.active, s.created_at, "
                       "s.last_seen_at, s.expires_at, s.revoked_at FROM sessions s JOIN users u "
                       "ON u.id = s.user_id WHERE s.token_hash = ?"));
    q.addBindValue(tokenHash);
    if (auto r = Database::run(q); !r)
        return r.error();
    if (!q.next())
        return std::optional<SessionRecord> {};
    return std::optional<SessionRecord>(SessionRecord {userFrom(q, 0), sql::time(q.value(6)),
                                                       sql::time(q.value(7)), sql::time(q.value(8)),
                                                       !q.value(9).isNull()});
}

Result<void> AuthStore::touch(const QString& tokenHash, const QDateTime& now)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?"));
    q.addBindValue(sql::time(now));
    q.addBindValue(tokenHash);
    return Database::run(q);
}

Result<void> AuthStore::revoke(const QString& tokenHash, const QDateTime& now)
{
    QSqlQuery q = m_db.query();
    q.prepare(
        QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL"));
    q.addBindValue(sql::time(now));
    q.addBindValue(tokenHash);
    return Database::run(q);
}

Result<void> AuthStore::revokeAll(qint64 userId, const QDateTime& now, const QString& keepTokenHash)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral(
        "UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL AND token_hash <> ?"));
    q.addBindValue(sql::time(now));
    q.addBindValue(userId);
    q.addBindValue(sql::nonNull(keepTokenHash));
    return Database::run(q);
}

Result<void> AuthStore::recordFailure(const QString& login, const QString& peer, const QDateTime& at)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT INTO login_failures (login, peer, at) VALUES (?, ?, ?)"));
    q.addBindValue(login.left(128));
    q.addBindValue(peer);
    q.addBindValue(sql::time(at));
    return Database::run(q);
}

Result<std::pair<int, int>> AuthStore::failuresSince(const QString& login, const QString& peer,
                                                     const QDateTime& since)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM login_failures WHERE login = ? AND at >= ?), "
                             "(SELECT COUNT(*) FROM login_failures WHERE peer = ? AND at >= ?)"));
    for (const QVariant& v : {QVariant(login.left(128)), sql::time(since), QVariant(peer), sql::time(since)})
        q.addBindValue(v);
    if (auto r = Database::run(q); !r)
        return r.error();
    if (!q.next())
        return Database::errorOf(q);
    return std::make_pair(q.value(0).toInt(), q.value(1).toInt());
}

Result<void> AuthStore::clearFailures(const QString& login)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("DELETE FROM login_failures WHERE login = ?"));
    q.addBindValue(login.left(128));
    return Database::run(q);
}

} // namespace tyndau
