#include "AccessLogStore.h"

#include "Database.h"
#include "SqlValues.h"
#include "core/Clock.h"

namespace tyndau {

AccessLogStore::AccessLogStore(Database& db)
    : m_db(db)
    , m_insert(db,
               QStringLiteral("INSERT INTO access_log (at, login, request_id, route) VALUES (?, ?, ?, ?)"))
{
}

Result<void> AccessLogStore::record(const QString& login, const QUuid& requestId, const QString& route)
{
    m_insert.add(sql::time(Clock::currentUtc()));
    m_insert.add(login);
    m_insert.add(sql::uuid(requestId));
    m_insert.add(route);
    return m_insert.run();
}

Result<QList<AccessLogEntry>> AccessLogStore::forRequest(const QUuid& requestId)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT at, login, route FROM access_log WHERE request_id = ? ORDER BY at, id"));
    q.addBindValue(sql::uuid(requestId));
    if (auto r = Database::run(q); !r)
        return r.error();
    QList<AccessLogEntry> out;
    while (q.next())
        out.append(
            AccessLogEntry {sql::time(q.value(0)), q.value(1).toString(), requestId, q.value(2).toString()});
    return out;
}

} // namespace tyndau
