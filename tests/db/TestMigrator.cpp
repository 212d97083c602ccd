#include "db/Migrator.h"
#include "support/TestDb.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace tyndau;

// Migrations from empty and from every earlier version, on SQLite and on PostgreSQL.
class TestMigrator : public QObject
{
    Q_OBJECT

private:
    // Tables and their columns, as the database reports them: what "the same schema" means.
    static QStringList schemaOf(Database& db)
    {
        QStringList out;
        QStringList tables = db.connection().tables();
        tables.sort();
        for (const QString& t : tables) {
            if (t.startsWith(QLatin1String("kb_fts_")) || t == QLatin1String("schema_version"))
                continue; // FTS5's own shadow tables
            const QSqlRecord rec = db.connection().record(t);
            QStringList cols;
            for (int i = 0; i < rec.count(); ++i)
                cols.append(rec.fieldName(i));
            out.append(t + QLatin1Char('(') + cols.join(QLatin1Char(',')) + QLatin1Char(')'));
        }
        return out;
    }

    static QStringList indexesOf(Database& db, const QString& table)
    {
        QSqlQuery q = db.query();
        const bool ok = db.dialect() == Dialect::SQLite
            ? q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = '%1'")
                         .arg(table))
            : q.exec(QStringLiteral("SELECT indexname FROM pg_indexes WHERE tablename = '%1'").arg(table));
        QStringList out;
        while (ok && q.next())
            out.append(q.value(0).toString());
        out.sort();
        return out;
    }

private slots:
    void fromEmpty_data() { test::TestDb::addDialectRows(); }
    void fromEmpty()
    {
        QFETCH(QString, dialect);
        test::TestDb dbs;
        auto db = dbs.open(dialect);
        if (!db)
            return;
        const Dialect d = db->dialect();
        QVERIFY(Migrator::latestVersion(d) >= 2);
        QCOMPARE(Migrator::currentVersion(*db).value(), Migrator::latestVersion(d));
        const QStringList schema = schemaOf(*db);
        for (const char* table : {"requests", "request_history", "districts", "categories", "organizations",
                                  "users", "calendar_days", "kb_articles", "kb_texts"})
            QVERIFY2(schema.join(QLatin1Char(' ')).contains(QLatin1String(table) + QLatin1Char('(')), table);
    }

    void fromEveryEarlierVersion_data() { test::TestDb::addDialectRows(); }
    void fromEveryEarlierVersion()
    {
        QFETCH(QString, dialect);
        test::TestDb dbs;
        auto reference = dbs.open(dialect);
        if (!reference)
            return;
        const QStringList expected = schemaOf(*reference);
        const int latest = Migrator::latestVersion(reference->dialect());
        for (int from = 0; from < latest; ++from) {
            auto db = dbs.open(dialect, Database::Options {true, from});
            QVERIFY(db);
            QCOMPARE(Migrator::currentVersion(*db).value(), from);
            if (from >= 1) { // data written at an older version survives the upgrade
                QVERIFY(db->exec(QStringLiteral("INSERT INTO districts (code, name_kk, name_ru, name_en) "
                                                "VALUES ('medeu', 'Медеу', 'Медеуский', 'Medeu')"))
                            .ok());
            }
            QVERIFY(Migrator::migrate(*db).ok());
            QCOMPARE(Migrator::currentVersion(*db).value(), latest);
            QCOMPARE(schemaOf(*db), expected);
            if (from >= 1) {
                QSqlQuery q = db->query();
                QVERIFY(q.exec(QStringLiteral("SELECT name_ru FROM districts WHERE code = 'medeu'"))
                        && q.next());
                QCOMPARE(q.value(0).toString(), QStringLiteral("Медеуский"));
            }
        }
    }

    // The server's database leaves out the indexes only a workstation's lists use (each is
    // written for every request registered), and has the one Open311's list needs; a
    // workstation's cache keeps them all. PostgreSQL is only ever a server's.
    void serverSchemaLeavesOutTheListIndexes_data() { test::TestDb::addDialectRows(); }
    void serverSchemaLeavesOutTheListIndexes()
    {
        QFETCH(QString, dialect);
        test::TestDb dbs;
        Database::Options server;
        server.role = SchemaRole::Server;
        auto db = dbs.open(dialect, server);
        if (!db)
            return;
        const QStringList serverIndexes = indexesOf(*db, QStringLiteral("requests"));
        for (const char* gone :
             {"requests_status", "requests_org_status", "requests_district", "requests_category",
              "requests_due", "requests_linked", "requests_created_id", "requests_due_id"})
            QVERIFY2(!serverIndexes.contains(QLatin1String(gone)), gone);
        for (const char* kept : {"requests_op_id", "requests_registered"})
            QVERIFY2(serverIndexes.contains(QLatin1String(kept)), kept);
        if (db->dialect() != Dialect::SQLite)
            return;
        auto cache = dbs.open(dialect);
        const QStringList cacheIndexes = indexesOf(*cache, QStringLiteral("requests"));
        for (const char* kept : {"requests_status", "requests_org_status", "requests_created_id",
                                 "requests_due_id", "requests_op_id"})
            QVERIFY2(cacheIndexes.contains(QLatin1String(kept)), kept);
        QCOMPARE(schemaOf(*cache), schemaOf(*db)); // the same tables and columns
        // A server's database made before schema 14 loses them when it is migrated.
        Database::Options older = server;
        older.targetVersion = 13;
        auto upgraded = dbs.open(dialect, older);
        QVERIFY(indexesOf(*upgraded, QStringLiteral("requests")).contains(QLatin1String("requests_status")));
        QVERIFY(Migrator::migrate(*upgraded).ok());
        QCOMPARE(indexesOf(*upgraded, QStringLiteral("requests")), serverIndexes);
    }

    void migratingTwiceChangesNothing_data() { test::TestDb::addDialectRows(); }
    void migratingTwiceChangesNothing()
    {
        QFETCH(QString, dialect);
        test::TestDb dbs;
        auto db = dbs.open(dialect);
        if (!db)
            return;
        const QStringList before = schemaOf(*db);
        QVERIFY(Migrator::migrate(*db).ok());
        QCOMPARE(schemaOf(*db), before);
    }

    void splitsStatements()
    {
        const QStringList s = Migrator::splitStatements(
            QStringLiteral("-- a comment; with a semicolon\nCREATE TABLE a (x TEXT DEFAULT ';');\n"
                           "CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE a SET x = 'y'; END;\n"
                           "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;\n"));
        QCOMPARE(s.size(), 3);
        QVERIFY(s.at(0).endsWith(QLatin1String("DEFAULT ';')")));
        QVERIFY(s.at(1).endsWith(QLatin1String("END")));
        QVERIFY(s.at(2).contains(QLatin1String("SELECT 1;")));
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "TestMigrator.moc"
