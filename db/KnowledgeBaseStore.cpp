#include "KnowledgeBaseStore.h"

#include "Database.h"
#include "SqlValues.h"
#include "core/Clock.h"
#include "core/Snippet.h"
#include "core/TextFold.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tyndau {
namespace {

QString bodyOf(const KbText& t)
{
    return t.steps.join(QLatin1Char('\n')) + QLatin1Char('\n') + t.answer + QLatin1Char('\n') + t.contacts;
}

KbText textFrom(const QJsonObject& o)
{
    QStringList steps;
    for (const auto& s : o.value(QLatin1String("steps")).toArray())
        steps.append(s.toString());
    return KbText {o.value(QLatin1String("title")).toString(), o.value(QLatin1String("summary")).toString(),
                   steps, o.value(QLatin1String("answer")).toString(),
                   o.value(QLatin1String("contacts")).toString()};
}

Error kbError(const QString& what)
{
    return Error {
        QStringLiteral("invalid_article"),
        QCoreApplication::translate("KnowledgeBase", "The knowledge-base article is not valid: %1").arg(what),
        {}};
}

Result<qint64> returnedId(QSqlQuery& q)
{
    if (auto r = Database::run(q); !r)
        return r.error();
    if (!q.next())
        return Database::errorOf(q);
    return q.value(0).toLongLong();
}

} // namespace

KnowledgeBaseStore::KnowledgeBaseStore(Database& db)
    : m_db(db)
{
}

Result<int> KnowledgeBaseStore::importShipped()
{
    int total = 0;
    const QDir dir(QStringLiteral(":/tyndau/kb"));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return kbError(name);
        auto n = importJson(file.readAll());
        if (!n)
            return n.error();
        total += n.value();
    }
    return total;
}

Result<int> KnowledgeBaseStore::importJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return kbError(parseError.errorString());
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    int written = 0;
    for (const auto& item : doc.object().value(QLatin1String("articles")).toArray()) {
        const QJsonObject o = item.toObject();
        KbArticle a;
        a.slug = o.value(QLatin1String("slug")).toString();
        a.categoryCode = o.value(QLatin1String("category")).toString();
        for (const auto& org : o.value(QLatin1String("organizations")).toArray())
            a.orgCodes.append(org.toString());
        for (Language lang : allValues<Language>()) {
            const QJsonObject t = o.value(toCode(lang)).toObject();
            if (!t.isEmpty())
                a.texts.insert(lang, textFrom(t));
        }
        if (auto id = upsert(a); !id)
            return id.error();
        ++written;
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return written;
}

Result<qint64> KnowledgeBaseStore::upsert(const KbArticle& a)
{
    if (a.slug.trimmed().isEmpty() || a.texts.isEmpty())
        return kbError(QStringLiteral("an article needs a slug and a text in Kazakh or Russian"));
    for (const KbText& t : a.texts) {
        if (t.title.trimmed().isEmpty())
            return kbError(QStringLiteral("every text needs a title (%1)").arg(a.slug));
    }
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT INTO kb_articles (slug, category_code, organizations, updated_at) "
                             "VALUES (?, ?, ?, ?) ON CONFLICT (slug) DO UPDATE SET category_code = "
                             "excluded.category_code, organizations = excluded.organizations, updated_at = "
                             "excluded.updated_at, version = kb_articles.version + 1 RETURNING id"));
    q.addBindValue(a.slug);
    q.addBindValue(sql::text(a.categoryCode));
    q.addBindValue(sql::nonNull(a.orgCodes.join(QLatin1Char(','))));
    q.addBindValue(sql::time(a.updatedAt.isValid() ? a.updatedAt : Clock::currentUtc()));
    auto id = returnedId(q);
    if (!id)
        return id;
    for (auto it = a.texts.cbegin(); it != a.texts.cend(); ++it) {
        if (auto r = writeText(id.value(), it.key(), it.value()); !r)
            return r.error();
    }
    return id;
}

Result<qint64> KnowledgeBaseStore::writeText(qint64 articleId, Language lang, const KbText& t)
{
    const bool pg = m_db.dialect() == Dialect::PostgreSQL;
    QSqlQuery q = m_db.query();
    q.prepare(
        QStringLiteral("INSERT INTO kb_texts (article_id, lang, title, summary, steps, answer, contacts%1) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?%2) ON CONFLICT (article_id, lang) DO UPDATE SET "
                       "title = excluded.title, summary = excluded.summary, steps = excluded.steps, "
                       "answer = excluded.answer, contacts = excluded.contacts%3 RETURNING id")
            .arg(pg ? QStringLiteral(", title_folded, summary_folded, body_folded") : QString(),
                 pg ? QStringLiteral(", ?, ?, ?") : QString(),
                 pg ? QStringLiteral(", title_folded = excluded.title_folded, summary_folded = "
                                     "excluded.summary_folded, body_folded = excluded.body_folded")
                    : QString()));
    for (const QVariant& v :
         {QVariant(articleId), QVariant(toCode(lang)), sql::nonNull(t.title), sql::nonNull(t.summary),
          sql::nonNull(t.steps.join(QLatin1Char('\n'))), sql::nonNull(t.answer), sql::nonNull(t.contacts)})
        q.addBindValue(v);
    if (pg) {
        q.addBindValue(sql::nonNull(TextFold::fold(t.title)));
        q.addBindValue(sql::nonNull(TextFold::fold(t.summary)));
        q.addBindValue(sql::nonNull(TextFold::fold(bodyOf(t))));
    }
    auto textId = returnedId(q);
    if (!textId || pg)
        return textId;
    // SQLite: the FTS row mirrors the text, folded, under the same rowid.
    QSqlQuery del = m_db.query();
    del.prepare(QStringLiteral("DELETE FROM kb_fts WHERE rowid = ?"));
    del.addBindValue(textId.value());
    if (auto r = Database::run(del); !r)
        return r.error();
    QSqlQuery ins = m_db.query();
    ins.prepare(
        QStringLiteral("INSERT INTO kb_fts (rowid, title, summary, body, lang) VALUES (?, ?, ?, ?, ?)"));
    for (const QVariant& v : {QVariant(textId.value()), sql::nonNull(TextFold::fold(t.title)),
                              sql::nonNull(TextFold::fold(t.summary)),
                              sql::nonNull(TextFold::fold(bodyOf(t))), QVariant(toCode(lang))})
        ins.addBindValue(v);
    if (auto r = Database::run(ins); !r)
        return r.error();
    return textId;
}

