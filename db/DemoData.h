#pragma once

#include "core/DemoGenerator.h"
#include "core/Result.h"

#include <functional>

namespace tyndau {

class Database;

// Fills a database with the shipped reference data, calendar and knowledge base, the demo
// users, and a generated year of requests, in large transactions.
class DemoData
{
public:
    // Reference data, calendar, knowledge base: what a new database starts from (a database
    // that has them keeps its own: the administrator may have changed them).
    static Result<void> seedReference(Database& db);
    static Result<void> seedDemoUsers(Database& db);
    // `progress` is called with (done, total) now and then.
    static Result<qint64> generateRequests(Database& db, const DemoOptions& options,
                                           const std::function<void(qint64, qint64)>& progress = {});
};

} // namespace tyndau
