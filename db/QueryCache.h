#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <unordered_map>
#include <vector>

namespace tyndau {

// Prepared PostgreSQL queries kept for the connection's life, by their text: what
// StatementCache is for SQLite. Without it every Statement made in a function (the op's
// claim, its feed row, its number, the session lookup) cost three round trips to the
// server instead of one: PREPARE, EXECUTE, and DEALLOCATE when Qt let it go. A query is
// taken while in use and given back afterwards; two users of one text at once get two.
class QueryCache
{
public:
    explicit QueryCache(QSqlDatabase connection);
    QueryCache(const QueryCache&) = delete;
    QueryCache& operator=(const QueryCache&) = delete;

    // An idle prepared query for `sql`, or a newly prepared one; nullptr, with the
    // server's reason in `error`, when it does not prepare.
    std::unique_ptr<QSqlQuery> take(const QString& sql, QString* error);
    // Finished and kept for the next user (or let go when the cache is full).
    void giveBack(const QString& sql, std::unique_ptr<QSqlQuery> query);

private:
    QSqlDatabase m_connection;
    std::unordered_map<QString, std::vector<std::unique_ptr<QSqlQuery>>> m_idle;
    qsizetype m_idleCount = 0;
};

} // namespace tyndau
