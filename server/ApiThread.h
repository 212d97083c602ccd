#pragma once

#include "core/DeadlinePolicy.h"
#include "core/ReferenceData.h"
#include "core/Result.h"
#include "db/DbUrl.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace tyndau {

class Api;
class ApiDispatcher;
class Database;

// A thread with a database connection, an Api and an ApiDispatcher of its own. On PostgreSQL
// the server runs several, because there many sessions write at once and each op waits
// mostly on round trips to the database, not on this process's CPU. (SQLite has one writer:
// its server runs the one Api on the main thread.) The connection is opened, and everything
// made over it destroyed, on the thread itself: a Qt connection belongs to its thread.
class ApiThread
{
public:
    static Result<std::unique_ptr<ApiThread>> start(const DbUrl& url, const ReferenceData& reference,
                                                    const DeadlinePolicy& policy,
                                                    const QByteArray& voteSecret);
    ~ApiThread();
    ApiThread(const ApiThread&) = delete;
    ApiThread& operator=(const ApiThread&) = delete;

    ApiDispatcher& dispatcher() { return *m_dispatcher; }

private:
    ApiThread() = default;

    QThread m_thread;
    QObject m_anchor; // lives on m_thread: what work is sent there through
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Api> m_api;
    std::unique_ptr<ApiDispatcher> m_dispatcher;
};

} // namespace tyndau
