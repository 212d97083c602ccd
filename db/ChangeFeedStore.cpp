#include "ChangeFeedStore.h"

#include "Database.h"
#include "SqlValues.h"
#include "Statement.h"
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
    Statement q(m_db,
                QStringLiteral("INSERT INTO changes (entity, entity_id, org_code, at) VALUES (?, ?, ?, ?)"));
    q.add(entity);
    q.add(entityId);
    q.add(sql::text(orgCode));
    q.add(sql::time(Clock::currentUtc()));
    return q.run();
}

Result<ChangePage> ChangeFeedStore::page(const QString& cursor, int limit, const QString& orgCode)
{
    const auto [txid, seq] = parseCursor(cursor);
    const QString orgFilter
        = orgCode.isEmpty() ? QString() : QStringLiteral(" AND (entity <> 'request' OR org_code = ?)");
    const bool pg = m_db.dialect() == Dialect::PostgreSQL;
    Statement q(m_db,
                pg ? QStringLiteral("SELECT txid::text, seq, entity, entity_id FROM changes "
                                    "WHERE (txid > ?::xid8 OR (txid = ?::xid8 AND seq > ?)) "
                                    "AND txid < pg_snapshot_xmin(pg_current_snapshot())%1 "
                                    "ORDER BY txid, seq LIMIT ?")
                         .arg(orgFilter)
                   : QStringLiteral("SELECT '0', seq, entity, entity_id FROM changes WHERE seq > ?%1 "
                                    "ORDER BY seq LIMIT ?")
                         .arg(orgFilter));
    if (pg) {
        q.add(txid);
        q.add(txid);
        q.add(seq);
    } else {
        q.add(seq);
    }
    if (!orgCode.isEmpty())
        q.add(orgCode);
    q.add(limit);
    if (auto r = q.run(); !r)
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
