#include "db/Migrator.h"
#include "support/TestDb.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace tyndau;

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void sqliteIsSetUpWithCare()
    {
        test::TestDb dbs;
        auto db = dbs.open(QStringLiteral("sqlite"));
        QVERIFY(db);
        QSqlQuery q = db->query();
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // FULL
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout")) && q.next());
        QVERIFY(q.value(0).toInt() >= 5000);
    }

    void damagedFileIsMovedAsideNotDeleted()
    {
        test::TestDb dbs;
        const QString path = dbs.dir() + QStringLiteral("/cache.db");
        QByteArray garbage(64 * 1024, 'x');
        garbage.prepend("this is not a SQLite file but it holds someone's unsent work");
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(garbage);
        }
        auto db = Database::open(DbUrl::sqlite(path));
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QVERIFY(!db.value()->movedAsidePath().isEmpty());
        QFile aside(db.value()->movedAsidePath());
        QVERIFY(aside.open(QIODevice::ReadOnly));
        QCOMPARE(aside.readAll(), garbage); // the old bytes are all still there
        QCOMPARE(Migrator::currentVersion(*db.value()).value(), Migrator::latestVersion(Dialect::SQLite));
    }

    // The whole file is checked only after a session that did not close it: a clean close
    // leaves no mark, a crash leaves one, and damage is then found and moved aside.
    void aCrashedSessionIsCheckedACleanOneIsNot()
    {
        test::TestDb dbs;
        const QString path = dbs.dir() + QStringLiteral("/cache.db");
        {
            auto db = Database::open(DbUrl::sqlite(path));
            QVERIFY(db.ok());
            QVERIFY(QFile::exists(path + QStringLiteral(".open")));
            QVERIFY(db.value()->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
        }
        QVERIFY(!QFile::exists(path + QStringLiteral(".open")));
        {
            // Damage past the header, then leave the mark a crash would leave.
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 8192);
            f.seek(f.size() / 2);
            f.write(QByteArray(4096, '\xA5'));
            QFile mark(path + QStringLiteral(".open"));
            QVERIFY(mark.open(QIODevice::WriteOnly));
        }
        auto reopened = Database::open(DbUrl::sqlite(path));
        QVERIFY2(reopened.ok(), reopened.ok() ? "" : qPrintable(reopened.error().message));
        QVERIFY(!reopened.value()->movedAsidePath().isEmpty());
    }

    void newerDatabaseIsRefusedAndLeftUntouched_data() { test::TestDb::addDialectRows(); }
    void newerDatabaseIsRefusedAndLeftUntouched()
    {
        QFETCH(QString, dialect);
        test::TestDb dbs;
        auto db = dbs.open(dialect);
        if (!db)
            return;
        const DbUrl url = db->url();
        const int future = Migrator::latestVersion(db->dialect()) + 1;
        QVERIFY(db->exec(dialect == QLatin1String("sqlite")
                             ? QStringLiteral("PRAGMA user_version = %1").arg(future)
                             : QStringLiteral("UPDATE schema_version SET version = %1").arg(future))
                    .ok());
        db.reset();
        auto again = Database::open(url);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("newer_database"));
        QVERIFY(again.error().message.contains(QString::number(future)));
        // Still the future version: nothing was migrated or moved.
        auto raw = Database::open(url, Database::Options {false, -1});
        QVERIFY(raw.ok());
        QCOMPARE(Migrator::currentVersion(*raw.value()).value(), future);
    }

    void urls()
    {
        auto pg = DbUrl::parse(QStringLiteral("postgresql://tyndau:secret@db.local:5433/tyndau"));
        QVERIFY(pg.ok());
        QCOMPARE(pg->dialect, Dialect::PostgreSQL);
        QCOMPARE(pg->port, 5433);
        QCOMPARE(pg->database, QStringLiteral("tyndau"));
        QVERIFY(!pg->toDisplayString().contains(QStringLiteral("secret")));
        QCOMPARE(DbUrl::parse(QStringLiteral("sqlite:/tmp/x.db"))->path, QStringLiteral("/tmp/x.db"));
        QVERIFY(!DbUrl::parse(QStringLiteral("mysql://x/y")).ok());
        QVERIFY(!DbUrl::parse(QStringLiteral("sqlite:")).ok());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
