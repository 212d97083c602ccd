#include "core/AlmatyTime.h"

#include <QTest>

using namespace tyndau;

class TestAlmatyTime : public QObject
{
    Q_OBJECT

private slots:
    void offsetSinceMarch2024()
    {
        // UTC+5 since 1 March 2024, UTC+6 before.
        QCOMPARE(AlmatyTime::toLocal(QDateTime(QDate(2026, 7, 1), QTime(0, 0), Qt::UTC)).offsetFromUtc(),
                 5 * 3600);
        QCOMPARE(AlmatyTime::toLocal(QDateTime(QDate(2023, 7, 1), QTime(0, 0), Qt::UTC)).offsetFromUtc(),
                 6 * 3600);
        // 20:00 UTC on Sunday is already Monday in Almaty.
        QCOMPARE(AlmatyTime::dateOf(QDateTime(QDate(2026, 11, 22), QTime(20, 0), Qt::UTC)),
                 QDate(2026, 11, 23));
    }

    void weeks()
    {
        auto w = AlmatyTime::parseWeek(QStringLiteral("2026-W47"));
        QVERIFY(w.ok());
        QCOMPARE(w->firstDay, QDate(2026, 11, 16));
        QCOMPARE(w->lastDay, QDate(2026, 11, 22));
        QCOMPARE(w->begin, QDateTime(QDate(2026, 11, 15), QTime(19, 0), Qt::UTC));
        QCOMPARE(w->end, QDateTime(QDate(2026, 11, 22), QTime(19, 0), Qt::UTC));
        QCOMPARE(AlmatyTime::weekCode(QDate(2026, 11, 22)), QStringLiteral("2026-W47"));
        QCOMPARE(AlmatyTime::weekCode(QDate(2027, 1, 1)), QStringLiteral("2026-W53"));
        QVERIFY(AlmatyTime::parseWeek(QStringLiteral("2026-W53")).ok()); // 2026 has 53 weeks
        QVERIFY(!AlmatyTime::parseWeek(QStringLiteral("2025-W53")).ok());
        QVERIFY(!AlmatyTime::parseWeek(QStringLiteral("2026-W00")).ok());
        QVERIFY(!AlmatyTime::parseWeek(QStringLiteral("last week")).ok());
        QCOMPARE(AlmatyTime::parseWeek(QStringLiteral("x")).error().field, QStringLiteral("week"));
    }
};

QTEST_GUILESS_MAIN(TestAlmatyTime)
#include "TestAlmatyTime.moc"
