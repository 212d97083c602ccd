#include "SyncStateStore.h"

#include "Database.h"

namespace tyndau {

SyncStateStore::SyncStateStore(Database& db)
    : m_db(db)
{
}

Result<QString> SyncStateStore::value(const QString& key)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    q.addBindValue(key);
    if (auto r = Database::run(q); !r)
        return r.error();
    return q.next() ? q.value(0).toString() : QString();
}

Result<void> SyncStateStore::setValue(const QString& key, const QString& value)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return Database::run(q);
}

} // namespace tyndau
