#pragma once

#include "DbUrl.h"
#include "core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tyndau {

class Database;

// Which program's database: most of the schema is the same, but the workstation's lists
// need indexes that would only slow the server's writes (see 0014_server_indexes).
enum class SchemaRole
{
    Workstation,
    Server
};

struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

// Numbered migrations from db/migrations/<dialect>/NNNN_name.sql, each applied in its own
// transaction together with the new version number (SQLite: PRAGMA user_version;
// PostgreSQL: the schema_version table). Never probes for columns: the number says it all.
// NNNN_name.server.sql and NNNN_name.workstation.sql are one version's script for each role
// (the database's, Database::schemaRole()): a version has either one file or both.
class Migrator
{
public:
    static QList<Migration> migrations(Dialect dialect, SchemaRole role = SchemaRole::Workstation);
    static int latestVersion(Dialect dialect);
    static Result<int> currentVersion(Database& db);
    // Up to `target` (-1: the latest). A database newer than the latest is refused.
    static Result<void> migrate(Database& db, int target = -1);
    // Splits a script into statements at top-level semicolons (quotes, comments,
    // dollar-quoted bodies and trigger BEGIN…END respected).
    static QStringList splitStatements(const QString& sql);

private:
    static Result<void> migrateNow(Database& db, int target);
};

} // namespace tyndau
