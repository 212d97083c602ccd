#include "core/PhoneNumber.h"

#include <QRandomGenerator>
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

    // normalize() reads the usual forms itself; it must answer exactly as libphonenumber's
    // whole parser does, valid or not, for every prefix and way of writing them.
    void readsUsualFormsAsTheParserDoes()
    {
        QRandomGenerator random(1308);
        QStringList nationals {QStringLiteral("7011234567"), QStringLiteral("7272251192"),
                               QStringLiteral("7000000000"), QStringLiteral("7999999999"),
                               QStringLiteral("7102345678"), QStringLiteral("7172123456")};
        for (int i = 0; i < 1500; ++i)
            nationals.append(QStringLiteral("7%1").arg(random.bounded(1000000000), 9, 10, QLatin1Char('0')));
        int valid = 0;
        for (const QString& n : std::as_const(nationals)) {
            const QString spaced
                = QStringLiteral("%1 %2 %3 %4").arg(n.left(3), n.mid(3, 3), n.mid(6, 2), n.mid(8));
            const QString bracketed
                = QStringLiteral("(%1) %2-%3-%4").arg(n.left(3), n.mid(3, 3), n.mid(6, 2), n.mid(8));
            for (const QString& input :
                 {QStringLiteral("8 ") + spaced, QStringLiteral("+7 ") + bracketed, QStringLiteral("+7") + n,
                  n, QStringLiteral("8") + n, QStringLiteral("7") + n, QStringLiteral("8-10-") + n}) {
                const auto fast = PhoneNumber::normalize(input);
                const auto full = PhoneNumber::parseFully(input);
                QVERIFY2(fast.ok() == full.ok(), qPrintable(input));
                if (fast.ok()) {
                    QCOMPARE(fast.value(), full.value());
                    ++valid;
                } else {
                    QCOMPARE(fast.error().message, full.error().message);
                }
            }
        }
        QVERIFY2(valid > 1000, "most generated numbers should be valid Kazakh numbers");
    }

    void formatsForDisplay()
    {
        QCOMPARE(PhoneNumber::formatInternational(QStringLiteral("+77011234567")),
                 QStringLiteral("+7 701 123 4567"));
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "TestPhoneNumber.moc"
