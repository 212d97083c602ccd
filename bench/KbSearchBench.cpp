// bench/tyndau-bench-kb-search [N]: the operator's knowledge-base search over N articles
// (default 10,000, each in Kazakh and Russian), against the limit measured in the same run:
// the same FTS5 statement in the `sqlite3` shell on the same file.
//
// The project's figure is the app's search path as the Knowledge base workspace and the
// register form's side panel run it for each keystroke: KbSearchModel::search (folding,
// the FTS5 query, snippets with the matches marked, the model reset). The limit is the
// statements that path runs, with the folded terms written in, run by the shell (its start
// subtracted; see shellMs). Queries are typed in Kazakh and in Russian, with capitals and ё.
// Each query runs 20 times after a warm-up; the ratio compares the means.
#include "BenchTiming.h"
#include "app/KbSearchModel.h"
#include "core/ReferenceData.h"
#include "core/TextFold.h"
#include "db/Database.h"
#include "db/KnowledgeBaseStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace tyndau;

namespace {

const QStringList kQueries {
    QStringLiteral("отопление"),     QStringLiteral("Нет горячей ВОДЫ"),
    QStringLiteral("справка"),       QStringLiteral("пенсия по инвалидности"),
    QStringLiteral("ёлка во дворе"), QStringLiteral("освещение улицы"),
    QStringLiteral("жылу"),          QStringLiteral("Ыстық су жоқ"),
    QStringLiteral("анықтама"),      QStringLiteral("мүгедектік"),
    QStringLiteral("көше жарығы"),   QStringLiteral("жол жөндеу"),
};
constexpr int kRuns = 20;

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0
                            : values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size())));
}

// The shipped articles, copied over and over with a street and a number in their texts, so
// that each of the N is its own and a query finds many.
Result<void> fillArticles(Database& db, int n)
{
    KnowledgeBaseStore kb(db);
    if (auto r = kb.importShipped(); !r)
        return r.error();
    QList<KbArticle> shipped;
    for (qint64 id = 1; id <= kb.count().value_or_zero(); ++id) {
        if (auto a = kb.article(id); a && a.value())
            shipped.append(*a.value());
    }
    if (shipped.isEmpty())
        return Error {QStringLiteral("bench"), QStringLiteral("no shipped articles"), {}};
    const ReferenceData city = ReferenceData::almaty();
    Transaction tx(db);
    for (int i = 0; i < n; ++i) {
        KbArticle a = shipped.at(i % shipped.size());
        a.id = 0;
        a.slug = QStringLiteral("bench-%1").arg(i);
        const Street& street = city.streets().at(i % city.streets().size());
        for (auto it = a.texts.begin(); it != a.texts.end(); ++it) {
            const QString where = it.key() == Language::Kazakh ? street.name.kk : street.name.ru;
            it->title += QStringLiteral(" (%1, %2)").arg(where).arg(i);
            it->summary += QLatin1Char(' ') + where;
        }
        if (auto r = kb.upsert(a); !r)
            return r.error();
    }
    return tx.commit();
}

// The statement KnowledgeBaseStore::search runs on SQLite, with the terms written in.
QString limitSql(const QString& query)
{
    QStringList terms;
    for (const QString& w : TextFold::words(query))
        terms.append(QLatin1Char('"') + w + QStringLiteral("\"*"));
    return QStringLiteral("SELECT t.article_id, t.lang, t.title, t.summary, t.steps, t.answer, "
                          "-bm25(kb_fts, 10.0, 4.0, 1.0) AS score FROM kb_fts JOIN kb_texts t "
                          "ON t.id = kb_fts.rowid WHERE kb_fts MATCH '%1' ORDER BY score DESC, t.article_id "
                          "LIMIT 20;")
        .arg(terms.join(QLatin1Char(' ')));
}

// Wall time of the sqlite3 shell running `rounds` rounds of the queries on the file, median
// of three.
double shellMs(const QString& path, int rounds)
{
    QString script = QStringLiteral(".output /dev/null\n");
    for (int run = 0; run < rounds; ++run)
        for (const QString& query : kQueries)
            script += limitSql(query) + QLatin1Char('\n');
    return bench::sqliteShellMedianMs(path, script.toUtf8());
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kb.db"));
    auto url = DbUrl::parse(QStringLiteral("sqlite:") + path);
    auto db = url ? Database::open(url.value()) : Result<std::unique_ptr<Database>>(url.error());
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    QElapsedTimer fill;
    fill.start();
    if (auto r = fillArticles(*db.value(), n); !r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
        return 1;
    }
    std::printf("%d articles (kk and ru) written in %.1f s\n", n, fill.elapsed() / 1000.0);

    KbSearchModel model(*db.value());
    QList<double> project;
    int hits = 0;
    for (const QString& query : kQueries)
        model.search(query); // warm-up
    for (int run = 0; run < kRuns; ++run) {
        for (const QString& query : kQueries) {
            QElapsedTimer t;
            t.start();
            model.search(query);
            project.append(t.nsecsElapsed() / 1e6);
            hits += model.rowCount();
        }
    }

    // The shell's timer counts whole milliseconds, too coarse for one search: the limit is the
    // difference between the shell running 1 + kRuns rounds and running 1 round, divided by
    // the searches in between (starting the shell and its warm-up round cancel out).
    const double limitMean
        = (shellMs(path, 1 + kRuns) - shellMs(path, 1)) / (double(kRuns) * kQueries.size());
    double projectMean = 0;
    for (double v : std::as_const(project))
        projectMean += v / project.size();
    std::printf("%lld searches, %.1f hits each on average\n", qlonglong(project.size()),
                double(hits) / project.size());
    std::printf("project (KbSearchModel::search): mean %.3f ms, p50 %.3f ms, p95 %.3f ms\n", projectMean,
                percentile(project, 0.5), percentile(project, 0.95));
    std::printf("limit (sqlite3 shell, same FTS5 statements): mean %.3f ms\n", limitMean);
    std::printf("ratio (mean): %.2f (target <= 1.5)\n", projectMean / limitMean);
    return 0;
}
