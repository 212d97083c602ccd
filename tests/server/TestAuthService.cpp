#include "core/Clock.h"
#include "db/DemoData.h"
#include "server/AuthService.h"
#include "server/PasswordHasher.h"
#include "support/TestDb.h"

#include <QTest>

using namespace tyndau;

// Sessions in time: idle and absolute expiry with a clock the test moves.
class TestAuthService : public QObject
{
    Q_OBJECT

private:
    FixedClock m_clock {QDateTime(QDate(2026, 11, 23), QTime(4, 0), Qt::UTC)};

private slots:
    void initTestCase()
    {
        QVERIFY(PasswordHasher::initialize());
        Clock::setInstance(&m_clock);
    }
    void cleanupTestCase() { Clock::setInstance(nullptr); }

    void expiry_data() { test::TestDb::addDialectRows(); }
    void expiry()
    {
        QFETCH(QString, dialect);
        test::TestDb dbs;
        auto db = dbs.open(dialect);
        if (!db)
            return;
        QVERIFY(DemoData::seedDemoUsers(*db).ok());
        AuthService auth(*db);
        QVERIFY(auth.setPassword(QStringLiteral("operator1"), QStringLiteral("s3cret")).ok());
        m_clock.set(QDateTime(QDate(2026, 11, 23), QTime(4, 0), Qt::UTC));

        auto login
            = auth.login(QStringLiteral("operator1"), QStringLiteral("s3cret"), QStringLiteral("127.0.0.1"));
        QVERIFY(login.ok());
        QCOMPARE(login->expiresAt, m_clock.currentUtc().addSecs(AuthService::kIdleSeconds));
        const QString token = login->token;
        QVERIFY(auth.authenticate(token).ok());

        // Idle: used every 11 hours it lives on; 12 hours untouched, it is dead.
        for (int i = 0; i < 10; ++i) {
            m_clock.advanceSecs(11 * 3600);
            QVERIFY2(auth.authenticate(token).ok(), qPrintable(QString::number(i)));
        }
        // …but never beyond the absolute limit of 7 days (110 hours so far).
        for (int i = 0; i < 6; ++i) {
            m_clock.advanceSecs(10 * 3600);
            auth.authenticate(token).ok();
        }
        QVERIFY(
            m_clock.currentUtc()
            > login->expiresAt.addSecs(-AuthService::kIdleSeconds).addSecs(AuthService::kAbsoluteSeconds));
        QCOMPARE(auth.authenticate(token).error().code, QStringLiteral("unauthorized"));

        auto second
            = auth.login(QStringLiteral("operator1"), QStringLiteral("s3cret"), QStringLiteral("127.0.0.1"));
        QVERIFY(second.ok());
        m_clock.advanceSecs(AuthService::kIdleSeconds + 1);
        QCOMPARE(auth.authenticate(second->token).error().code, QStringLiteral("unauthorized"));

        // Failed logins age out of the throttle window.
        for (int i = 0; i < AuthService::kMaxFailuresPerLogin; ++i)
            QVERIFY(!auth.login(QStringLiteral("operator1"), QStringLiteral("no"), QStringLiteral("10.1.1.1"))
                         .ok());
        QCOMPARE(auth.login(QStringLiteral("operator1"), QStringLiteral("s3cret"), QStringLiteral("10.1.1.1"))
                     .error()
                     .code,
                 QStringLiteral("throttled"));
        m_clock.advanceSecs(AuthService::kFailureWindowSeconds + 1);
        QVERIFY(auth.login(QStringLiteral("operator1"), QStringLiteral("s3cret"), QStringLiteral("10.1.1.1"))
                    .ok());
    }

    void passwordsAreArgon2id()
    {
        const QString hash = PasswordHasher::hash(QStringLiteral("demo"));
        QVERIFY(hash.startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(hash.contains(QStringLiteral("m=19456"))); // 19 MiB
        QVERIFY(hash.contains(QStringLiteral("t=2")));
        QVERIFY(PasswordHasher::verify(hash, QStringLiteral("demo")));
        QVERIFY(!PasswordHasher::verify(hash, QStringLiteral("Demo")));
        QVERIFY(PasswordHasher::hash(QStringLiteral("demo")) != hash); // salted
        QCOMPARE(PasswordHasher::newToken().size(), 43);
        QVERIFY(PasswordHasher::newToken() != PasswordHasher::newToken());
    }
};

QTEST_GUILESS_MAIN(TestAuthService)
#include "TestAuthService.moc"
