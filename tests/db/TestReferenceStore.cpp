#include "db/ReferenceStore.h"
#include "support/TestDb.h"

#include <QTest>

using namespace tyndau;

class TestReferenceStore : public QObject
{
    Q_OBJECT

private slots:
    void referenceRoundTrip_data() { test::TestDb::addDialectRows(); }
    void referenceRoundTrip()
    {
        QFETCH(QString, dialect);
        test::TestDb dbs;
        auto db = dbs.open(dialect);
        if (!db)
            return;
        ReferenceStore store(*db);
        const ReferenceData& almaty = ReferenceData::almaty();
        for (int twice = 0; twice < 2; ++twice) { // one copy
            const auto imported = store.importReference(almaty);
            QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message));
        }
        const auto loaded = store.loadReference();
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
        QCOMPARE(loaded->districts().size(), almaty.districts().size());
        QCOMPARE(loaded->categories().size(), almaty.categories().size());
        QCOMPARE(loaded->organizations().size(), almaty.organizations().size());
        QCOMPARE(loaded->streets().size(), almaty.streets().size());
        QCOMPARE(loaded->district(QStringLiteral("medeu"))->polygon.size(),
                 almaty.district(QStringLiteral("medeu"))->polygon.size());
        // Routing from the database agrees with routing from the shipped files.
        for (const Category& c : almaty.categories())
            QCOMPARE(loaded->suggestExecutor(c.code, QStringLiteral("auezov")),
                     almaty.suggestExecutor(c.code, QStringLiteral("auezov")));
    }

    void calendarAndTerms_data() { test::TestDb::addDialectRows(); }
    void calendarAndTerms()
    {
        QFETCH(QString, dialect);
        test::TestDb dbs;
        auto db = dbs.open(dialect);
        if (!db)
            return;
        ReferenceStore store(*db);
        QVERIFY(store.importCalendar(WorkingCalendar::kazakhstan()).ok());
        QCOMPARE(store.loadCalendar()->days(), WorkingCalendar::kazakhstan().days());
        // An admin moves Kurban Ait 2027 by a day.
        QVERIFY(store
                    .setCalendarDay(CalendarDay {QDate(2027, 5, 17), CalendarDay::Kind::Holiday,
                                                 QStringLiteral("Құрбан айт"), QStringLiteral("Курбан айт"),
                                                 QStringLiteral("Kurban Ait")})
                    .ok());
        QVERIFY(!store.loadCalendar()->isWorkingDay(QDate(2027, 5, 17)));
        QVERIFY(store.removeCalendarDay(QDate(2027, 5, 17)).ok());
        QVERIFY(store.loadCalendar()->isWorkingDay(QDate(2027, 5, 17)));

        QVERIFY(store.setDeadlineTerm(RequestKind::InformationRequest, 8).ok());
        const auto policy = store.loadDeadlinePolicy();
        QVERIFY(policy.ok());
        QCOMPARE(policy->term(RequestKind::InformationRequest), 8);
        QCOMPARE(policy->term(RequestKind::Complaint), 15);
        QVERIFY(!store.setDeadlineTerm(RequestKind::Complaint, 0).ok()); // the schema refuses nonsense
    }

    void users_data() { test::TestDb::addDialectRows(); }
    void users()
    {
        QFETCH(QString, dialect);
        test::TestDb dbs;
        auto db = dbs.open(dialect);
        if (!db)
            return;
        ReferenceStore store(*db);
        const User u {0,
                      QStringLiteral("executor1"),
                      QStringLiteral("Исполнитель Алматы Су"),
                      Role::Executor,
                      QStringLiteral("almaty-su"),
                      true};
        const auto id = store.upsertUser(u);
        QVERIFY(id.ok() && id.value() > 0);
        QCOMPARE(store.upsertUser(u).value(), id.value());
        const auto back = store.user(QStringLiteral("executor1"));
        QVERIFY(back.ok() && back.value());
        QCOMPARE(back.value()->role, Role::Executor);
        QCOMPARE(back.value()->orgCode, QStringLiteral("almaty-su"));
        QCOMPARE(store.users()->size(), 1);
        QVERIFY(!store.user(QStringLiteral("nobody")).value().has_value());
    }
};

QTEST_GUILESS_MAIN(TestReferenceStore)
#include "TestReferenceStore.moc"
