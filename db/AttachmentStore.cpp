#include "AttachmentStore.h"

#include "Database.h"
#include "SqlValues.h"
#include "core/Clock.h"

namespace tyndau {

AttachmentStore::AttachmentStore(Database& db)
    : m_db(db)
{
}

Result<void> AttachmentStore::put(const QString& sha256, const QString& mimeType, const QByteArray& data)
{
    QSqlQuery q = m_db.query();
    q.prepare(
        QStringLiteral("INSERT INTO blobs (sha256, mime_type, size, data, created_at) VALUES (?, ?, ?, ?, ?) "
                       "ON CONFLICT (sha256) DO NOTHING"));
    q.addBindValue(sha256);
    q.addBindValue(mimeType);
    q.addBindValue(qint64(data.size()));
    q.addBindValue(data);
    q.addBindValue(sql::time(Clock::currentUtc()));
    return Database::run(q);
}

Result<void> AttachmentStore::link(const QUuid& requestId, const AttachmentRef& ref)
{
    QSqlQuery q = m_db.query();
    q.prepare(
        QStringLiteral("INSERT INTO request_attachments (request_id, sha256, file_name, mime_type, size) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT (request_id, sha256) DO NOTHING"));
    q.addBindValue(sql::uuid(requestId));
    q.addBindValue(ref.sha256);
    q.addBindValue(ref.fileName);
    q.addBindValue(ref.mimeType);
    q.addBindValue(ref.size);
    return Database::run(q);
}

Result<std::optional<Blob>> AttachmentStore::blob(const QString& sha256)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT mime_type, data FROM blobs WHERE sha256 = ?"));
    q.addBindValue(sha256);
    if (auto r = Database::run(q); !r)
        return r.error();
    if (!q.next())
        return std::optional<Blob> {};
    return std::optional<Blob>(Blob {q.value(0).toString(), q.value(1).toByteArray()});
}

Result<QList<QUuid>> AttachmentStore::requestsWith(const QString& sha256)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT request_id FROM request_attachments WHERE sha256 = ?"));
    q.addBindValue(sha256);
    if (auto r = Database::run(q); !r)
        return r.error();
    QList<QUuid> out;
    while (q.next())
        out.append(sql::uuid(q.value(0)));
    return out;
}

Result<qint64> AttachmentStore::blobCount()
{
    QSqlQuery q = m_db.query();
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM blobs")) || !q.next())
        return Database::errorOf(q);
    return q.value(0).toLongLong();
}

} // namespace tyndau
