#include "OpStore.h"

#include "Database.h"
#include "SqlValues.h"
#include "core/Clock.h"

#include <QJsonDocument>

namespace tyndau {

OpStore::OpStore(Database& db)
    : m_db(db)
{
}

Result<std::optional<OpRecord>> OpStore::find(const QString& opId)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT user_id, payload_hash, result FROM ops WHERE op_id = ?"));
    q.addBindValue(opId);
    if (auto r = Database::run(q); !r)
        return r.error();
    if (!q.next())
        return std::optional<OpRecord> {};
    return std::optional<OpRecord>(
        OpRecord {q.value(0).toLongLong(), q.value(1).toString(),
                  QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object()});
}

Result<void> OpStore::claim(const QString& opId, qint64 userId, const QString& payloadHash,
                            const QJsonObject& result)
{
    QSqlQuery q = m_db.query();
    q.prepare(
        QStringLiteral("INSERT INTO ops (op_id, user_id, payload_hash, result, at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(opId);
    q.addBindValue(userId);
    q.addBindValue(payloadHash);
    q.addBindValue(QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)));
    q.addBindValue(sql::time(Clock::currentUtc()));
    return Database::run(q);
}

} // namespace tyndau
