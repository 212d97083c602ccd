#include "SeededServer.h"
#include "ServerFixture.h"
#include "db/RequestStore.h"
#include "server/ApiDispatcher.h"
#include "server/ApiThread.h"
#include "server/PasswordHasher.h"

#include <QMutex>
#include <QThread>

using namespace tyndau;

// A database thread of the server's (on PostgreSQL it runs two): its own connection, opened
// and closed on it; requests handed in from elsewhere are answered there, and two such
// threads over one database each store what they were given.
class TestApiThread : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(PasswordHasher::initialize()); }

    void answersOnItsOwnConnection_data() { test::TestDb::addDialectRows(); }
    void answersOnItsOwnConnection()
    {
        QFETCH(QString, dialect);
        test::TestDb dbs;
        auto db = test::openServerDatabase(dbs, dialect);
        if (!db)
            return; // no PostgreSQL here: the row is skipped
        const DbUrl url = db->url();
        auto seeded = test::seedServer(*db);
        QVERIFY(seeded);

        QMutex mutex;
        QSet<QThread*> answeredOn;
        QStringList statuses;
        {
            std::vector<std::unique_ptr<ApiThread>> threads;
            for (int i = 0; i < 2; ++i) {
                auto t = ApiThread::start(url, seeded->reference, seeded->policy, QByteArray(32, 'k'));
                QVERIFY2(t.ok(), t.ok() ? "" : qPrintable(t.error().message));
                threads.push_back(std::move(t).value());
            }
            constexpr int kOps = 10;
            for (int i = 0; i < kOps; ++i) {
                HttpRequest r;
                r.method = "POST";
                r.path = QStringLiteral("/api/v1/ops");
                r.headers.insert("content-type", "application/json");
                r.headers.insert("authorization", "Bearer " + seeded->token);
                r.body = QJsonDocument(test::batch(test::createOp(QUuid::createUuid()))).toJson();
                threads.at(i % 2)->dispatcher().submit(r, [&](const HttpResponse& response) {
                    QMutexLocker lock(&mutex);
                    answeredOn.insert(QThread::currentThread());
                    statuses.append(test::firstOpStatus(response.body));
                });
            }
            QTRY_COMPARE_WITH_TIMEOUT(
                [&] {
                    QMutexLocker lock(&mutex);
                    return statuses.size();
                }(),
                kOps, 20000);
        } // both threads stop here, each closing its connection on itself
        QCOMPARE(statuses, QStringList(10, QStringLiteral("applied")));
        QCOMPARE(answeredOn.size(), 2);
        QVERIFY(!answeredOn.contains(QThread::currentThread()));
        QCOMPARE(RequestStore(*db).count().value_or_zero(), qint64(10));
    }
};

QTEST_MAIN(TestApiThread)
#include "TestApiThread.moc"
