#include "server/RequestLanguage.h"

#include <QCoreApplication>
#include <QTest>

#include <thread>

using namespace tyndau;

// Which language a request asks for, and that the messages made while it is handled are in
// it, on its thread only: the server handles users of three languages at once.
class TestRequestLanguage : public QObject
{
    Q_OBJECT

    static QString noSuchRequest() { return QCoreApplication::translate("Server", "No such request."); }

private slots:
    void initTestCase() { QVERIFY(RequestLanguage::install()); }

    void acceptLanguage_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("language");
        QTest::newRow("none") << QByteArray() << QStringLiteral("en");
        QTest::newRow("kk") << QByteArray("kk") << QStringLiteral("kk");
        QTest::newRow("region") << QByteArray("ru-RU") << QStringLiteral("ru");
        QTest::newRow("case") << QByteArray("KK-kz") << QStringLiteral("kk");
        QTest::newRow("browser") << QByteArray("ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7") << QStringLiteral("ru");
        QTest::newRow("weights win over order") << QByteArray("en;q=0.2, kk;q=0.8") << QStringLiteral("kk");
        QTest::newRow("equal weights: the first") << QByteArray("ru, kk") << QStringLiteral("ru");
        QTest::newRow("others skipped") << QByteArray("de, fr;q=0.9, kk;q=0.1") << QStringLiteral("kk");
        QTest::newRow("none of ours") << QByteArray("de, fr") << QStringLiteral("en");
        QTest::newRow("q=0 is a refusal") << QByteArray("kk;q=0, ru;q=0.1") << QStringLiteral("ru");
        QTest::newRow("Q and spaces") << QByteArray("kk ; Q = 0.1, ru;q=0.5") << QStringLiteral("ru");
        QTest::newRow("weight out of range") << QByteArray("kk;q=5, ru;q=0.5") << QStringLiteral("ru");
        QTest::newRow("weight not a number") << QByteArray("kk;q=much, ru;q=0.5") << QStringLiteral("ru");
        QTest::newRow("wildcard") << QByteArray("*") << QStringLiteral("en");
        QTest::newRow("garbage") << QByteArray(";;,,=;q=") << QStringLiteral("en");
    }
    void acceptLanguage()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, language);
        QCOMPARE(RequestLanguage::fromAcceptLanguage(header), language);
    }

    void messagesFollowTheScopeOfTheirThread()
    {
        QCOMPARE(noSuchRequest(), QStringLiteral("No such request."));
        {
            const RequestLanguage::Scope russian(QStringLiteral("ru"));
            QCOMPARE(RequestLanguage::current(), QStringLiteral("ru"));
            QCOMPARE(noSuchRequest(), QStringLiteral("Такого обращения нет."));
            QString onAnotherThread;
            std::thread other([&] {
                const RequestLanguage::Scope kazakh(QStringLiteral("kk"));
                onAnotherThread = noSuchRequest();
            });
            other.join();
            QCOMPARE(onAnotherThread, QStringLiteral("Мұндай өтініш жоқ."));
            QCOMPARE(noSuchRequest(), QStringLiteral("Такого обращения нет.")); // this thread's is its own
            {
                const RequestLanguage::Scope english(QStringLiteral("en"));
                QCOMPARE(noSuchRequest(), QStringLiteral("No such request."));
            }
            QCOMPARE(noSuchRequest(), QStringLiteral("Такого обращения нет.")); // restored
        }
        QCOMPARE(RequestLanguage::current(), QStringLiteral("en"));
        QCOMPARE(noSuchRequest(), QStringLiteral("No such request."));
    }

    // A number in a message is written as its reader writes numbers, per thread likewise.
    void numbersFollowTheLanguage()
    {
        const QString outside = MessageLocale::current().toString(1500000);
        {
            const RequestLanguage::Scope russian(QStringLiteral("ru"));
            QCOMPARE(MessageLocale::current().toString(1500000), QStringLiteral("1\u00a0500\u00a0000"));
            QString onAnotherThread;
            std::thread other([&] {
                const RequestLanguage::Scope english(QStringLiteral("en"));
                onAnotherThread = MessageLocale::current().toString(1500000);
            });
            other.join();
            QCOMPARE(onAnotherThread, QStringLiteral("1,500,000"));
            QCOMPARE(MessageLocale::current().toString(1500000), QStringLiteral("1\u00a0500\u00a0000"));
        }
        QCOMPARE(MessageLocale::current().toString(1500000), outside); // the process's own again
    }
};

QTEST_GUILESS_MAIN(TestRequestLanguage)
#include "TestRequestLanguage.moc"
