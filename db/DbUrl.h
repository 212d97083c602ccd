#pragma once

#include "core/Result.h"

#include <QString>

namespace tyndau {

enum class Dialect
{
    SQLite,
    PostgreSQL
};

// Where a database is: "sqlite:/var/lib/tyndau/tyndau.db" or
// "postgresql://user:password@host:5432/dbname" (DESIGN.md's --db).
struct DbUrl
{
    Dialect dialect = Dialect::SQLite;
    QString path; // SQLite
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString user;
    QString password;
    QString database;

    static Result<DbUrl> parse(const QString& text);
    static DbUrl sqlite(const QString& path);
    QString toDisplayString() const; // never shows the password
};

} // namespace tyndau
