#pragma once

#include "db/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace tyndau::test {

// Fresh databases for tests: a SQLite file in a temporary folder, or a new database on the
// real PostgreSQL server that ./dev.sh test starts (TYNDAU_TEST_PG=postgresql://…/postgres).
// Data-driven tests add one row per dialect with addDialectRows() and open with open().
class TestDb
{
public:
    TestDb();
    ~TestDb();

    // Adds a QTest data column "dialect" with the rows "sqlite" and (when available)
    // "postgresql". Without TYNDAU_TEST_PG the PostgreSQL row is skipped with a message,
    // unless TYNDAU_REQUIRE_PG=1 (set by ./dev.sh test), when it is a failure.
    static void addDialectRows();

    // A URL for a new, empty database of the dialect ("sqlite" or "postgresql").
    DbUrl freshUrl(const QString& dialect);
    std::unique_ptr<Database> open(const QString& dialect, Database::Options options = {});
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QStringList m_pgDatabases;
    int m_counter = 0;
};

} // namespace tyndau::test
