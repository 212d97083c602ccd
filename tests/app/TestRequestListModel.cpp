#include "app/LocalCache.h"
#include "app/RequestListModel.h"
#include "support/BulkRequests.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace tyndau;

// The requests list over a million cached requests: it opens, scrolls, sorts and filters
// while holding only the pages shown.
class TestRequestListModel : public QObject
{
    Q_OBJECT

    static constexpr qint64 kRows = 1000000;
    QTemporaryDir m_dir;
    std::unique_ptr<LocalCache> m_cache;

private slots:
    void initTestCase()
    {
        auto cache = LocalCache::open(m_dir.filePath(QStringLiteral("cache.db")));
        QVERIFY2(cache.ok(), qPrintable(cache.ok() ? QString() : cache.error().message));
        m_cache = std::move(cache).value();
        QElapsedTimer t;
        t.start();
        QVERIFY(test::fillBulkRequests(m_cache->db(), kRows, QDateTime::currentMSecsSinceEpoch()));
        qInfo("filled %lld requests in %lld ms", kRows, t.elapsed());
    }

    void opensWithOnePage()
    {
        RequestListModel model(m_cache->db(), m_cache->reference(), m_cache->policy());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&model, &RequestListModel::totalCountChanged);
        model.setFilter({});
        // The first rows at once; how many there are is counted on another thread.
        QCOMPARE(model.rowCount(), RequestListModel::kPageSize);
        QCOMPARE(model.totalCount(), qint64(-1));
        QTRY_COMPARE(model.totalCount(), kRows);
        QCOMPARE(counted.size(), 2);
        QCOMPARE(counted.at(0).at(0).toLongLong(), qint64(-1));
        // Newest first: the last number made is on top.
        QCOMPARE(model.index(0, RequestListModel::NumberColumn).data().toString(),
                 QStringLiteral("2026-1000000"));
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * RequestListModel::kPageSize);
        // The page boundary neither repeats nor skips a request.
        QCOMPARE(model.index(RequestListModel::kPageSize, RequestListModel::NumberColumn).data().toString(),
                 QStringLiteral("2026-%1").arg(kRows - RequestListModel::kPageSize, 6, 10, QLatin1Char('0')));
    }

    void filtersWithOnePage()
    {
        RequestListModel model(m_cache->db(), m_cache->reference(), m_cache->policy());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        RequestFilter f;
        f.districtCode = QStringLiteral("medeu");
        f.statuses = {Status::Assigned};
        model.setFilter(f);
        QCOMPARE(model.rowCount(), RequestListModel::kPageSize);
        QTRY_COMPARE(model.totalCount(),
                     kRows / 8); // medeu: i % 8 == 5, always odd, so assigned when i % 4 == 1
        for (int row = 0; row < model.rowCount(); ++row) {
            const RequestSummary* r = model.summaryAt(row);
            QCOMPARE(r->districtCode, QStringLiteral("medeu"));
            QCOMPARE(r->status, Status::Assigned);
        }
        // Free text folds ё: "ЁЛКА" finds the thousandth-and-seventh requests.
        f = {};
        f.text = QStringLiteral("ЁЛКА");
        model.setFilter(f);
        QTRY_COMPARE(model.totalCount(), kRows / 1000);
        QCOMPARE(model.rowCount(), RequestListModel::kPageSize);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), int(kRows / 1000));
        // A number finds its request at once.
        f.text = QStringLiteral("2026-000123");
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.totalCount(), 1); // all on the first page: no count to wait for
        QCOMPARE(model.index(0, RequestListModel::CitizenColumn).data().toString(),
                 QStringLiteral("Гражданин 123"));
    }

    void sortsByDeadline()
    {
        RequestListModel model(m_cache->db(), m_cache->reference(), m_cache->policy());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(RequestListModel::DeadlineColumn, Qt::AscendingOrder);
        QCOMPARE(model.rowCount(), RequestListModel::kPageSize);
        model.fetchMore({});
        QDate previous;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QDate due = model.summaryAt(row)->dueDate;
            QVERIFY(!previous.isValid() || previous <= due);
            previous = due;
        }
        // The state is shown in words, not only in colour.
        const QModelIndex overdue = model.index(0, RequestListModel::DeadlineColumn);
        const auto state = DeadlineState(overdue.data(RequestListModel::DeadlineStateRole).toInt());
        if (state == DeadlineState::Overdue)
            QVERIFY(overdue.data().toString().contains(displayName(DeadlineState::Overdue)));
    }

    // A count overtaken by a newer filter never reports: the number shown is always the
    // newest filter's.
    void aNewerFilterOvertakesTheCount()
    {
        RequestListModel model(m_cache->db(), m_cache->reference(), m_cache->policy());
        QList<qint64> reported;
        connect(&model, &RequestListModel::totalCountChanged, this, [&](qint64 n) { reported.append(n); });
        model.setFilter({});
        RequestFilter medeu;
        medeu.districtCode = QStringLiteral("medeu");
        model.setFilter(medeu);
        QTRY_COMPARE(model.totalCount(), kRows / 8);
        QCOMPARE(reported, (QList<qint64> {-1, -1, kRows / 8}));
    }

    // Read again after a sync, the list keeps showing its count until the new one is in:
    // no "Counting…" flashing at every sync.
    void refreshKeepsTheCountShown()
    {
        RequestListModel model(m_cache->db(), m_cache->reference(), m_cache->policy());
        QSignalSpy counted(&model, &RequestListModel::totalCountChanged);
        model.setFilter({});
        QTRY_COMPARE(model.totalCount(), kRows);
        counted.clear();
        model.refresh();
        QCOMPARE(model.totalCount(), kRows);
        QTRY_COMPARE(counted.size(), 1); // the new count, and nothing before it
        QCOMPARE(counted.at(0).at(0).toLongLong(), kRows);
    }

    // A view holds the count until it has painted its first rows, and its own set-up (sort
    // indicator, first filter) until it is done: then the page is read once.
    void holdsReloadsAndCountsUntilReleased()
    {
        RequestListModel model(m_cache->db(), m_cache->reference(), m_cache->policy());
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.holdCounting();
        model.holdReloads();
        model.sort(RequestListModel::RegisteredColumn, Qt::DescendingOrder);
        RequestFilter assigned;
        assigned.statuses = {Status::Assigned};
        model.setFilter(assigned);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(model.rowCount(), 0);
        model.releaseReloads();
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), RequestListModel::kPageSize);
        QCOMPARE(model.summaryAt(0)->status, Status::Assigned);
        QCOMPARE(model.totalCount(), qint64(-1));
        QCOMPARE(QThreadPool::globalInstance()->activeThreadCount(), 0); // no count started
        model.releaseCounting();
        QTRY_VERIFY(model.totalCount() > RequestListModel::kPageSize);
    }

    // Closing the list while it is being counted stops the count; nothing is left running
    // over the closed list (under ASan, nothing touches what the list freed).
    void closingStopsTheCount()
    {
        {
            RequestListModel model(m_cache->db(), m_cache->reference(), m_cache->policy());
            model.setFilter({});
            QCOMPARE(model.totalCount(), qint64(-1));
        }
        QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
    }
};

QTEST_MAIN(TestRequestListModel)
#include "TestRequestListModel.moc"
