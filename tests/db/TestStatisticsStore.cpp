#include "db/RequestStore.h"
#include "db/StatisticsStore.h"
#include "support/TestDb.h"

#include <QRandomGenerator>
#include <QTest>

using namespace tyndau;

// The week's figures against hand-counted requests, on both dialects.
class TestStatisticsStore : public QObject
{
    Q_OBJECT

private:
    // A request registered at `hour` o'clock Almaty time on `day`.
    static Request make(QDate day, int hour, Channel channel, const QString& category,
                        const QString& district, const QString& address)
    {
        Request r;
        r.id = QUuid::createUuid();
        r.number = QStringLiteral("2026-%1").arg(QRandomGenerator::global()->bounded(1000000), 6, 10,
                                                 QLatin1Char('0'));
        r.kind = RequestKind::Complaint;
        r.channel = channel;
        r.status = Status::Assigned;
        r.citizen.name = QStringLiteral("Ахметова Айгерим");
        r.categoryCode = category;
        r.districtCode = district;
        r.address = address;
        r.description = QStringLiteral("Холодные батареи третий день");
        r.createdAt = AlmatyTime::startOfDay(day).addSecs(hour * 3600);
        r.registeredAt = r.createdAt;
        r.dueDate = day.addDays(21);
        r.orgCode = QStringLiteral("alts");
        return r;
    }

private slots:
    void weekFigures_data() { test::TestDb::addDialectRows(); }
    void weekFigures()
    {
        QFETCH(QString, dialect);
        test::TestDb dbs;
        auto db = dbs.open(dialect);
        if (!db)
            return;
        const TimeSpan w47 = AlmatyTime::parseWeek(QStringLiteral("2026-W47")).value(); // 16–22 Nov
        const QDate monday = w47.firstDay;
        QList<Request> rows;
        // Monday: two calls and a portal request; one call at 23:30 Almaty belongs to Monday
        // though it is Monday 18:30 UTC.
        rows << make(monday, 9, Channel::CallCenter, QStringLiteral("heating.outage"),
                     QStringLiteral("auezov"), QStringLiteral("улица Толе би, 5"))
             << make(monday, 23, Channel::CallCenter, QStringLiteral("heating.outage"),
                     QStringLiteral("auezov"), QStringLiteral("улица Толе би, 7"))
             << make(monday, 10, Channel::WebPortal, QStringLiteral("roads.pothole"), QStringLiteral("medeu"),
                     QStringLiteral("проспект Абая, 1"));
        // Sunday 23:59 is in; the next Monday 00:00 is not; the Sunday before is not.
        rows << make(w47.lastDay, 23, Channel::MobileApp, QStringLiteral("heating.outage"),
                     QStringLiteral("auezov"), QStringLiteral("улица Толе би, 9"));
        rows << make(w47.lastDay.addDays(1), 0, Channel::MobileApp, QStringLiteral("heating.outage"),
                     QStringLiteral("auezov"), QStringLiteral("улица Толе би, 9"));
        rows << make(monday.addDays(-1), 12, Channel::MobileApp, QStringLiteral("heating.outage"),
                     QStringLiteral("auezov"), QStringLiteral("улица Толе би, 9"));
        // Tuesday: answered on time, answered late (returned once), consulted with a call-back.
        Request onTime = make(monday.addDays(1), 9, Channel::FrontOffice, QStringLiteral("heating.outage"),
                              QStringLiteral("auezov"), QStringLiteral("улица Толе би, 11"));
        onTime.dueDate = monday.addDays(3);
        onTime.answeredAt = AlmatyTime::startOfDay(monday.addDays(3)).addSecs(23 * 3600); // the last hour
        onTime.satisfaction = 4;
        onTime.qualityScore = 5;
        Request late = onTime;
        late.id = QUuid::createUuid();
        late.number = QStringLiteral("2026-999999");
        late.answeredAt = AlmatyTime::startOfDay(monday.addDays(4)).addSecs(3600);
        late.returnCount = 1;
        late.satisfaction = 2;
        late.qualityScore = 0; // returned and accepted with no criterion met: a score, not "none"
        Request consulted = make(monday.addDays(1), 11, Channel::CallCenter,
                                 QStringLiteral("reference.contacts"), QStringLiteral("almaly"), QString());
        consulted.status = Status::Consulted;
        consulted.orgCode.clear();
        rows << onTime << late << consulted;
        RequestStore store(*db);
        for (const Request& r : std::as_const(rows))
            QVERIFY(store.insert(r).ok());

        const auto f = StatisticsStore(*db).figures(w47, QDate(2026, 11, 24));
        QVERIFY2(f.ok(), qPrintable(f.ok() ? QString() : f.error().message));
        QCOMPARE(f->total, 7);
        QCOMPARE(f->perDayByChannel.value(monday).value(Channel::CallCenter), 2);
        QCOMPARE(f->perDayByChannel.value(monday).value(Channel::WebPortal), 1);
        QCOMPARE(f->perDayByChannel.value(w47.lastDay).value(Channel::MobileApp), 1);
        QCOMPARE(f->perDayByChannel.value(monday.addDays(1)).value(Channel::FrontOffice), 2);
        QCOMPARE(f->byCategory.value(QStringLiteral("heating.outage")), 5);
        QCOMPARE(f->byDistrict.value(QStringLiteral("auezov")), 5);
        QCOMPARE(f->consultations, 1);
        QCOMPARE(f->satisfactionCount, 2);
        QCOMPARE(f->satisfactionAverage, 3.0);
        QCOMPARE(f->qualityCount, 2);
        QCOMPARE(f->qualityAverage, 2.5);
        QCOMPARE(f->byOrganization.size(), 1);
        const OrganizationFigures& alts = f->byOrganization.first();
        QCOMPARE(alts.assigned, 6);
        QCOMPARE(alts.answered, 2);
        QCOMPARE(alts.onTime, 1);
        QCOMPARE(alts.returned, 1);
        QCOMPARE(alts.overdueOpen, 0); // due 7 December or later
        QVERIFY(alts.averageAnswerHours > 48);
        QCOMPARE(alts.qualityCount, 2);
        QCOMPARE(alts.qualityAverage, 2.5);

        // Heating on Tole bi: five this week against one a week before.
        const auto acute = StatisticsStore(*db).acuteIssues(w47, 4, 3);
        QVERIFY(acute.ok());
        QStringList keys;
        for (const AcuteIssue& a : acute.value())
            keys << a.key;
        QVERIFY2(keys.contains(QStringLiteral("heating.outage")), qPrintable(keys.join(QLatin1Char(' '))));
        QVERIFY(keys.contains(QStringLiteral("auezov")));
        QVERIFY(keys.contains(QStringLiteral("улица Толе би")));
        QVERIFY(!keys.contains(QStringLiteral("medeu"))); // one is not a trend
    }
};

QTEST_MAIN(TestStatisticsStore)
#include "TestStatisticsStore.moc"
