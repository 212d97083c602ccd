#include "../server/ServerFixture.h"
#include "Workstation.h"
#include "app/UiLanguage.h"
#include "core/TimeOrderedUuid.h"
#include "support/CuttingProxy.h"

#include <QDeadlineTimer>
#include <QScopeGuard>

using namespace tyndau;
using namespace tyndau::test;

// Offline-first sync against the real server: nothing lost, nothing duplicated.
class TestSyncEngine : public QObject
{
    Q_OBJECT

private:
    // What the server holds, read back through its own feed as an inspector. On PostgreSQL
    // the feed waits below the cluster's oldest open transaction (another test's, say), so
    // read until `expected` requests are there or 60 s pass.
    static QHash<QString, QString> serverRequests(const QUrl& url, int expected = 0)
    {
        TestHttp http(url);
        http.login(QStringLiteral("inspector1"));
        QHash<QString, QString> numberById;
        QString cursor;
        QDeadlineTimer deadline(60000);
        for (;;) {
            const auto page = http.get(QStringLiteral("/api/v1/changes?limit=5000&since=") + cursor).json;
            for (const auto& c : page.value(QLatin1String("changes")).toArray()) {
                const QJsonObject r = c.toObject().value(QLatin1String("request")).toObject();
                numberById.insert(r.value(QLatin1String("id")).toString(),
                                  r.value(QLatin1String("number")).toString());
            }
            cursor = page.value(QLatin1String("cursor")).toString();
            if (page.value(QLatin1String("more")).toBool())
                continue;
            if (numberById.size() >= expected || deadline.hasExpired())
                break;
            QTest::qWait(50);
        }
        return numberById;
    }

    static QHash<QString, QString> localRequests(Workstation& ws)
    {
        QHash<QString, QString> numberById;
        for (const Request& r : ws.requests())
            numberById.insert(r.id.toString(QUuid::WithoutBraces), r.number);
        return numberById;
    }

    // Syncs the workstation until its copy equals the server's (or 60 s pass).
    static bool convergesTo(Workstation& ws, const QHash<QString, QString>& server)
    {
        QDeadlineTimer deadline(60000);
        while (!deadline.hasExpired()) {
            if (ws.syncAll() && localRequests(ws) == server)
                return true;
            QTest::qWait(50);
        }
        return false;
    }

private slots:
    void twoWorkstationsOfflineThenConverge_data() { TestDb::addDialectRows(); }
    void twoWorkstationsOfflineThenConverge()
    {
        QFETCH(QString, dialect);
        ServerFixture f;
        if (!f.start(dialect))
            return;
        QTemporaryDir dir;
        // Both start with no server reachable.
        const QUrl nowhere(QStringLiteral("http://127.0.0.1:9"));
        Workstation a(dir.filePath(QStringLiteral("a.db")), nowhere, QStringLiteral("operator1"));
        Workstation b(dir.filePath(QStringLiteral("b.db")), nowhere, QStringLiteral("admin"));
        for (int i = 0; i < 3; ++i) {
            auto ra = a.registerComplaint(QStringLiteral("Яма на дороге, участок %1").arg(i));
            QVERIFY2(ra.ok(), ra.ok() ? "" : qPrintable(ra.error().message));
            QVERIFY(ra->provisionalNumber.startsWith(QStringLiteral("П-"))); // a number at once
            QVERIFY(ra->number.isEmpty());
            QVERIFY(TimeOrderedUuid::timeOf(ra->id) > 0); // the server's indexes take it at their end
            QVERIFY(b.registerComplaint(QStringLiteral("Разбит тротуар, дом %1").arg(i)).ok());
        }
        QVERIFY(!a.syncOnce());
        QCOMPARE(a.engine().status().state, SyncStatus::State::Offline);
        QVERIFY(a.engine().status().offlineSince.isValid());
        QCOMPARE(a.outboxCount(), 3);

        // The server comes within reach.
        for (Workstation* ws : {&a, &b}) {
            ws->pointAt(f.server->url());
            QVERIFY(ws->logIn());
            QVERIFY(ws->syncAll());
        }
        QVERIFY(a.syncAll()); // a pulls what b sent after a's first cycle

        const auto server = serverRequests(f.server->url(), 6);
        QCOMPARE(server.size(), 6);
        QVERIFY(convergesTo(a, server));
        QVERIFY(convergesTo(b, server));
        for (const QString& number : server)
            QVERIFY2(QRegularExpression(QStringLiteral("^20\\d\\d-\\d{6}$")).match(number).hasMatch(),
                     qPrintable(number));
        for (const Request& r : a.requests()) {
            QCOMPARE(r.status, Status::Assigned);
            QVERIFY(r.provisionalNumber.startsWith(QStringLiteral("П-"))); // kept beside the official one
        }
        QCOMPARE(a.engine().status().state, SyncStatus::State::Idle);
        QVERIFY(a.engine().status().lastSuccess.isValid());
    }

