#include "LocalCatalog.h"

#include "LocalCache.h"
#include "core/ReferenceRules.h"
#include "core/ReferenceWire.h"
#include "db/ReferenceStore.h"

namespace tyndau {

LocalCatalog::LocalCatalog(LocalCache& cache)
    : m_cache(cache)
{
}

QList<Error> LocalCatalog::save(const Organization& organization)
{
    if (QList<Error> problems = ReferenceRules::check(organization, m_cache.reference()); !problems.isEmpty())
        return problems;
    const QJsonObject op {{QStringLiteral("type"), QStringLiteral("upsert_organization")},
                          {QStringLiteral("organization"), ReferenceWire::toJson(organization)}};
    if (auto w = m_cache.queueChange(
            op, [&](Database& db) { return ReferenceStore(db).upsertOrganization(organization); });
        !w)
        return {w.error()};
    return {};
}

QList<Error> LocalCatalog::save(const Category& category)
{
    if (QList<Error> problems = ReferenceRules::check(category, m_cache.reference()); !problems.isEmpty())
        return problems;
    const QJsonObject op {{QStringLiteral("type"), QStringLiteral("upsert_category")},
                          {QStringLiteral("category"), ReferenceWire::toJson(category)}};
    if (auto w
        = m_cache.queueChange(op, [&](Database& db) { return ReferenceStore(db).upsertCategory(category); });
        !w)
        return {w.error()};
    return {};
}

} // namespace tyndau
