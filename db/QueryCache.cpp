#include "QueryCache.h"

#include "Database.h"

namespace tyndau {
namespace {

// As StatementCache: every statement the stores run often, with room to spare.
constexpr qsizetype kMaxIdle = 512;

} // namespace

QueryCache::QueryCache(QSqlDatabase connection)
    : m_connection(std::move(connection))
{
}

std::unique_ptr<QSqlQuery> QueryCache::take(const QString& sql, QString* error)
{
    if (auto it = m_idle.find(sql); it != m_idle.end() && !it->second.empty()) {
        std::unique_ptr<QSqlQuery> query = std::move(it->second.back());
        it->second.pop_back();
        --m_idleCount;
        return query;
    }
    auto query = std::make_unique<QSqlQuery>(m_connection);
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        if (error)
            *error = Database::errorOf(*query).message;
        return nullptr;
    }
    return query;
}

void QueryCache::giveBack(const QString& sql, std::unique_ptr<QSqlQuery> query)
{
    if (!query)
        return;
    query->finish();
    if (m_idleCount >= kMaxIdle)
        return; // let go: Qt deallocates it on the server
    m_idle[sql].push_back(std::move(query));
    ++m_idleCount;
}

} // namespace tyndau
