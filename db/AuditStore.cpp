#include "AuditStore.h"

#include "Database.h"
#include "SqlValues.h"
#include "core/Clock.h"

#include <QJsonDocument>

namespace tyndau {

AuditStore::AuditStore(Database& db)
    : m_db(db)
{
}

Result<void> AuditStore::record(const QString& actor, const QString& action, const QString& subject,
                                const QJsonObject& detail)
{
    QSqlQuery q = m_db.query();
    q.prepare(
        QStringLiteral("INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(sql::time(Clock::currentUtc()));
    q.addBindValue(sql::nonNull(actor));
    q.addBindValue(action);
    q.addBindValue(sql::nonNull(subject));
    q.addBindValue(QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    return Database::run(q);
}

Result<QList<AuditEntry>> AuditStore::page(int limit, qint64 beforeId)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT id, at, actor, action, subject, detail FROM audit_log "
                             "WHERE (? = 0 OR id < ?) ORDER BY id DESC LIMIT ?"));
    q.addBindValue(beforeId);
    q.addBindValue(beforeId);
    q.addBindValue(qBound(1, limit, kMaxPage));
    if (auto r = Database::run(q); !r)
        return r.error();
    QList<AuditEntry> out;
    while (q.next())
        out.append(AuditEntry {q.value(0).toLongLong(), sql::time(q.value(1)), q.value(2).toString(),
                               q.value(3).toString(), q.value(4).toString(),
                               QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object()});
    return out;
}

} // namespace tyndau
