#include "Cancellation.h"

#include "Database.h"

#include <sqlite3.h>

namespace tyndau {

void Cancellation::cancel()
{
    m_cancelled = true;
    std::lock_guard lock(m_mutex);
    if (m_connection)
        sqlite3_interrupt(m_connection);
}

bool Cancellation::cancelled() const
{
    return m_cancelled;
}

// SQLite forgets an interrupt that comes while nothing runs on the connection: the next
// statement starts afresh. A cancel between attaching and the count's first step would be
// lost, and the count (COUNT(*) is one step of SQLite's machine, reading the whole index)
// would run to its end while the window closing waits for it. So a statement that reads
// nothing is kept stepped, half done, for as long as the connection is attached: with it,
// an interrupt stays until every statement on the connection has ended.
// The progress handler stops the statements that run long in many steps of their own.
void Cancellation::attach(sqlite3* connection)
{
    sqlite3_stmt* keeper = nullptr;
    if (sqlite3_prepare_v2(connection, "SELECT 1", -1, &keeper, nullptr) != SQLITE_OK
        || sqlite3_step(keeper) != SQLITE_ROW) {
        // Not fatal: the progress handler still stops most statements, only later.
        qCWarning(lcDb) << "a cancellation cannot hold its connection:" << sqlite3_errmsg(connection);
        sqlite3_finalize(keeper);
        keeper = nullptr;
    }
    sqlite3_progress_handler(
        connection, 1000, [](void* self) { return static_cast<Cancellation*>(self)->cancelled() ? 1 : 0; },
        this);
    std::lock_guard lock(m_mutex);
    m_connection = connection;
    m_keeper = keeper;
    if (m_cancelled)
        sqlite3_interrupt(m_connection); // cancelled before it was attached
}

// Before the connection closes: sqlite3_interrupt on a closed one is undefined, and a
// statement left unfinished keeps it from closing.
void Cancellation::detach()
{
    std::lock_guard lock(m_mutex);
    if (m_connection)
        sqlite3_progress_handler(m_connection, 0, nullptr, nullptr);
    sqlite3_finalize(m_keeper); // a no-op on nullptr
    m_keeper = nullptr;
    m_connection = nullptr;
}

} // namespace tyndau
