#include "Cancellation.h"

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

// Two ways, because each misses a case: SQLite forgets an interrupt that comes while nothing
// runs, and asks a progress handler only between steps of its machine, of which COUNT(*) is
// one, reading the whole index.
void Cancellation::attach(sqlite3* connection)
{
    sqlite3_progress_handler(
        connection, 1000, [](void* self) { return static_cast<Cancellation*>(self)->cancelled() ? 1 : 0; },
        this);
    std::lock_guard lock(m_mutex);
    m_connection = connection;
}

// Before the connection closes: sqlite3_interrupt on a closed one is undefined.
void Cancellation::detach()
{
    std::lock_guard lock(m_mutex);
    if (m_connection)
        sqlite3_progress_handler(m_connection, 0, nullptr, nullptr);
    m_connection = nullptr;
}

} // namespace tyndau
