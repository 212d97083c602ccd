#include "OutboxStore.h"

#include "Database.h"
#include "SqlValues.h"
#include "core/Clock.h"

#include <QJsonDocument>

namespace tyndau {

OutboxStore::OutboxStore(Database& db)
    : m_db(db)
{
}

Result<void> OutboxStore::enqueue(const QJsonObject& op, const QUuid& requestId)
{
    QSqlQuery q = m_db.query();
    q.prepare(
        QStringLiteral("INSERT INTO outbox (op_id, request_id, payload, created_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(op.value(QLatin1String("op_id")).toString());
    q.addBindValue(sql::uuid(requestId));
    q.addBindValue(QString::fromUtf8(QJsonDocument(op).toJson(QJsonDocument::Compact)));
    q.addBindValue(sql::time(Clock::currentUtc()));
    return Database::run(q);
}

Result<QList<OutboxEntry>> OutboxStore::pending(int limit)
{
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT op_id, request_id, payload, attempts, last_error FROM outbox ORDER BY id LIMIT ?"));
    q.addBindValue(limit);
    if (auto r = Database::run(q); !r)
        return r.error();
    QList<OutboxEntry> out;
    while (q.next())
        out.append(OutboxEntry {q.value(0).toString(), sql::uuid(q.value(1)),
                                QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object(),
                                q.value(3).toInt(), q.value(4).toString()});
    return out;
}

Result<void> OutboxStore::remove(const QString& opId)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE op_id = ?"));
    q.addBindValue(opId);
    return Database::run(q);
}

Result<void> OutboxStore::recordAttempt(const QString& opId, const QString& error)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE op_id = ?"));
    q.addBindValue(sql::text(error));
    q.addBindValue(opId);
    return Database::run(q);
}

Result<qint64> OutboxStore::count()
{
    QSqlQuery q = m_db.query();
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM outbox")) || !q.next())
        return Database::errorOf(q);
    return q.value(0).toLongLong();
}

Result<bool> OutboxStore::hasPendingFor(const QUuid& requestId)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT 1 FROM outbox WHERE request_id = ? LIMIT 1"));
    q.addBindValue(sql::uuid(requestId));
    if (auto r = Database::run(q); !r)
        return r.error();
    return q.next();
}

} // namespace tyndau
