#include "StatementCache.h"

#include <sqlite3.h>

namespace tyndau {
namespace {

// Enough for every statement the stores run often (the IN lists of a feed page come in
// up to a hundred lengths); beyond it a statement is finalized rather than kept.
constexpr qsizetype kMaxIdle = 512;

} // namespace

StatementCache::StatementCache(sqlite3* connection)
    : m_connection(connection)
{
}

StatementCache::~StatementCache()
{
    for (const auto& statements : std::as_const(m_idle)) {
        for (sqlite3_stmt* s : statements)
            sqlite3_finalize(s);
    }
}

sqlite3_stmt* StatementCache::take(const QString& sql, QString* error)
{
    if (auto it = m_idle.find(sql); it != m_idle.end() && !it->isEmpty()) {
        sqlite3_stmt* s = it->back();
        it->removeLast();
        --m_idleCount;
        return s;
    }
    sqlite3_stmt* s = nullptr;
    const int rc = sqlite3_prepare16_v3(m_connection, sql.utf16(), int(sql.size() * sizeof(char16_t)),
                                        SQLITE_PREPARE_PERSISTENT, &s, nullptr);
    if (rc != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(m_connection));
        sqlite3_finalize(s);
        return nullptr;
    }
    return s;
}

void StatementCache::giveBack(const QString& sql, sqlite3_stmt* statement)
{
    if (!statement)
        return;
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (m_idleCount >= kMaxIdle) {
        sqlite3_finalize(statement);
        return;
    }
    m_idle[sql].append(statement);
    ++m_idleCount;
}

} // namespace tyndau