    // Left alone, a workstation syncing every second takes in what another one sent: nobody
    // calls syncNow() after the first cycle.
    void syncsByItselfAtItsInterval()
    {
        ServerFixture f;
        if (!f.start(QStringLiteral("sqlite")))
            return;
        QTemporaryDir dir;
        Workstation a(dir.filePath(QStringLiteral("a.db")), f.server->url(), QStringLiteral("operator1"));
        Workstation b(dir.filePath(QStringLiteral("b.db")), f.server->url(), QStringLiteral("admin"));
        for (Workstation* ws : {&a, &b}) {
            QVERIFY(ws->logIn());
            QVERIFY(ws->syncAll());
        }
        QCOMPARE(a.engine().intervalSeconds(), 0);
        a.engine().setInterval(1);
        QCOMPARE(a.engine().intervalSeconds(), 1);
        QVERIFY(b.registerComplaint(QStringLiteral("Не горит фонарь у дома 5")).ok());
        QVERIFY(b.syncAll());
        QTRY_COMPARE_WITH_TIMEOUT(a.requests().size(), 1, 20000);
        QCOMPARE(a.requests().first().description, QStringLiteral("Не горит фонарь у дома 5"));
        a.engine().setInterval(0);
        QCOMPARE(a.engine().intervalSeconds(), 0);
    }

    void serverKilledMidBatch_data() { TestDb::addDialectRows(); }
    void serverKilledMidBatch()
    {
        QFETCH(QString, dialect);
        ServerFixture f;
        if (!f.start(dialect))
            return;
        QTemporaryDir dir;
        Workstation ws(dir.filePath(QStringLiteral("ws.db")), f.server->url(), QStringLiteral("operator1"));
        QVERIFY(ws.logIn());
        int expected = 0;
        // Kill at several points: with the first batch in flight, after one, after two.
        for (int killAfter = 0; killAfter < 3; ++killAfter) {
            for (int i = 0; i < 450; ++i)
                QVERIFY(
                    ws.registerComplaint(QStringLiteral("Обращение %1/%2 о яме").arg(killAfter).arg(i)).ok());
            expected += 450;
            ws.engine().syncNow();
            QTRY_VERIFY_WITH_TIMEOUT(ws.engine().status().done >= killAfter * SyncEngine::kPushBatch
                                         || !ws.engine().isRunning(),
                                     60000);
            f.server->kill();
            QVERIFY(f.server->start()); // the same database, a new port
            ws.pointAt(f.server->url());
            QVERIFY(ws.syncAll());
        }
        const auto server = serverRequests(f.server->url(), expected);
        QCOMPARE(server.size(), expected); // every request exactly once
        QVERIFY(convergesTo(ws, server));
        QCOMPARE(ws.outboxCount(), 0);
    }

    void twoServersOnOnePostgres()
    {
        ServerFixture f;
        if (!f.start(QStringLiteral("postgresql")))
            return;
        ServerProcess second(f.url);
        QVERIFY2(second.start(), qPrintable(second.log()));
        QTemporaryDir dir;
        Workstation a(dir.filePath(QStringLiteral("a.db")), f.server->url(), QStringLiteral("operator1"));
        Workstation b(dir.filePath(QStringLiteral("b.db")), second.url(), QStringLiteral("admin"));
        QVERIFY(a.logIn() && b.logIn());
        for (int i = 0; i < 300; ++i) {
            QVERIFY(a.registerComplaint(QStringLiteral("Первый сервер, обращение %1").arg(i)).ok());
            QVERIFY(b.registerComplaint(QStringLiteral("Второй сервер, обращение %1").arg(i)).ok());
        }
        // Both push at the same time, each through its own instance.
        QSignalSpy aDone(&a.engine(), &SyncEngine::finished);
        QSignalSpy bDone(&b.engine(), &SyncEngine::finished);
        a.engine().syncNow();
        b.engine().syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(a.outboxCount() == 0 && b.outboxCount() == 0, 120000);
        QVERIFY(a.syncAll() && b.syncAll());
        const auto viaFirst = serverRequests(f.server->url(), 600);
        const auto viaSecond = serverRequests(second.url(), 600);
        QCOMPARE(viaFirst.size(), 600);
        QCOMPARE(viaFirst, viaSecond);
        const QList<QString> numbers = viaFirst.values();
        QCOMPARE(QSet<QString>(numbers.begin(), numbers.end()).size(), 600); // unique across instances
        QVERIFY(convergesTo(a, viaFirst));
        QVERIFY(convergesTo(b, viaFirst));
    }

    void connectionCutMidResponse()
    {
        ServerFixture f;
        if (!f.start(QStringLiteral("sqlite")))
            return;
        CuttingProxy proxy(f.server->url());
        QVERIFY(proxy.listen());
        QTemporaryDir dir;
        Workstation ws(dir.filePath(QStringLiteral("ws.db")), proxy.url(), QStringLiteral("operator1"));
        QVERIFY(ws.logIn());
        ws.engine().setTransferTimeout(5000);
        int expected = 0;
        // Cut the answers at many points: in the headers, in the body, near its end.
        for (qint64 cut : {0, 10, 60, 150, 400, 1000, 3000}) {
            for (int i = 0; i < 25; ++i)
                QVERIFY(
                    ws.registerComplaint(QStringLiteral("Разрыв на %1 байтах, обращение %2").arg(cut).arg(i))
                        .ok());
            expected += 25;
            proxy.setCutAfter(cut);
            QVERIFY(!ws.syncOnce()); // the answer never arrives whole
            QVERIFY(ws.outboxCount() > 0);
        }
        QVERIFY(proxy.cuts() >= 7);
        proxy.setCutAfter(-1);
        QVERIFY(ws.syncAll());
        const auto server = serverRequests(f.server->url(), expected);
        QCOMPARE(server.size(), expected); // each exactly once, though some were applied before the cut
        QVERIFY(convergesTo(ws, server));
    }

