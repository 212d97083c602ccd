#include "core/WorkingCalendar.h"

#include <QTest>

using namespace tyndau;

class TestWorkingCalendar : public QObject
{
    Q_OBJECT

private slots:
    void shippedHolidays()
    {
        const WorkingCalendar& kz = WorkingCalendar::kazakhstan();
        for (int year = 2024; year <= 2027; ++year) {
            for (const QDate d : {QDate(year, 1, 1), QDate(year, 1, 2), QDate(year, 3, 8), QDate(year, 3, 21),
                                  QDate(year, 3, 22), QDate(year, 3, 23), QDate(year, 5, 1),
                                  QDate(year, 5, 7), QDate(year, 5, 9), QDate(year, 7, 6), QDate(year, 8, 30),
                                  QDate(year, 10, 25), QDate(year, 12, 16)})
                QVERIFY2(!kz.isWorkingDay(d), qPrintable(d.toString(Qt::ISODate)));
        }
        QVERIFY(!kz.isWorkingDay(QDate(2026, 5, 27))); // Kurban Ait 2026
        QVERIFY(!kz.isWorkingDay(QDate(2025, 6, 6))); // Kurban Ait 2025
    }

    void transfersAndCarryOvers()
    {
        const WorkingCalendar& kz = WorkingCalendar::kazakhstan();
        QVERIFY(!kz.isWorkingDay(QDate(2025, 1, 3))); // Friday off by the 2025 transfer…
        QVERIFY(kz.isWorkingDay(QDate(2025, 1, 5))); // …worked on Sunday 5 January
        QVERIFY(!kz.isWorkingDay(QDate(2024, 5, 8))); // 2024: Wednesday 8 May off…
        QVERIFY(kz.isWorkingDay(QDate(2024, 5, 4))); // …for Saturday 4 May
        QVERIFY(!kz.isWorkingDay(QDate(2026, 3, 9))); // 8 March 2026 is a Sunday: Monday off
        QVERIFY(!kz.isWorkingDay(QDate(2024, 3, 25))); // Nauryz on Saturday 23 March 2024
        // Religious holidays are not carried over: Kurban Ait on Sunday 16 June 2024.
        QVERIFY(kz.isWorkingDay(QDate(2024, 6, 17)));
        QVERIFY(kz.isWorkingDay(QDate(2026, 1, 8))); // 7 January is not carried either
    }

    void workingDaysPerYearMatchTheOfficialNorm()
    {
        const WorkingCalendar& kz = WorkingCalendar::kazakhstan();
        auto workingDays = [&](int year) {
            return kz.workingDaysBetween(QDate(year - 1, 12, 31), QDate(year, 12, 31));
        };
        QCOMPARE(workingDays(2025), 246);
        QCOMPARE(workingDays(2026), 246);
    }

    void deadlinesAcrossHolidaysAndYearEnd()
    {
        const WorkingCalendar& kz = WorkingCalendar::kazakhstan();
        // Registered on Friday 12 Dec 2025: 16 Dec is a holiday, 1–2 Jan and 7 Jan too.
        QCOMPARE(kz.addWorkingDays(QDate(2025, 12, 12), 15), QDate(2026, 1, 8));
        // Registered on a Saturday: counting starts on Monday.
        QCOMPARE(kz.addWorkingDays(QDate(2026, 11, 21), 1), QDate(2026, 11, 23));
        // Nauryz week 2026: 21–23 March on Sat–Mon, carried to 24 and 25 March.
        QCOMPARE(kz.addWorkingDays(QDate(2026, 3, 20), 1), QDate(2026, 3, 26));
        QCOMPARE(kz.addWorkingDays(QDate(2026, 3, 20), 0), QDate(2026, 3, 20));
        QCOMPARE(kz.workingDaysBetween(QDate(2026, 3, 20), QDate(2026, 3, 26)), 1);
        QCOMPARE(kz.workingDaysBetween(QDate(2026, 3, 26), QDate(2026, 3, 20)), -1);
    }

    void editable()
    {
        WorkingCalendar c = WorkingCalendar::kazakhstan();
        const QDate friday(2027, 5, 14);
        QVERIFY(c.isWorkingDay(friday));
        c.set(CalendarDay {friday, CalendarDay::Kind::DayOff, {}, QStringLiteral("перенос"), {}});
        QVERIFY(!c.isWorkingDay(friday));
        c.remove(friday);
        QVERIFY(c.isWorkingDay(friday));
    }

    void damagedDataIsAnError()
    {
        QVERIFY(!WorkingCalendar::fromJson("{").ok());
        QVERIFY(
            !WorkingCalendar::fromJson(R"({"years":{"2026":{"holidays":[{"date":"2026-13-01"}]}}})").ok());
    }
};

QTEST_GUILESS_MAIN(TestWorkingCalendar)
#include "TestWorkingCalendar.moc"
