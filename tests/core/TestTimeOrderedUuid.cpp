#include "core/TimeOrderedUuid.h"

#include <QDateTime>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace tyndau;

// The server's indexes on request and op ids stay fast only if ids made later sort after ids
// made earlier, as the text the server stores; and an id must still be a UUID like any other.
class TestTimeOrderedUuid : public QObject
{
    Q_OBJECT

private slots:
    void isAVersion7UuidMadeNow()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const QUuid id = TimeOrderedUuid::create();
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(id.data3 >> 12, 7); // Qt 6.4's QUuid::version() knows 1 to 5 only
        QCOMPARE(id.variant(), QUuid::DCE);
        QVERIFY(TimeOrderedUuid::timeOf(id) >= before);
        QVERIFY(TimeOrderedUuid::timeOf(id) <= after);
        const QString text = TimeOrderedUuid::createText();
        QCOMPARE(QUuid::fromString(text).toString(QUuid::WithoutBraces), text);
        QCOMPARE(text.at(14), QLatin1Char('7'));
        QCOMPARE(TimeOrderedUuid::timeOf(QUuid::createUuid()), qint64(-1)); // version 4
    }

    void laterIdsSortAfterEarlierOnes()
    {
        QStringList made;
        qint64 lastMs = -1;
        int milliseconds = 0;
        QDeadlineTimer deadline(5000);
        while (milliseconds < 4 && !deadline.hasExpired()) {
            const QString id = TimeOrderedUuid::createText();
            const qint64 ms = TimeOrderedUuid::timeOf(QUuid::fromString(id));
            if (ms != lastMs) { // the first id of each new millisecond
                made.append(id);
                lastMs = ms;
                ++milliseconds;
            }
        }
        QCOMPARE(milliseconds, 4);
        QStringList sorted = made;
        sorted.sort();
        QCOMPARE(sorted, made);
    }

    // The demo's generator dates its ids over a year: the time it gives, its random bits kept.
    void madeForATimeOfThePast()
    {
        const QUuid random = QUuid::fromString(QStringLiteral("0f1e2d3c-4b5a-4697-a8b9-cadbecfd0e1f"));
        const qint64 ms = QDateTime(QDate(2025, 3, 8), QTime(9, 30), QTimeZone::utc()).toMSecsSinceEpoch();
        const QUuid id = TimeOrderedUuid::withTime(random, ms);
        QCOMPARE(TimeOrderedUuid::timeOf(id), ms);
        QCOMPARE(id.variant(), QUuid::DCE);
        const QString text = id.toString(QUuid::WithoutBraces);
        QCOMPARE(text.mid(14), QStringLiteral("7697-a8b9-cadbecfd0e1f")); // version 7, the rest as drawn
        QVERIFY(text < TimeOrderedUuid::createText()); // a year ago sorts before now
    }

    void neverRepeats()
    {
        QSet<QUuid> seen;
        for (int i = 0; i < 100000; ++i)
            seen.insert(TimeOrderedUuid::create());
        QCOMPARE(seen.size(), 100000);
    }
};

QTEST_MAIN(TestTimeOrderedUuid)
#include "TestTimeOrderedUuid.moc"
