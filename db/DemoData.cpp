#include "DemoData.h"

#include "Database.h"
#include "KnowledgeBaseStore.h"
#include "ReferenceStore.h"
#include "RequestStore.h"

namespace tyndau {

Result<void> DemoData::seedReference(Database& db)
{
    ReferenceStore reference(db);
    // The shipped data seeds a new database only: after that the administrator owns it, and a
    // restart must not bring back what they changed or removed.
    auto seeded = reference.hasCatalog();
    if (!seeded)
        return seeded.error();
    if (seeded.value())
        return {};
    if (auto r = reference.importReference(ReferenceData::almaty()); !r)
        return r;
    if (auto r = reference.importCalendar(WorkingCalendar::kazakhstan()); !r)
        return r;
    KnowledgeBaseStore kb(db);
    if (auto r = kb.importShipped(); !r)
        return r.error();
    return {};
}

Result<void> DemoData::seedDemoUsers(Database& db)
{
    ReferenceStore store(db);
    const QList<User> users {
        {0, QStringLiteral("operator1"), QStringLiteral("Оператор 1308"), Role::Operator, {}, true},
        {0, QStringLiteral("executor1"), QStringLiteral("Исполнитель «Алматы Су»"), Role::Executor,
         QStringLiteral("almaty-su"), true},
        {0, QStringLiteral("inspector1"), QStringLiteral("Инспектор Open Almaty"), Role::Inspector, {}, true},
        {0, QStringLiteral("supervisor1"), QStringLiteral("Аналитик"), Role::Supervisor, {}, true},
        {0, QStringLiteral("admin"), QStringLiteral("Администратор"), Role::Admin, {}, true},
    };
    for (const User& u : users) {
        if (auto r = store.upsertUser(u); !r)
            return r.error();
    }
    return {};
}

Result<qint64> DemoData::generateRequests(Database& db, const DemoOptions& options,
                                          const std::function<void(qint64, qint64)>& progress)
{
    ReferenceStore reference(db);
    auto policy = reference.loadDeadlinePolicy();
    if (!policy)
        return policy.error();
    DemoGenerator generator(ReferenceData::almaty(), policy.value(), options);
    RequestStore store(db);
    constexpr qint64 kBatch = 20000;
    qint64 written = 0;
    std::optional<Error> failure;
    auto tx = std::make_unique<Transaction>(db);
    generator.generate([&](GeneratedRequest&& g) {
        if (auto r = store.insert(g.request, g.history); !r) {
            failure = r.error();
            return false;
        }
        if (++written % kBatch == 0) {
            if (auto r = tx->commit(); !r) {
                failure = r.error();
                return false;
            }
            tx = std::make_unique<Transaction>(db);
            if (progress)
                progress(written, options.count);
        }
        return true;
    });
    if (failure)
        return *failure;
    // The generated rows enter the change feed, and the server's numbering continues
    // after the demo's numbers.
    for (const char* statement :
         {"INSERT INTO changes (entity, entity_id, org_code, at) SELECT 'request', id, org_code, created_at "
          "FROM requests ORDER BY created_at",
          "INSERT INTO number_counters (year, last) SELECT CAST(SUBSTR(number, 1, 4) AS INTEGER), "
          "MAX(CAST(SUBSTR(number, 6) AS INTEGER)) FROM requests WHERE number IS NOT NULL "
          "GROUP BY CAST(SUBSTR(number, 1, 4) AS INTEGER) "
          "ON CONFLICT (year) DO UPDATE SET last = excluded.last"}) {
        if (auto r = db.exec(QLatin1String(statement)); !r)
            return r.error();
    }
    if (auto r = tx->commit(); !r)
        return r.error();
    if (progress)
        progress(written, options.count);
    return written;
}

} // namespace tyndau
