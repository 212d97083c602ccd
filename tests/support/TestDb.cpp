#include "TestDb.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

namespace tyndau::test {
namespace {

QString adminUrl()
{
    return qEnvironmentVariable("TYNDAU_TEST_PG");
}

// Runs one statement on the maintenance database (CREATE/DROP DATABASE cannot run in a
// transaction or on the database being dropped).
bool onAdmin(const QString& statement)
{
    auto url = DbUrl::parse(adminUrl());
    if (!url)
        return false;
    auto db = Database::open(url.value(), Database::Options {false, -1});
    if (!db)
        return false;
    return db.value()->exec(statement).ok();
}

} // namespace

TestDb::TestDb() = default;

TestDb::~TestDb()
{
    for (const QString& name : std::as_const(m_pgDatabases))
        onAdmin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
}

void TestDb::addDialectRows()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

DbUrl TestDb::freshUrl(const QString& dialect)
{
    if (dialect == QLatin1String("sqlite"))
        return DbUrl::sqlite(m_dir.filePath(QStringLiteral("test-%1.db").arg(++m_counter)));
    auto url = DbUrl::parse(adminUrl());
    const QString name
        = QStringLiteral("tyndau_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++m_counter);
    if (!url || !onAdmin(QStringLiteral("CREATE DATABASE %1").arg(name)))
        return {};
    m_pgDatabases.append(name);
    DbUrl out = url.value();
    out.database = name;
    return out;
}

std::unique_ptr<Database> TestDb::open(const QString& dialect, Database::Options options)
{
    if (dialect == QLatin1String("postgresql") && adminUrl().isEmpty()) {
        if (qEnvironmentVariable("TYNDAU_REQUIRE_PG") == QLatin1String("1"))
            QTest::qFail("TYNDAU_TEST_PG is not set but TYNDAU_REQUIRE_PG=1", __FILE__, __LINE__);
        else
            QTest::qSkip("no PostgreSQL: run through ./dev.sh test, or set TYNDAU_TEST_PG", __FILE__,
                         __LINE__);
        return nullptr;
    }
    const DbUrl url = freshUrl(dialect);
    auto db = Database::open(url, options);
    if (!db) {
        QTest::qFail(qPrintable(db.error().message), __FILE__, __LINE__);
        return nullptr;
    }
    return std::move(db).value();
}

} // namespace tyndau::test
