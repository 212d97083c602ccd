#include "core/Iin.h"

#include <QTest>

using namespace tyndau;

class TestIin : public QObject
{
    Q_OBJECT

private slots:
    void valid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalized");
        // Check digits computed by hand with weights 1..11 (and 3..11,1,2 where needed).
        QTest::newRow("plain") << QStringLiteral("880315300014") << QStringLiteral("880315300014");
        QTest::newRow("spaces") << QStringLiteral("880315 30001 4") << QStringLiteral("880315300014");
        QTest::newRow("21st century") << QStringLiteral("050607500011") << QStringLiteral("050607500011");
    }
    void valid()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalized);
        const auto r = Iin::validate(input);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r.value(), normalized);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("short") << QStringLiteral("88031530001");
        QTest::newRow("letters") << QStringLiteral("88031530001A");
        QTest::newRow("check digit") << QStringLiteral("880315300015");
        QTest::newRow("month 13") << QStringLiteral("881315300017");
        QTest::newRow("century 9") << QStringLiteral("880315900012");
        QTest::newRow("sql") << QStringLiteral("1'; DROP TABLE requests;--");
    }
    void invalid()
    {
        QFETCH(QString, input);
        const auto r = Iin::validate(input);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("iin"));
        QVERIFY(!r.error().message.isEmpty());
    }

    void checkDigitAlgorithm()
    {
        QCOMPARE(Iin::checkDigit(QStringLiteral("88031530001")), 4);
        QCOMPARE(Iin::checkDigit(QStringLiteral("05060750001")), 1);
        QCOMPARE(Iin::birthDate(QStringLiteral("880315300014")), QDate(1988, 3, 15));
        QCOMPARE(Iin::birthDate(QStringLiteral("050607500011")), QDate(2005, 6, 7));
    }

    void exactlyOneCheckDigitValidates()
    {
        int valid = 0;
        for (int d = 0; d <= 9; ++d)
            valid += Iin::validate(QStringLiteral("88031530001") + QString::number(d)).ok();
        QCOMPARE(valid, 1);
    }
};

QTEST_GUILESS_MAIN(TestIin)
#include "TestIin.moc"
