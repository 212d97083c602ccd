#pragma once

#include "core/KbArticle.h"
#include "core/Result.h"

#include <optional>

namespace tyndau {

class Database;

// The knowledge base of life situations. Search folds case for every Kazakh and Russian
// letter and ё/е, matches word prefixes, ranks (bm25 on SQLite's FTS5, ts_rank on
// PostgreSQL; titles weigh most) and returns highlighted snippets cut from the original
// text the same way on both.
class KnowledgeBaseStore
{
public:
    explicit KnowledgeBaseStore(Database& db);

    // Articles from the shipped files (:/tyndau/kb/*.json) or one such file; by slug, so
    // importing again updates instead of duplicating. Returns how many were written.
    Result<int> importShipped();
    Result<int> importJson(const QByteArray& json);

    Result<qint64> upsert(const KbArticle& article); // by slug; returns the id
    Result<std::optional<KbArticle>> article(qint64 id);
    enum class Match
    {
        AllWords, // what a search box does
        AnyWord, // for a citizen's description: the articles sharing most of its words first
    };
    Result<QList<KbHit>> search(const QString& query, std::optional<Language> language, int limit = 20,
                                Match match = Match::AllWords);
    Result<void> recordUse(qint64 articleId); // one more consultation answered with it
    Result<void> setUsedCount(qint64 articleId, int count); // as the server counted them
    Result<qint64> count();

private:
    Result<qint64> writeText(qint64 articleId, Language lang, const KbText& text);

    Database& m_db;
};

} // namespace tyndau
