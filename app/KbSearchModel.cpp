#include "KbSearchModel.h"

#include "db/KnowledgeBaseStore.h"

namespace tyndau {
namespace {

// Snippet's HTML back to text: the bold tags out, the escapes undone.
QString plain(QString html)
{
    html.remove(QLatin1String("<b>")).remove(QLatin1String("</b>"));
    return html.replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&#39;"), QLatin1String("'"))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
}

} // namespace

KbSearchModel::KbSearchModel(Database& cache, QObject* parent)
    : QAbstractListModel(parent)
    , m_cache(cache)
{
}

void KbSearchModel::search(const QString& query, std::optional<Language> language,
                           KnowledgeBaseStore::Match match)
{
    m_query = query;
    QList<KbHit> hits;
    if (!query.trimmed().isEmpty()) {
        auto found = KnowledgeBaseStore(m_cache).search(query, language, kLimit, match);
        if (found)
            hits = found.value();
        else
            emit failed(found.error());
    }
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

const KbHit* KbSearchModel::hitAt(int row) const
{
    return row >= 0 && row < m_hits.size() ? &m_hits.at(row) : nullptr;
}

int KbSearchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant KbSearchModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KbHit& hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return plain(hit.title);
    case Qt::ToolTipRole:
        return plain(hit.snippet);
    case TitleRole:
        return hit.title;
    case ArticleIdRole:
        return hit.articleId;
    case SnippetRole:
        return hit.snippet;
    case LanguageRole:
        return toCode(hit.language);
    }
    return {};
}

} // namespace tyndau
