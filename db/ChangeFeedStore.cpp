#include "ChangeFeedStore.h"

#include "Database.h"
#include "SqlValues.h"
#include "core/Clock.h"

#include <QRegularExpression>

namespace tyndau {
namespace {

// "txid.seq"; the empty cursor is the beginning.
std::pair<QString, qint64> parseCursor(const QString& cursor)
{
    if (cursor.isEmpty())
        return {QStringLiteral("0"), 0};
    const QStringList parts = cursor.split(QLatin1Char('.'));
    return {parts.value(0), parts.value(1).toLongLong()};
}

} // namespace

ChangeFeedStore::ChangeFeedStore(Database& db)
    : m_db(db)
{
}

bool ChangeFeedStore::isValidCursor(const QString& cursor)
{
    static const QRegularExpression re(QStringLiteral("^\\d{1,19}\\.\\d{1,19}$"));
    return cursor.isEmpty() || re.match(cursor).hasMatch();
}

Result<void> ChangeFeedStore::append(const QString& entity, const QString& entityId, const QString& orgCode)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT INTO changes (entity, entity_id, org_code, at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(entity);
    q.addBindValue(entityId);
    q.addBindValue(sql::text(orgCode));
    q.addBindValue(sql::time(Clock::currentUtc()));
    return Database::run(q);
}

Result<ChangePage> ChangeFeedStore::page(const QString& cursor, int limit, const QString& orgCode)
{
    const auto [txid, seq] = parseCursor(cursor);
    const QString orgFilter
        = orgCode.isEmpty() ? QString() : QStringLiteral(" AND (entity <> 'request' OR org_code = ?)");
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    if (m_db.dialect() == Dialect::PostgreSQL) {
        q.prepare(QStringLiteral("SELECT txid::text, seq, entity, entity_id FROM changes "
                                 "WHERE (txid > ?::xid8 OR (txid = ?::xid8 AND seq > ?)) "
                                 "AND txid < pg_snapshot_xmin(pg_current_snapshot())%1 "
                                 "ORDER BY txid, seq LIMIT ?")
                      .arg(orgFilter));
        q.addBindValue(txid);
        q.addBindValue(txid);
        q.addBindValue(seq);
    } else {
        q.prepare(QStringLiteral(
                      "SELECT '0', seq, entity, entity_id FROM changes WHERE seq > ?%1 ORDER BY seq LIMIT ?")
                      .arg(orgFilter));
        q.addBindValue(seq);
    }
    if (!orgCode.isEmpty())
        q.addBindValue(orgCode);
    q.addBindValue(limit);
    if (auto r = Database::run(q); !r)
        return r.error();
    ChangePage page;
    page.nextCursor = cursor.isEmpty() ? QStringLiteral("0.0") : cursor;
    while (q.next()) {
        page.rows.append(ChangeRow {q.value(2).toString(), q.value(3).toString()});
        page.nextCursor = q.value(0).toString() + QLatin1Char('.') + q.value(1).toString();
    }
    page.more = page.rows.size() == limit;
    return page;
}

} // namespace tyndau
