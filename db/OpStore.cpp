#include "OpStore.h"

#include "Database.h"
#include "SqlValues.h"
#include "Statement.h"
#include "core/Clock.h"

#include <QJsonDocument>

namespace tyndau {

OpStore::OpStore(Database& db)
    : m_db(db)
{
}

Result<std::optional<OpRecord>> OpStore::find(const QString& opId)
{
    Statement q(m_db, QStringLiteral("SELECT user_id, payload_hash, result FROM ops WHERE op_id = ?"));
    q.add(opId);
    if (auto r = q.run(); !r)
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
    Statement q(
        m_db,
        QStringLiteral("INSERT INTO ops (op_id, user_id, payload_hash, result, at) VALUES (?, ?, ?, ?, ?)"));
    q.add(opId);
    q.add(userId);
    q.add(payloadHash);
    q.add(QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)));
    q.add(sql::time(Clock::currentUtc()));
    return q.run();
}

} // namespace tyndau