Result<QList<KbHit>> KnowledgeBaseStore::search(const QString& query, std::optional<Language> language,
                                                int limit, Match match)
{
    // Letters and digits only reach the engine: no query syntax can be smuggled in.
    QStringList words = TextFold::words(query.left(match == Match::AllWords ? 200 : 600));
    if (match == Match::AnyWord) // short words ("в", "на", "және") would match everything
        words.removeIf([](const QString& w) { return w.size() < 3; });
    if (words.isEmpty())
        return QList<KbHit> {};
    const bool pg = m_db.dialect() == Dialect::PostgreSQL;
    QStringList terms;
    for (const QString& w : words)
        terms.append(pg ? w + QStringLiteral(":*") : QLatin1Char('"') + w + QStringLiteral("\"*"));
    const QString langFilter = language
        ? (pg ? QStringLiteral(" AND t.lang = ?") : QStringLiteral(" AND kb_fts.lang = ?"))
        : QString();
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    if (pg) {
        q.prepare(
            QStringLiteral("SELECT t.article_id, t.lang, t.title, t.summary, t.steps, t.answer, "
                           "ts_rank(t.search_tsv, q) AS score FROM kb_texts t, to_tsquery('simple', ?) q "
                           "WHERE t.search_tsv @@ q%1 ORDER BY score DESC, t.article_id LIMIT ?")
                .arg(langFilter));
        q.addBindValue(terms.join(match == Match::AllWords ? QStringLiteral(" & ") : QStringLiteral(" | ")));
    } else {
        q.prepare(
            QStringLiteral("SELECT t.article_id, t.lang, t.title, t.summary, t.steps, t.answer, "
                           "-bm25(kb_fts, 10.0, 4.0, 1.0) AS score FROM kb_fts JOIN kb_texts t "
                           "ON t.id = kb_fts.rowid WHERE kb_fts MATCH ?%1 ORDER BY score DESC, t.article_id "
                           "LIMIT ?")
                .arg(langFilter));
        q.addBindValue(terms.join(match == Match::AllWords ? QStringLiteral(" ") : QStringLiteral(" OR ")));
    }
    if (language)
        q.addBindValue(toCode(*language));
    q.addBindValue(std::clamp(limit, 1, 200));
    if (auto r = Database::run(q); !r)
        return r.error();
    QList<KbHit> out;
    while (q.next()) {
        const QString passage = q.value(3).toString() + QLatin1Char(' ') + q.value(4).toString()
            + QLatin1Char(' ') + q.value(5).toString();
        out.append(KbHit {q.value(0).toLongLong(),
                          fromCode<Language>(q.value(1).toString()).value_or(Language::Russian),
                          Snippet::highlight(q.value(2).toString(), words), Snippet::make(passage, words),
                          q.value(6).toDouble()});
    }
    return out;
}

Result<std::optional<KbArticle>> KnowledgeBaseStore::article(qint64 id)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT slug, category_code, organizations, used_count, updated_at, version "
                             "FROM kb_articles WHERE id = ?"));
    q.addBindValue(id);
    if (auto r = Database::run(q); !r)
        return r.error();
    if (!q.next())
        return std::optional<KbArticle> {};
    KbArticle a;
    a.id = id;
    a.slug = q.value(0).toString();
    a.categoryCode = q.value(1).toString();
    a.orgCodes = q.value(2).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    a.usedCount = q.value(3).toInt();
    a.updatedAt = sql::time(q.value(4));
    a.version = q.value(5).toInt();
    QSqlQuery t = m_db.query();
    t.prepare(QStringLiteral(
        "SELECT lang, title, summary, steps, answer, contacts FROM kb_texts WHERE article_id = ?"));
    t.addBindValue(id);
    if (auto r = Database::run(t); !r)
        return r.error();
    while (t.next()) {
        if (auto lang = fromCode<Language>(t.value(0).toString()))
            a.texts.insert(*lang,
                           KbText {t.value(1).toString(), t.value(2).toString(),
                                   t.value(3).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts),
                                   t.value(4).toString(), t.value(5).toString()});
    }
    return std::optional<KbArticle>(a);
}

Result<void> KnowledgeBaseStore::recordUse(qint64 articleId)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE kb_articles SET used_count = used_count + 1 WHERE id = ?"));
    q.addBindValue(articleId);
    return Database::run(q);
}

Result<void> KnowledgeBaseStore::setUsedCount(qint64 articleId, int count)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE kb_articles SET used_count = ? WHERE id = ?"));
    q.addBindValue(count);
    q.addBindValue(articleId);
    return Database::run(q);
}

Result<qint64> KnowledgeBaseStore::count()
{
    QSqlQuery q = m_db.query();
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM kb_articles")) || !q.next())
        return Database::errorOf(q);
    return q.value(0).toLongLong();
}

} // namespace tyndau
