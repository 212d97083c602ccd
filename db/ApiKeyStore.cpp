#include "ApiKeyStore.h"

#include "Database.h"
#include "SqlValues.h"
#include "core/Clock.h"

namespace tyndau {
namespace {

ApiKeyInfo infoFrom(const QSqlQuery& q)
{
    return ApiKeyInfo {q.value(0).toLongLong(),
                       fromCode<Channel>(q.value(1).toString()).value_or(Channel::WebPortal),
                       q.value(2).toString(), sql::time(q.value(3)), !q.value(4).isNull()};
}

} // namespace

ApiKeyStore::ApiKeyStore(Database& db)
    : m_db(db)
{
}

Result<qint64> ApiKeyStore::add(const QString& keyHash, Channel channel, const QString& label)
{
    QSqlQuery q = m_db.query();
    q.prepare(
        QStringLiteral("INSERT INTO open311_keys (key_hash, channel, label, created_at) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (key_hash) DO UPDATE SET revoked_at = NULL RETURNING id"));
    q.addBindValue(keyHash);
    q.addBindValue(toCode(channel));
    q.addBindValue(sql::nonNull(label));
    q.addBindValue(sql::time(Clock::currentUtc()));
    if (auto r = Database::run(q); !r)
        return r.error();
    if (!q.next())
        return Database::errorOf(q);
    return q.value(0).toLongLong();
}

Result<std::optional<ApiKeyInfo>> ApiKeyStore::find(const QString& keyHash)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT id, channel, label, created_at, revoked_at FROM open311_keys "
                             "WHERE key_hash = ? AND revoked_at IS NULL"));
    q.addBindValue(keyHash);
    if (auto r = Database::run(q); !r)
        return r.error();
    if (!q.next())
        return std::optional<ApiKeyInfo> {};
    return std::optional<ApiKeyInfo>(infoFrom(q));
}

Result<void> ApiKeyStore::revoke(qint64 id)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE open311_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"));
    q.addBindValue(sql::time(Clock::currentUtc()));
    q.addBindValue(id);
    return Database::run(q);
}

Result<QList<ApiKeyInfo>> ApiKeyStore::all()
{
    QSqlQuery q = m_db.query();
    if (!q.exec(QStringLiteral(
            "SELECT id, channel, label, created_at, revoked_at FROM open311_keys ORDER BY id")))
        return Database::errorOf(q);
    QList<ApiKeyInfo> out;
    while (q.next())
        out.append(infoFrom(q));
    return out;
}

} // namespace tyndau
