#pragma once

#include <atomic>
#include <mutex>

struct sqlite3;
struct sqlite3_stmt;

namespace tyndau {

// Stops what a connection on another thread runs (Database::cancelWith).
class Cancellation
{
public:
    void cancel(); // from any thread
    bool cancelled() const;

private:
    friend class Database;
    void attach(sqlite3* connection);
    void detach();

    std::atomic<bool> m_cancelled {false};
    std::mutex m_mutex; // guards m_connection
    sqlite3* m_connection = nullptr; // while a Database holds it open
    sqlite3_stmt* m_keeper = nullptr; // keeps an interrupt from being forgotten (attach)
};

} // namespace tyndau
