#include "db/Cancellation.h"
#include "db/Migrator.h"
#include "support/TestDb.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

#include <thread>

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

    // A count nobody waits for any more (its list was closed) stops when cancelled from the
    // list's thread, here a query that would never end on its own.
    void aCancelledConnectionStopsWhatItRuns()
    {
        test::TestDb dbs;
        auto db = dbs.open(QStringLiteral("sqlite"));
        QVERIFY(db);
        auto cancellation = std::make_shared<Cancellation>();
        db->cancelWith(cancellation);
        QVERIFY(db->exec(QStringLiteral("SELECT COUNT(*) FROM requests")).ok()); // not cancelled yet
        std::thread other([cancellation] { cancellation->cancel(); });
        const auto endless = db->exec(QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT MAX(i) FROM n"));
        other.join();
        QVERIFY(!endless.ok());
        QVERIFY2(endless.error().message.contains(QLatin1String("interrupt")),
                 qPrintable(endless.error().message));
    }

    // A cancel that comes before the statement starts: SQLite would forget the interrupt, and
    // COUNT(*) (one step of its machine, never asking the progress handler) ran to its end
    // while the window closing waited for it.
    void aCancellationBeforeTheStatementStopsIt()
    {
        test::TestDb dbs;
        auto db = dbs.open(QStringLiteral("sqlite"));
        QVERIFY(db);
        auto cancellation = std::make_shared<Cancellation>();
        db->cancelWith(cancellation);
        cancellation->cancel();
        const auto counted = db->exec(QStringLiteral("SELECT COUNT(*) FROM requests"));
        QVERIFY(!counted.ok());
        QVERIFY2(counted.error().message.contains(QLatin1String("interrupt")),
                 qPrintable(counted.error().message));
    }

    // Cancelled before the connection was attached: the first statement after it stops.
    void aCancellationBeforeAttachingStopsTheFirstStatement()
    {
        test::TestDb dbs;
        auto db = dbs.open(QStringLiteral("sqlite"));
        QVERIFY(db);
        auto cancellation = std::make_shared<Cancellation>();
        cancellation->cancel();
        db->cancelWith(cancellation);
        QVERIFY(!db->exec(QStringLiteral("SELECT COUNT(*) FROM requests")).ok());
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

    // A Transaction inside another is a savepoint (the server's group commit): an inner one
    // rolled back undoes only its own writes, an inner restart empties it, and only the
    // outermost commit or rollback decides what stays.
    void nestedTransactionsAreSavepoints_data() { test::TestDb::addDialectRows(); }
    void nestedTransactionsAreSavepoints()
    {
        QFETCH(QString, dialect);
        test::TestDb dbs;
        auto db = dbs.open(dialect);
        if (!db)
            return;
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE t (v INTEGER)")).ok());
        auto values = [&] {
            QSqlQuery q = db->query();
            q.exec(QStringLiteral("SELECT v FROM t ORDER BY v"));
            QList<int> out;
            while (q.next())
                out.append(q.value(0).toInt());
            return out;
        };
        {
            Transaction group(*db);
            QVERIFY(group.started() && !group.isNested());
            QVERIFY(db->exec(QStringLiteral("INSERT INTO t VALUES (1)")).ok());
            {
                Transaction refused(*db);
                QVERIFY(refused.started() && refused.isNested());
                QVERIFY(db->exec(QStringLiteral("INSERT INTO t VALUES (2)")).ok());
            } // not committed: only 2 goes
            {
                Transaction applied(*db);
                QVERIFY(db->exec(QStringLiteral("INSERT INTO t VALUES (3)")).ok());
                QVERIFY(applied.restart().ok()); // a refusal recorded alone
                QVERIFY(db->exec(QStringLiteral("INSERT INTO t VALUES (4)")).ok());
                QVERIFY(applied.commit().ok());
            }
            if (dialect == QLatin1String("postgresql")) { // a failed statement spoils only its savepoint
                Transaction failing(*db);
                QVERIFY(!db->exec(QStringLiteral("INSERT INTO missing VALUES (5)")).ok());
            }
            QCOMPARE(values(), (QList<int> {1, 4}));
            QVERIFY(group.commit().ok());
        }
        QCOMPARE(values(), (QList<int> {1, 4}));
        {
            Transaction group(*db);
            Transaction inner(*db);
            QVERIFY(db->exec(QStringLiteral("INSERT INTO t VALUES (6)")).ok());
            QVERIFY(inner.commit().ok());
        } // the outer one rolls back what the inner one released
        QCOMPARE(values(), (QList<int> {1, 4}));
        Transaction after(*db); // the depth came back to zero: a plain BEGIN again
        QVERIFY(after.started() && !after.isNested());
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
