#include "SeededServer.h"
#include "ServerFixture.h"
#include "db/RequestStore.h"
#include "server/Api.h"
#include "server/ApiDispatcher.h"
#include "server/PasswordHasher.h"

#include <QMutex>
#include <QThread>

using namespace tyndau;

// The Api on the database's thread for requests read on another (the server's network
// thread): every request answered once, on the database's thread, and the ops that arrive
// together committed as a group in which one refusal undoes only its own op.
class TestApiDispatcher : public QObject
{
    Q_OBJECT

private:
    struct Answers
    {
        QMutex mutex;
        QList<HttpResponse> responses;
        int onOtherThreads = 0;

        qsizetype size()
        {
            QMutexLocker lock(&mutex);
            return responses.size();
        }
    };

    struct Served
    {
        std::unique_ptr<Database> db;
        std::unique_ptr<Api> api;
        std::unique_ptr<ApiDispatcher> dispatcher;
        QByteArray token;
    };

    // The Api and its dispatcher over a server's database of the dialect, with operator1's
    // session; nothing in it (no db) when the row is skipped; nullopt when it cannot be made.
    static std::optional<Served> serve(test::TestDb& dbs, const QString& dialect)
    {
        Served s;
        s.db = test::openServerDatabase(dbs, dialect);
        if (!s.db)
            return s;
        auto seeded = test::seedServer(*s.db);
        if (!seeded)
            return std::nullopt;
        s.token = seeded->token;
        s.api = std::make_unique<Api>(*s.db, seeded->reference, seeded->policy, QByteArray(32, 'k'));
        s.dispatcher = std::make_unique<ApiDispatcher>(*s.api);
        return s;
    }

    static HttpRequest opsRequest(const QByteArray& token, const QList<QJsonObject>& ops)
    {
        QJsonArray list;
        for (const QJsonObject& op : ops)
            list.append(op);
        HttpRequest r;
        r.method = "POST";
        r.path = QStringLiteral("/api/v1/ops");
        r.headers.insert("content-type", "application/json");
        r.headers.insert("authorization", "Bearer " + token);
        r.body = QJsonDocument(QJsonObject {{QStringLiteral("ops"), list}}).toJson(QJsonDocument::Compact);
        r.peer = QStringLiteral("127.0.0.1");
        return r;
    }

    static void submit(ApiDispatcher& dispatcher, Answers& answers, HttpRequest request)
    {
        QThread* home = dispatcher.thread();
        dispatcher.submit(std::move(request), [&answers, home](const HttpResponse& response) {
            QMutexLocker lock(&answers.mutex);
            answers.responses.append(response);
            if (QThread::currentThread() != home)
                ++answers.onOtherThreads;
        });
    }

private slots:
    void initTestCase() { QVERIFY(PasswordHasher::initialize()); }

