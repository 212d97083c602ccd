#include "LocalArticles.h"

#include "core/KbArticleRules.h"
#include "core/TimeOrderedUuid.h"
#include "core/WireFormat.h"
#include "db/Database.h"
#include "db/KnowledgeBaseStore.h"
#include "db/OutboxStore.h"

#include <QJsonObject>
#include <QUuid>

namespace tyndau {

LocalArticles::LocalArticles(Database& cache, const ReferenceData& reference)
    : m_db(cache)
    , m_reference(reference)
{
}

QList<Error> LocalArticles::save(const KbArticle& article)
{
    if (const QList<Error> problems = KbArticleRules::check(article, m_reference); !problems.isEmpty())
        return problems;
    const QJsonObject op {{QStringLiteral("op_id"), TimeOrderedUuid::createText()},
                          {QStringLiteral("type"), QStringLiteral("upsert_article")},
                          {QStringLiteral("article"), WireFormat::toJson(article)}};
    Transaction tx(m_db);
    if (!tx.started())
        return {tx.startError()};
    if (auto w = KnowledgeBaseStore(m_db).upsert(article); !w)
        return {w.error()};
    if (auto w = OutboxStore(m_db).enqueue(op, QUuid()); !w)
        return {w.error()};
    if (auto c = tx.commit(); !c)
        return {c.error()};
    return {};
}

} // namespace tyndau
