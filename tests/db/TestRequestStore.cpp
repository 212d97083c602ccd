#include "core/DemoGenerator.h"
#include "db/RequestStore.h"
#include "support/TestDb.h"

#include <QTest>

using namespace tyndau;

class TestRequestStore : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data() { test::TestDb::addDialectRows(); }
    void roundTrip()
    {
        QFETCH(QString, dialect);
        test::TestDb dbs;
        auto db = dbs.open(dialect);
        if (!db)
            return;
        RequestStore store(*db);
        DemoOptions o;
        o.count = 300;
        o.lastDay = QDate(2026, 11, 22);
        const DeadlinePolicy policy(WorkingCalendar::kazakhstan());
        DemoGenerator g(ReferenceData::almaty(), policy, o);
        QList<GeneratedRequest> made;
        {
            Transaction tx(*db);
            QVERIFY(tx.started());
            g.generate([&](GeneratedRequest&& r) {
                r.request.attachments.append(AttachmentRef {
                    QStringLiteral("ab12"), QStringLiteral("фото.jpg"), QStringLiteral("image/jpeg"), 1234});
                const auto ok = store.insert(r.request, r.history);
                if (!ok)
                    qWarning() << ok.error().message;
                made.append(std::move(r));
                return ok.ok();
            });
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(made.size(), 300);
        QCOMPARE(store.count().value(), 300);
        for (const GeneratedRequest& one : std::as_const(made)) {
            const auto back = store.find(one.request.id);
            QVERIFY(back.ok() && back.value());
            QCOMPARE(*back.value(), one.request);
            QCOMPARE(store.history(one.request.id).value(), one.history);
        }
        QVERIFY(!store.find(QUuid::createUuid()).value().has_value());
    }

    void hostileTextIsStoredAsText_data() { test::TestDb::addDialectRows(); }
    void hostileTextIsStoredAsText()
    {
        QFETCH(QString, dialect);
        test::TestDb dbs;
        auto db = dbs.open(dialect);
        if (!db)
            return;
        RequestStore store(*db);
        Request r;
        r.id = QUuid::createUuid();
        r.status = Status::Registered;
        r.createdAt
            = QDateTime::currentDateTimeUtc().addMSecs(-QDateTime::currentDateTimeUtc().time().msec());
        r.description = QStringLiteral("'); DROP TABLE requests; -- «кавычки» \\ \" ё");
        r.citizen.name = QStringLiteral("Robert'); DELETE FROM users;--");
        QVERIFY(store.insert(r).ok());
        QCOMPARE(store.find(r.id).value()->description, r.description);
        QCOMPARE(store.count().value(), 1);
        // The same id twice is refused, and the first stays.
        Request twin = r;
        twin.description = QStringLiteral("другое");
        QVERIFY(!store.insert(twin).ok());
        QCOMPARE(store.find(r.id).value()->description, r.description);
    }

    void updateBumpsVersion_data() { test::TestDb::addDialectRows(); }
    void updateBumpsVersion()
    {
        QFETCH(QString, dialect);
        test::TestDb dbs;
        auto db = dbs.open(dialect);
        if (!db)
            return;
        RequestStore store(*db);
        Request r;
        r.id = QUuid::createUuid();
        r.status = Status::Registered;
        r.createdAt = QDateTime(QDate(2026, 11, 23), QTime(5, 0), Qt::UTC);
        r.description = QStringLiteral("Нет воды");
        QVERIFY(store.insert(r).ok());
        r.status = Status::Assigned;
        r.orgCode = QStringLiteral("almaty-su");
        QVERIFY(store.update(r).ok());
        QCOMPARE(store.find(r.id).value()->status, Status::Assigned);
        QSqlQuery q = db->query();
        q.prepare(QStringLiteral("SELECT version FROM requests WHERE id = ?"));
        q.addBindValue(r.id.toString(QUuid::WithoutBraces));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestRequestStore)
#include "TestRequestStore.moc"
