#include "app/TokenStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace tyndau;

// The token in a real keychain: ./dev.sh test runs the suite in a private D-Bus session
// with an unlocked gnome-keyring and a temporary HOME.
class TestTokenStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
            if (qEnvironmentVariable("TYNDAU_REQUIRE_KEYRING") == QLatin1String("1"))
                QFAIL("no D-Bus session: the keychain tests need ./dev.sh test's keyring");
            QSKIP("no D-Bus session: run through ./dev.sh test");
        }
    }

    void saveLoadRemove()
    {
        TokenStore store;
        const QUrl server(QStringLiteral("http://127.0.0.1:8308"));
        const QString token = QStringLiteral("tok-") + QUuid::createUuid().toString(QUuid::WithoutBraces);

        QSignalSpy saved(&store, &TokenStore::saved);
        store.save(server, QStringLiteral("operator1"), token);
        QVERIFY(saved.wait(20000));
        QVERIFY2(saved.first().at(0).toBool(), qPrintable(saved.first().at(1).toString()));

        QSignalSpy loaded(&store, &TokenStore::loaded);
        store.load(server, QStringLiteral("operator1"));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.first().at(0).toString(), token);

        // Namespaced by login and server: another key finds nothing.
        loaded.clear();
        store.load(server, QStringLiteral("operator2"));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.first().at(0).toString(), QString());
        QCOMPARE(loaded.first().at(1).toString(), QString());

        // Logout wipes it.
        QSignalSpy removed(&store, &TokenStore::removed);
        store.remove(server, QStringLiteral("operator1"));
        QVERIFY(removed.wait(20000));
        QVERIFY(removed.first().at(0).toBool());
        loaded.clear();
        store.load(server, QStringLiteral("operator1"));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.first().at(0).toString(), QString());
    }
};

QTEST_GUILESS_MAIN(TestTokenStore)
#include "TestTokenStore.moc"
