#include "db/Statement.h"
#include "support/TestDb.h"

#include <QTest>

using namespace tyndau;

// The stores' prepared statements, on both dialects: values in and out as they went in,
// refusals as errors, and one text used by two statements at once.
class TestStatement : public QObject
{
    Q_OBJECT

    static bool makeTable(Database& db)
    {
        return db
            .exec(
                QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, amount DOUBLE PRECISION, "
                               "note TEXT, flag INTEGER)"))
            .ok();
    }

    // A fresh database of the row's dialect with the table t; null when the row is skipped
    // (or the table could not be made: then the test has failed).
    static std::unique_ptr<Database> withTable(test::TestDb& dbs, const QString& dialect)
    {
        auto db = dbs.open(dialect);
        if (db && !makeTable(*db)) {
            QTest::qFail("cannot make the table t", __FILE__, __LINE__);
            return nullptr;
        }
        return db;
    }

private slots:
    void valuesGoInAndComeOut_data() { test::TestDb::addDialectRows(); }
    void valuesGoInAndComeOut()
    {
        QFETCH(QString, dialect);
        test::TestDb dbs;
        auto db = withTable(dbs, dialect);
        if (!db)
            return; // skipped, or failed to make the table
        Statement insert(
            *db, QStringLiteral("INSERT INTO t (id, name, amount, note, flag) VALUES (?, ?, ?, ?, ?)"));
        const QString hostile = QStringLiteral("Ә'; DROP TABLE t; -- «ё»");
        for (int i = 1; i <= 3; ++i) { // the same statement, run again with new values
            insert.add(i).add(i == 2 ? hostile : QStringLiteral("row %1").arg(i)).add(i * 1.5);
            insert.add(QVariant(QMetaType(QMetaType::QString))).add(i % 2 == 0 ? 1 : 0);
            QVERIFY(insert.run().ok());
        }
        Statement select(
            *db, QStringLiteral("SELECT id, name, amount, note, flag FROM t WHERE id >= ? ORDER BY id"));
        select.add(2);
        QVERIFY(select.run().ok());
        QVERIFY(select.next());
        QCOMPARE(select.value(0).toInt(), 2);
        QCOMPARE(select.value(1).toString(), hostile);
        QCOMPARE(select.value(2).toDouble(), 3.0);
        QVERIFY(select.value(3).isNull());
        QCOMPARE(select.value(4).toInt(), 1);
        QVERIFY(select.next());
        QCOMPARE(select.value(0).toInt(), 3);
        QVERIFY(!select.next());
        Statement count(*db, QStringLiteral("SELECT COUNT(*) FROM t"));
        QVERIFY(count.run().ok());
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toInt(), 3); // the table is still there
    }

    // A text is prepared once per connection and kept between its users (on PostgreSQL a
    // prepared query in the connection's QueryCache); one user's values, bound but never
    // run, are not the next user's.
    void keptBetweenUsers_data() { test::TestDb::addDialectRows(); }
    void keptBetweenUsers()
    {
        QFETCH(QString, dialect);
        test::TestDb dbs;
        auto db = withTable(dbs, dialect);
        if (!db)
            return; // skipped, or failed to make the table
        const QString text = QStringLiteral("INSERT INTO t (id, name) VALUES (?, ?)");
        {
            Statement left(*db, text);
            left.add(1).add(QStringLiteral("never run"));
        }
        for (int i = 2; i <= 3; ++i) {
            Statement insert(*db, text);
            insert.add(i).add(QStringLiteral("row %1").arg(i));
            QVERIFY(insert.run().ok());
        }
        Statement rows(*db, QStringLiteral("SELECT id, name FROM t ORDER BY id"));
        QVERIFY(rows.run().ok());
        QStringList seen;
        while (rows.next())
            seen.append(rows.value(0).toString() + QLatin1Char(' ') + rows.value(1).toString());
        QCOMPARE(seen, QStringList({QStringLiteral("2 row 2"), QStringLiteral("3 row 3")}));
        if (db->dialect() != Dialect::PostgreSQL)
            return;
        Statement prepared(*db,
                           QStringLiteral("SELECT COUNT(*) FROM pg_prepared_statements "
                                          "WHERE statement LIKE '%INSERT INTO t (id, name)%' "
                                          "AND statement NOT LIKE '%pg_prepared_statements%'"));
        QVERIFY(prepared.run().ok());
        QVERIFY(prepared.next());
        QCOMPARE(prepared.value(0).toInt(), 1); // three users, one prepared query
    }

    void refusalsAreErrors_data() { test::TestDb::addDialectRows(); }
    void refusalsAreErrors()
    {
        QFETCH(QString, dialect);
        test::TestDb dbs;
        auto db = withTable(dbs, dialect);
        if (!db)
            return; // skipped, or failed to make the table
        Statement insert(*db, QStringLiteral("INSERT INTO t (id, name) VALUES (?, ?)"));
        insert.add(1).add(QStringLiteral("first"));
        QVERIFY(insert.run().ok());
        insert.add(1).add(QStringLiteral("again"));
        auto duplicate = insert.run();
        QVERIFY(!duplicate.ok());
        QCOMPARE(duplicate.error().code, QStringLiteral("database"));
        insert.add(2).add(QStringLiteral("after a refusal, the statement still works"));
        QVERIFY(insert.run().ok());

        Statement broken(*db, QStringLiteral("SELEC nothing FROM nowhere"));
        auto r = broken.run();
        QVERIFY(!r.ok());
        QVERIFY(!r.error().message.isEmpty());
        QVERIFY(!broken.next());
    }

    // Reading one result while the same text runs again (a store asking inside a loop).
    void oneTextTwoStatements()
    {
        test::TestDb dbs;
        auto db = dbs.open(QStringLiteral("sqlite"));
        QVERIFY(db);
        QVERIFY(makeTable(*db));
        for (int i = 1; i <= 3; ++i) {
            Statement insert(*db, QStringLiteral("INSERT INTO t (id, name) VALUES (?, ?)"));
            QVERIFY(insert.add(i).add(QStringLiteral("n%1").arg(i)).run().ok());
        }
        const QString text = QStringLiteral("SELECT id FROM t WHERE id >= ? ORDER BY id");
        Statement outer(*db, text);
        QVERIFY(outer.add(1).run().ok());
        int pairs = 0;
        while (outer.next()) {
            Statement inner(*db, text);
            QVERIFY(inner.add(outer.value(0)).run().ok());
            while (inner.next())
                ++pairs;
        }
        QCOMPARE(pairs, 3 + 2 + 1);
    }
};

QTEST_MAIN(TestStatement)
#include "TestStatement.moc"
