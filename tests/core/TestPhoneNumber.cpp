#include "core/PhoneNumber.h"

#include <QTest>

using namespace tyndau;

class TestPhoneNumber : public QObject
{
    Q_OBJECT

private slots:
    void normalizes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("e164");
        QTest::newRow("trunk 8") << QStringLiteral("8 701 123 45 67") << QStringLiteral("+77011234567");
        QTest::newRow("plus") << QStringLiteral("+7 (701) 123-45-67") << QStringLiteral("+77011234567");
        QTest::newRow("national") << QStringLiteral("7011234567") << QStringLiteral("+77011234567");
        QTest::newRow("Almaty landline")
            << QStringLiteral("+7 (727) 225-11-92") << QStringLiteral("+77272251192");
        QTest::newRow("landline 8") << QStringLiteral("8 727 2251192") << QStringLiteral("+77272251192");
    }
    void normalizes()
    {
        QFETCH(QString, input);
        QFETCH(QString, e164);
        const auto r = PhoneNumber::normalize(input);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r.value(), e164);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << QString();
        QTest::newRow("too short") << QStringLiteral("12345");
        QTest::newRow("letters") << QStringLiteral("позвоните мне");
        QTest::newRow("too long") << QStringLiteral("+7 701 123 45 67 89 01 23 45 67 89 01 23");
        QTest::newRow("sql") << QStringLiteral("'; DELETE FROM requests; --");
    }
    void rejects()
    {
        QFETCH(QString, input);
        const auto r = PhoneNumber::normalize(input);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("phone"));
    }

    void formatsForDisplay()
    {
        QCOMPARE(PhoneNumber::formatInternational(QStringLiteral("+77011234567")),
                 QStringLiteral("+7 701 123 4567"));
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "TestPhoneNumber.moc"
