#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

namespace tyndau {

class Database;

struct ChangeRow
{
    QString entity; // "request" | "kb_article"
    QString entityId;
};

struct ChangePage
{
    QList<ChangeRow> rows;
    QString nextCursor; // ask from here next time; equals the given cursor when nothing new
    bool more = false; // a full page: there may be more right away
};

// The change feed. Every write appends a row in its own transaction. A page never hands out
// a cursor past a transaction still in flight: on PostgreSQL rows are ordered by
// transaction id and served only below the oldest running transaction
// (pg_snapshot_xmin), so a row committed late is never skipped. SQLite has one writer at a
// time, so its sequence is already commit order.
class ChangeFeedStore
{
public:
    explicit ChangeFeedStore(Database& db);

    Result<void> append(const QString& entity, const QString& entityId, const QString& orgCode);
    // `orgCode`: when set, only requests of that organization (and every non-request row).
    Result<ChangePage> page(const QString& cursor, int limit, const QString& orgCode = {});
    static bool isValidCursor(const QString& cursor);

private:
    Database& m_db;
};

} // namespace tyndau
