#include "ProposalPhotoStore.h"

#include "Database.h"
#include "SqlValues.h"
#include "core/Clock.h"

namespace tyndau {

ProposalPhotoStore::ProposalPhotoStore(Database& db)
    : m_db(db)
{
}

Result<void> ProposalPhotoStore::link(const QString& proposalId, const AttachmentRef& photo,
                                      const QString& addedBy)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT INTO budget_proposal_photos "
                             "(proposal_id, sha256, file_name, mime_type, size, added_by, added_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (proposal_id, sha256) DO NOTHING"));
    q.addBindValue(proposalId);
    q.addBindValue(photo.sha256);
    q.addBindValue(sql::nonNull(photo.fileName));
    q.addBindValue(sql::nonNull(photo.mimeType));
    q.addBindValue(photo.size);
    q.addBindValue(sql::nonNull(addedBy));
    q.addBindValue(sql::time(Clock::currentUtc()));
    return Database::run(q);
}

Result<void> ProposalPhotoStore::unlink(const QString& proposalId, const QString& sha256)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("DELETE FROM budget_proposal_photos WHERE proposal_id = ? AND sha256 = ?"));
    q.addBindValue(proposalId);
    q.addBindValue(sha256);
    return Database::run(q);
}

Result<QHash<QString, QList<AttachmentRef>>> ProposalPhotoStore::photosOf(const QStringList& proposalIds)
{
    QHash<QString, QList<AttachmentRef>> out;
    // In slices, to stay below any driver's limit on bound values.
    for (qsizetype from = 0; from < proposalIds.size(); from += 500) {
        const QStringList slice = proposalIds.mid(from, 500);
        QSqlQuery q = m_db.query();
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT proposal_id, sha256, file_name, mime_type, size "
                                 "FROM budget_proposal_photos WHERE proposal_id IN (%1) "
                                 "ORDER BY added_at, sha256")
                      .arg(QStringList(slice.size(), QStringLiteral("?")).join(QLatin1Char(','))));
        for (const QString& id : slice)
            q.addBindValue(id);
        if (auto r = Database::run(q); !r)
            return r.error();
        while (q.next())
            out[q.value(0).toString()].append(AttachmentRef {q.value(1).toString(), q.value(2).toString(),
                                                             q.value(3).toString(), q.value(4).toLongLong()});
    }
    return out;
}

Result<bool> ProposalPhotoStore::isPhoto(const QString& sha256)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT 1 FROM budget_proposal_photos WHERE sha256 = ? LIMIT 1"));
    q.addBindValue(sha256);
    if (auto r = Database::run(q); !r)
        return r.error();
    return q.next();
}

Result<void> ProposalPhotoStore::replaceFor(const QString& proposalId, const QList<AttachmentRef>& photos)
{
    QSqlQuery drop = m_db.query();
    drop.prepare(
        QStringLiteral("DELETE FROM budget_proposal_photos WHERE proposal_id = ? AND sha256 NOT IN "
                       "(SELECT sha256 FROM pending_uploads WHERE kind = 'proposal' AND request_id = ?)"));
    drop.addBindValue(proposalId);
    drop.addBindValue(proposalId);
    if (auto r = Database::run(drop); !r)
        return r;
    for (const AttachmentRef& photo : photos) {
        if (auto r = link(proposalId, photo, {}); !r)
            return r;
    }
    return {};
}

} // namespace tyndau
