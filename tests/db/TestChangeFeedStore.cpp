#include "db/ChangeFeedStore.h"
#include "support/TestDb.h"

#include <QDeadlineTimer>
#include <QTest>

using namespace tyndau;

// The change feed's cursor never skips a row committed late.
class TestChangeFeedStore : public QObject
{
    Q_OBJECT

private:
    // Pages from `cursor` until `want` rows have come or 30 s pass. On PostgreSQL the
    // oldest transaction in flight anywhere in the cluster (another test's, say) holds the
    // feed back for a moment: the feed waits, it never skips.
    static QStringList drain(ChangeFeedStore& feed, QString& cursor, int want, int pageSize,
                             const QString& org = {})
    {
        QStringList seen;
        QDeadlineTimer deadline(30000);
        while (seen.size() < want && !deadline.hasExpired()) {
            auto page = feed.page(cursor, pageSize, org);
            if (!page)
                break;
            for (const auto& row : page->rows)
                seen.append(row.entityId);
            cursor = page->nextCursor;
            if (page->rows.isEmpty())
                QTest::qWait(20);
        }
        return seen;
    }

private slots:
    void pages_data() { test::TestDb::addDialectRows(); }
    void pages()
    {
        QFETCH(QString, dialect);
        test::TestDb dbs;
        auto db = dbs.open(dialect);
        if (!db)
            return;
        ChangeFeedStore feed(*db);
        for (int i = 0; i < 7; ++i)
            QVERIFY(feed.append(QStringLiteral("request"), QString::number(i),
                                i % 2 ? QStringLiteral("alts") : QStringLiteral("almaty-su"))
                        .ok());
        QString cursor;
        const QStringList seen = drain(feed, cursor, 7, 3);
        QCOMPARE(seen.join(QLatin1Char(',')), QStringLiteral("0,1,2,3,4,5,6"));
        QVERIFY(feed.page(cursor, 3)->rows.isEmpty());
        QCOMPARE(feed.page(cursor, 3)->nextCursor, cursor);
        QString fromStart;
        QCOMPARE(drain(feed, fromStart, 3, 10, QStringLiteral("alts")).size(), 3);
        QVERIFY(!ChangeFeedStore::isValidCursor(QStringLiteral("1; DROP")));
    }

    void aLateCommitIsNotSkipped()
    {
        test::TestDb dbs;
        auto reader = dbs.open(QStringLiteral("postgresql"));
        if (!reader)
            return;
        auto slow = Database::open(reader->url());
        auto fast = Database::open(reader->url());
        QVERIFY(slow.ok() && fast.ok());
        ChangeFeedStore readerFeed(*reader);

        // The slow writer takes its transaction id first, and commits last.
        Transaction slowTx(*slow.value());
        QVERIFY(ChangeFeedStore(*slow.value())
                    .append(QStringLiteral("request"), QStringLiteral("slow"), {})
                    .ok());
        {
            Transaction fastTx(*fast.value());
            QVERIFY(ChangeFeedStore(*fast.value())
                        .append(QStringLiteral("request"), QStringLiteral("fast"), {})
                        .ok());
            QVERIFY(fastTx.commit().ok());
        }
        // While the slow one is in flight, the feed hands out nothing past it.
        auto page = readerFeed.page({}, 100);
        QVERIFY(page.ok());
        QVERIFY(page->rows.isEmpty());
        const QString cursor = page->nextCursor;

        QVERIFY(slowTx.commit().ok());
        QString next = cursor;
        QCOMPARE(drain(readerFeed, next, 2, 100).join(QLatin1Char(',')), QStringLiteral("slow,fast"));
    }
};

QTEST_GUILESS_MAIN(TestChangeFeedStore)
#include "TestChangeFeedStore.moc"