    void answersRequestsFromAnotherThread_data() { test::TestDb::addDialectRows(); }
    void answersRequestsFromAnotherThread()
    {
        QFETCH(QString, dialect);
        test::TestDb dbs;
        auto served = serve(dbs, dialect);
        QVERIFY(served);
        if (!served->db)
            return;
        Answers answers;
        constexpr int kOps = 12;
        QThread* network = QThread::create([&] {
            for (int i = 0; i < kOps; ++i)
                submit(*served->dispatcher, answers,
                       opsRequest(served->token, {test::createOp(QUuid::createUuid())}));
            HttpRequest health;
            health.method = "GET";
            health.path = QStringLiteral("/api/v1/health");
            submit(*served->dispatcher, answers, health);
        });
        network->setParent(this);
        network->start();
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), kOps + 1, 20000);
        QVERIFY(network->wait(5000));
        QCOMPARE(answers.onOtherThreads, 0);
        int applied = 0;
        for (const HttpResponse& r : std::as_const(answers.responses)) {
            QCOMPARE(r.status, 200);
            applied += test::firstOpStatus(r.body) == QLatin1String("applied") ? 1 : 0;
        }
        QCOMPARE(applied, kOps);
        QCOMPARE(RequestStore(*served->db).count().value_or_zero(), qint64(kOps));
    }

    // An op batch read on the network thread (PreparedOps) is answered exactly as one read by
    // the route itself: the same bodies to two fresh servers, one each way.
    void preparedAndInPlaceAnswerAlike_data() { test::TestDb::addDialectRows(); }
    void preparedAndInPlaceAnswerAlike()
    {
        QFETCH(QString, dialect);
        test::TestDb dbs;
        auto inPlace = serve(dbs, dialect);
        auto prepared = serve(dbs, dialect);
        QVERIFY(inPlace && prepared);
        if (!inPlace->db)
            return;
        QJsonObject badPhone = test::createOp(QUuid::createUuid());
        QJsonObject request = badPhone.value(QLatin1String("request")).toObject();
        request.insert(QStringLiteral("citizen"),
                       QJsonObject {{QStringLiteral("phone"), QStringLiteral("12345")}});
        badPhone.insert(QStringLiteral("request"), request);
        QJsonObject notAnObject = test::createOp(QUuid::createUuid());
        notAnObject.insert(QStringLiteral("request"), 5);
        const QList<QByteArray> bodies {
            QJsonDocument(test::batch(test::createOp(QUuid::createUuid()))).toJson(),
            QJsonDocument(test::batch(badPhone)).toJson(),
            QJsonDocument(test::batch(notAnObject)).toJson(),
            QJsonDocument(test::batch(test::actionOp(QUuid::createUuid(), QStringLiteral("close")))).toJson(),
            R"({"ops":[{"op_id":"not-a-uuid","type":"create_request"}]})",
            "{\"ops\": [",
        };
        Answers answers;
        for (const QByteArray& body : bodies) {
            HttpRequest r = opsRequest(inPlace->token, {});
            r.body = body;
            const HttpResponse here = inPlace->api->handle(r);
            r.headers.insert("authorization", "Bearer " + prepared->token);
            submit(*prepared->dispatcher, answers, r);
            QTRY_COMPARE_WITH_TIMEOUT(answers.size(), bodies.indexOf(body) + 1, 20000);
            const HttpResponse there = answers.responses.last();
            QCOMPARE(there.status, here.status);
            QCOMPARE(QJsonDocument::fromJson(there.body), QJsonDocument::fromJson(here.body));
        }
        QStringList statuses;
        for (const HttpResponse& r : std::as_const(answers.responses))
            statuses.append(QString::number(r.status) + QLatin1Char(' ') + test::firstOpStatus(r.body));
        QCOMPARE(statuses,
                 QStringList({QStringLiteral("200 applied"), QStringLiteral("200 rejected"),
                              QStringLiteral("200 rejected"), QStringLiteral("200 rejected"),
                              QStringLiteral("422 "), QStringLiteral("400 ")}));
    }

    // Five ops queued before the event loop comes round: one group. The third reuses the first's
    // request id and is refused; the other four are stored, each with its own number.
    void groupRefusalUndoesOnlyItsOp_data() { test::TestDb::addDialectRows(); }
    void groupRefusalUndoesOnlyItsOp()
    {
        QFETCH(QString, dialect);
        test::TestDb dbs;
        auto served = serve(dbs, dialect);
        QVERIFY(served);
        if (!served->db)
            return;
        Answers answers;
        const QUuid first = QUuid::createUuid();
        QList<QUuid> ids {first, QUuid::createUuid(), first, QUuid::createUuid(), QUuid::createUuid()};
        for (const QUuid& id : std::as_const(ids))
            submit(*served->dispatcher, answers, opsRequest(served->token, {test::createOp(id)}));
        QCOMPARE(answers.size(), 0); // nothing runs before the event loop does
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), ids.size(), 20000);
        QStringList statuses;
        for (const HttpResponse& r : std::as_const(answers.responses))
            statuses.append(test::firstOpStatus(r.body));
        statuses.sort();
        QCOMPARE(statuses,
                 QStringList({QStringLiteral("applied"), QStringLiteral("applied"), QStringLiteral("applied"),
                              QStringLiteral("applied"), QStringLiteral("rejected")}));
        RequestStore store(*served->db);
        QCOMPARE(store.count().value_or_zero(), qint64(4));
        QSet<QString> numbers;
        for (const QUuid& id : std::as_const(ids))
            numbers.insert(store.find(id).value_or_zero().value_or(Request {}).number);
        QCOMPARE(numbers.size(), 4);
        QVERIFY(!numbers.contains(QString()));
    }
};

QTEST_MAIN(TestApiDispatcher)
#include "TestApiDispatcher.moc"
