#pragma once

#include <QHash>
#include <QString>
#include <QVarLengthArray>

struct sqlite3;
struct sqlite3_stmt;

namespace tyndau {

// Prepared SQLite statements kept for the connection's life, by their text, so that a
// statement run for every operation or every row is parsed once, not every time. A
// statement is taken while in use and given back afterwards; two users of the same text
// at once get two statements.
class StatementCache
{
public:
    explicit StatementCache(sqlite3* connection);
    ~StatementCache(); // finalizes what is idle; every Statement must be gone by then
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    sqlite3* connection() const { return m_connection; }
    // An idle statement for `sql`, or a new one. nullptr, with SQLite's reason in `error`,
    // when the text does not compile.
    sqlite3_stmt* take(const QString& sql, QString* error);
    // Reset, its values cleared, and kept for the next user (or finalized when the cache
    // is full).
    void giveBack(const QString& sql, sqlite3_stmt* statement);

private:
    sqlite3* m_connection;
    // A list per text, not a multi-hash: taking and giving back then allocate nothing.
    QHash<QString, QVarLengthArray<sqlite3_stmt*, 2>> m_idle;
    qsizetype m_idleCount = 0;
};

} // namespace tyndau
