#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>
#include <vector>

struct sqlite3_stmt;

namespace tyndau {

class Database;

// A prepared statement for many runs, the way the stores' hot paths need it: values added
// in the order of the `?`s, then run, then rows read with next() and value(). On SQLite it
// talks to the library directly, with the statement kept in the connection's cache: Qt's
// QSqlQuery builds a placeholder name and looks it up in a hash for every value bound,
// which cost more than SQLite's own work in a sync's inserts (a quarter of the
// workstation's time). On PostgreSQL it is a QSqlQuery, prepared once per connection and
// kept in its QueryCache.
class Statement
{
public:
    Statement(Database& db, QString sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // The next placeholder's value: as QSqlQuery::addBindValue, a null QVariant is NULL.
    Statement& add(const QVariant& value);
    // Runs with the values added since the last run.
    Result<void> run();
    // Moves to the next row of a query's result; false after the last.
    bool next();
    // A column of the current row: qint64, double, QString, QByteArray, or null.
    QVariant value(int column) const;
    // Done reading before the last row: lets go of the result (and SQLite's read lock).
    void finish();

private:
    bool prepare();
    void bind(int index, const QVariant& value);
    void rewind();

    Database& m_db;
    QString m_sql;
    QString m_prepareError;
    // SQLite
    sqlite3_stmt* m_statement = nullptr;
    std::vector<QByteArray> m_texts; // bound UTF-8, alive until the next run
    int m_nextIndex = 1;
    bool m_stepped = false; // run since the last reset
    bool m_rowWaiting = false; // run() stepped onto the first row; next() hands it out
    bool m_onRow = false;
    // PostgreSQL: kept in the connection's QueryCache between users
    std::unique_ptr<QSqlQuery> m_query;
    int m_queryIndex = 0; // the next value's position
};

} // namespace tyndau
