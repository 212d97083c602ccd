#include "db/KnowledgeBaseStore.h"
#include "support/TestDb.h"

#include <QTest>

using namespace tyndau;

// Knowledge-base search in Kazakh and Russian: case, ё/е, prefixes, ranking order, on
// SQLite (FTS5) and PostgreSQL (tsvector).
class TestKnowledgeBaseStore : public QObject
{
    Q_OBJECT

private:
    static KbArticle article(const char* slug, const QString& ruTitle, const QString& ruSummary,
                             const QString& kkTitle)
    {
        KbArticle a;
        a.slug = QLatin1String(slug);
        a.categoryCode = QStringLiteral("heating.hot_water");
        a.texts.insert(Language::Russian,
                       KbText {ruTitle,
                               ruSummary,
                               {QStringLiteral("Позвонить диспетчеру")},
                               QStringLiteral("Ответ"),
                               QStringLiteral("1308")});
        a.texts.insert(Language::Kazakh,
                       KbText {kkTitle,
                               QStringLiteral("Қысқаша"),
                               {QStringLiteral("Диспетчерге қоңырау шалу")},
                               QStringLiteral("Жауап"),
                               QStringLiteral("1308")});
        return a;
    }

    static QStringList titles(const QList<KbHit>& hits)
    {
        QStringList out;
        for (const KbHit& h : hits)
            out.append(QString(h.title).remove(QStringLiteral("<b>")).remove(QStringLiteral("</b>")));
        return out;
    }

private slots:
    void search_data() { test::TestDb::addDialectRows(); }
    void search()
    {
        QFETCH(QString, dialect);
        test::TestDb dbs;
        auto db = dbs.open(dialect);
        if (!db)
            return;
        KnowledgeBaseStore kb(*db);
        const auto first
            = kb.upsert(article("first", QStringLiteral("Первая"), QStringLiteral("x"), QStringLiteral("y")));
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
        QVERIFY(kb.upsert(article("meter", QStringLiteral("Замена счётчика горячей воды"),
                                  QStringLiteral("Как поменять счётчик"),
                                  QStringLiteral("Ыстық су есептегішін ауыстыру")))
                    .ok());
        QVERIFY(kb.upsert(article("no-hot-water", QStringLiteral("Нет горячей воды"),
                                  QStringLiteral("Если в квартире нет горячей воды, а счётчик крутится"),
                                  QStringLiteral("Пәтерде ыстық су жоқ")))
                    .ok());
        QVERIFY(kb.upsert(article("elevator", QStringLiteral("Не работает лифт"),
                                  QStringLiteral("Лифт стоит"), QStringLiteral("Лифт істемейді")))
                    .ok());

        // ё and е, upper and lower case find the same article.
        for (const QString& q :
             {QStringLiteral("счетчик"), QStringLiteral("СЧЁТЧИК"), QStringLiteral("Счетч")}) {
            const auto hits = kb.search(q, Language::Russian);
            QVERIFY2(hits.ok(), hits.ok() ? "" : qPrintable(hits.error().message));
            QCOMPARE(hits->size(), 2);
            // The title match ranks above a match in the summary.
            QCOMPARE(titles(hits.value()).first(), QStringLiteral("Замена счётчика горячей воды"));
        }
        // Kazakh letters fold too, and prefixes match.
        auto kk = kb.search(QStringLiteral("ЫСТЫҚ"), Language::Kazakh);
        QVERIFY(kk.ok());
        QCOMPARE(kk->size(), 2);
        QCOMPARE(kk->first().language, Language::Kazakh);
        QVERIFY(kk->first().title.contains(QStringLiteral("<b>Ыстық</b>")));
        QCOMPARE(titles(kb.search(QStringLiteral("істе"), Language::Kazakh).value()),
                 QStringList {QStringLiteral("Лифт істемейді")});
        // Without a language both texts can match.
        QCOMPARE(kb.search(QStringLiteral("лифт"), std::nullopt)->size(), 2);
        // All words must match.
        QCOMPARE(titles(kb.search(QStringLiteral("нет горяч"), Language::Russian).value()),
                 QStringList {QStringLiteral("Нет горячей воды")});
        // Snippets carry the highlighted words of the original text.
        const auto hit = kb.search(QStringLiteral("крутит"), Language::Russian);
        QCOMPARE(hit->size(), 1);
        QVERIFY(hit->first().snippet.contains(QStringLiteral("<b>крутится</b>")));
        // Query syntax and SQL are just words.
        for (const QString& hostile :
             {QStringLiteral("\"лифт\" OR *"), QStringLiteral("'; DROP TABLE kb_texts; --"),
              QStringLiteral("NEAR(a b) : ^ -x"), QStringLiteral("")})
            QVERIFY2(kb.search(hostile, std::nullopt).ok(), qPrintable(hostile));
        QCOMPARE(kb.count().value(), 4);
    }

    void shippedArticles_data() { test::TestDb::addDialectRows(); }
    void shippedArticles()
    {
        QFETCH(QString, dialect);
        test::TestDb dbs;
        auto db = dbs.open(dialect);
        if (!db)
            return;
        KnowledgeBaseStore kb(*db);
        const auto n = kb.importShipped();
        QVERIFY2(n.ok(), n.ok() ? "" : qPrintable(n.error().message));
        QVERIFY(n.value() >= 60);
        QCOMPARE(kb.importShipped().value(), n.value()); // again: updated, not duplicated
        QCOMPARE(kb.count().value(), qint64(n.value()));
        // Every article has both languages.
        for (qint64 id = 1; id <= 5; ++id) {
            const auto a = kb.article(id);
            QVERIFY(a.ok() && a.value());
            QVERIFY(a.value()->texts.contains(Language::Kazakh));
            QVERIFY(a.value()->texts.contains(Language::Russian));
            QVERIFY(!a.value()->texts[Language::Russian].steps.isEmpty());
        }
        QVERIFY(!kb.search(QStringLiteral("горячей воды"), Language::Russian)->isEmpty());
        QVERIFY(!kb.search(QStringLiteral("ыстық су"), Language::Kazakh)->isEmpty());
        QVERIFY(!kb.search(QStringLiteral("балабақша"), Language::Kazakh)->isEmpty());
    }

    void usageCounter_data() { test::TestDb::addDialectRows(); }
    void usageCounter()
    {
        QFETCH(QString, dialect);
        test::TestDb dbs;
        auto db = dbs.open(dialect);
        if (!db)
            return;
        KnowledgeBaseStore kb(*db);
        const qint64 id
            = kb.upsert(article("x", QStringLiteral("Лифт"), QStringLiteral("Лифт"), QStringLiteral("Лифт")))
                  .value();
        QVERIFY(kb.recordUse(id).ok());
        QVERIFY(kb.recordUse(id).ok());
        QCOMPARE(kb.article(id).value()->usedCount, 2);
        KbArticle bad;
        bad.slug = QStringLiteral("empty");
        QVERIFY(!kb.upsert(bad).ok());
    }
};

QTEST_GUILESS_MAIN(TestKnowledgeBaseStore)
#include "TestKnowledgeBaseStore.moc"
