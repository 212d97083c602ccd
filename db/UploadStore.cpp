#include "UploadStore.h"

#include "Database.h"
#include "SqlValues.h"
#include "core/Clock.h"

namespace tyndau {

UploadStore::UploadStore(Database& db)
    : m_db(db)
{
}

Result<void> UploadStore::enqueue(const QUuid& ownerId, const QString& fileName, const QString& sha256,
                                  PendingUpload::Owner owner)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT INTO pending_uploads (kind, request_id, file_name, sha256, created_at) "
                             "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(owner == PendingUpload::Owner::Proposal ? QStringLiteral("proposal")
                                                           : QStringLiteral("request"));
    q.addBindValue(sql::uuid(ownerId));
    q.addBindValue(fileName);
    q.addBindValue(sha256);
    q.addBindValue(sql::time(Clock::currentUtc()));
    return Database::run(q);
}

Result<QList<PendingUpload>> UploadStore::pending(int limit)
{
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, request_id, file_name, sha256, attempts, kind FROM pending_uploads "
                             "ORDER BY id LIMIT ?"));
    q.addBindValue(limit);
    if (auto r = Database::run(q); !r)
        return r.error();
    QList<PendingUpload> out;
    while (q.next())
        out.append(PendingUpload {
            q.value(0).toLongLong(),
            q.value(5).toString() == QLatin1String("proposal") ? PendingUpload::Owner::Proposal
                                                               : PendingUpload::Owner::Request,
            sql::uuid(q.value(1)), q.value(2).toString(), q.value(3).toString(), q.value(4).toInt()});
    return out;
}

Result<void> UploadStore::remove(qint64 id)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("DELETE FROM pending_uploads WHERE id = ?"));
    q.addBindValue(id);
    return Database::run(q);
}

Result<void> UploadStore::recordAttempt(qint64 id)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE pending_uploads SET attempts = attempts + 1 WHERE id = ?"));
    q.addBindValue(id);
    return Database::run(q);
}

Result<qint64> UploadStore::count()
{
    QSqlQuery q = m_db.query();
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM pending_uploads")) || !q.next())
        return Database::errorOf(q);
    return q.value(0).toLongLong();
}

} // namespace tyndau