    void clientGoneMidSyncResumes()
    {
        ServerFixture f;
        if (!f.start(QStringLiteral("sqlite")))
            return;
        QTemporaryDir dir;
        Workstation ws(dir.filePath(QStringLiteral("ws.db")), f.server->url(), QStringLiteral("operator1"));
        QVERIFY(ws.logIn());
        for (int i = 0; i < 700; ++i)
            QVERIFY(ws.registerComplaint(QStringLiteral("Не горит фонарь, опора %1").arg(i)).ok());
        ws.engine().syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(ws.engine().status().done >= SyncEngine::kPushBatch, 60000);
        ws.dropEngine(); // the workstation dies mid-sync: replies in flight are lost
        ws.newEngine();
        QVERIFY(ws.syncAll());
        const auto server = serverRequests(f.server->url(), 700);
        QCOMPARE(server.size(), 700);
        QVERIFY(convergesTo(ws, server));
    }

    // Many small pages, fetched and read ahead of the one being written: every request
    // once, in the end, even when the workstation dies with pages on their way.
    void pullsManyPagesAhead()
    {
        ServerFixture f;
        if (!f.start(QStringLiteral("sqlite")))
            return;
        QTemporaryDir dir;
        Workstation a(dir.filePath(QStringLiteral("a.db")), f.server->url(), QStringLiteral("operator1"));
        QVERIFY(a.logIn());
        for (int i = 0; i < 120; ++i)
            QVERIFY(a.registerComplaint(QStringLiteral("Яма на дороге, участок %1").arg(i)).ok());
        QVERIFY(a.syncAll());
        const auto server = serverRequests(f.server->url(), 120);
        QCOMPARE(server.size(), 120);

        Workstation b(dir.filePath(QStringLiteral("b.db")), f.server->url(), QStringLiteral("operator1"));
        QVERIFY(b.logIn());
        b.engine().setPullPage(7);
        QVERIFY(b.syncAll());
        QCOMPARE(localRequests(b), server);

        Workstation c(dir.filePath(QStringLiteral("c.db")), f.server->url(), QStringLiteral("operator1"));
        QVERIFY(c.logIn());
        c.engine().setPullPage(5);
        c.engine().syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(c.engine().status().done >= 20, 60000);
        c.dropEngine(); // pages fetched, read and not yet written are lost with it
        c.newEngine();
        c.engine().setPullPage(5);
        QVERIFY(c.syncAll());
        QCOMPARE(localRequests(c), server);
    }

    // A refused registration keeps the server's reason on the request, nothing dropped. The
    // workstation asks for its own language (Accept-Language), so the reason is worded in it.
    void aRefusalComesBackToTheRequest_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("reason");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringLiteral("The server does not know the district “atlantis”.");
        QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral("Сервер не знает район «atlantis».");
    }
    void aRefusalComesBackToTheRequest()
    {
        QFETCH(QString, language);
        QFETCH(QString, reason);
        ServerFixture f;
        if (!f.start(QStringLiteral("sqlite")))
            return;
        UiLanguage ui;
        QVERIFY(ui.apply(language, UiLanguage::Remember::No));
        auto english = qScopeGuard([&] { ui.apply(QStringLiteral("en"), UiLanguage::Remember::No); });
        QTemporaryDir dir;
        Workstation ws(dir.filePath(QStringLiteral("ws.db")), f.server->url(), QStringLiteral("operator1"));
        QVERIFY(ws.logIn());
        Request r;
        r.kind = RequestKind::Complaint;
        r.channel = Channel::FrontOffice;
        r.citizen.anonymous = true;
        r.districtCode = QStringLiteral("atlantis"); // no such district on the server
        r.categoryCode = QStringLiteral("roads.pothole");
        r.description = QStringLiteral("Яма на дороге у моста");
        auto saved = LocalRequests(ws.db(), DeadlinePolicy(WorkingCalendar::kazakhstan()))
                         .registerNew(r, ws.actor());
        QVERIFY(saved.ok());
        QSignalSpy refused(&ws.engine(), &SyncEngine::operationRefused);
        QVERIFY(ws.syncAll());
        QCOMPARE(refused.size(), 1);
        const auto local = RequestStore(ws.db()).find(saved->id).value();
        QVERIFY(local.has_value()); // nothing dropped
        QCOMPARE(local->syncError, reason);
        QCOMPARE(ws.outboxCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "TestSyncEngine.moc"
