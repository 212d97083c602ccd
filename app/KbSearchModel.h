#pragma once

#include "core/KbArticle.h"
#include "core/Result.h"
#include "db/KnowledgeBaseStore.h"

#include <QAbstractListModel>

namespace tyndau {

class Database;

// Knowledge-base search results for the operator's panels: the article's title, the
// language that matched and a snippet with the matched words in bold. The display role is
// the title as plain text; TitleRole and SnippetRole are HTML.
class KbSearchModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        ArticleIdRole = Qt::UserRole + 1,
        SnippetRole, // HTML: the text escaped, matches between <b> and </b>
        LanguageRole, // the language code that matched: "kk" or "ru"
        TitleRole, // HTML, like the snippet
    };
    static constexpr int kLimit = 20;

    explicit KbSearchModel(Database& cache, QObject* parent = nullptr);

    // An empty query clears the list. `language` empty: both.
    void search(const QString& query, std::optional<Language> language = std::nullopt,
                KnowledgeBaseStore::Match match = KnowledgeBaseStore::Match::AllWords);
    const KbHit* hitAt(int row) const;
    QString query() const { return m_query; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

signals:
    void failed(const tyndau::Error& error);

private:
    Database& m_cache;
    QList<KbHit> m_hits;
    QString m_query;
};

} // namespace tyndau
