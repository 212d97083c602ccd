#pragma once

#include "DbUrl.h"
#include "Migrator.h"
#include "core/Result.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcDb)

namespace tyndau {

class Cancellation;
class QueryCache;
class StatementCache;

// One open, migrated connection to a Tyndau database, SQLite or PostgreSQL. Qt connections
// belong to the thread that opened them: open one Database per thread.
class Database
{
public:
    struct Options
    {
        bool migrate = true; // bring the schema up to date on open
        int targetVersion = -1; // -1: the newest this program knows (tests use older ones)
        SchemaRole role = SchemaRole::Workstation;
    };

    // Opens (creating a SQLite file if needed), checks and migrates. A SQLite file that is
    // damaged is moved aside to PATH.damaged-YYYYMMDD-HHMMSS and a new one started: never
    // deleted, because a workstation's cache may hold requests not yet sent. A database
    // newer than this program is refused, and left untouched.
    static Result<std::unique_ptr<Database>> open(const DbUrl& url, Options options);
    static Result<std::unique_ptr<Database>> open(const DbUrl& url) { return open(url, Options {}); }
    // A second connection to a database this process has open already, for reading only, in
    // the thread that calls this (a connection belongs to its thread): no check, no migration,
    // and the file's open marker is left to the first connection.
    static Result<std::unique_ptr<Database>> openReader(const DbUrl& url);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    Dialect dialect() const { return m_url.dialect; }
    SchemaRole schemaRole() const { return m_role; }
    const DbUrl& url() const { return m_url; }
    QSqlDatabase connection() const;
    QSqlQuery query() const { return QSqlQuery(connection()); }

    // Executes one statement; the error carries the driver's text.
    Result<void> exec(const QString& sql);
    // The same, for a statement run again and again (BEGIN, COMMIT, SAVEPOINT): on SQLite
    // kept prepared (Statement) rather than parsed every time.
    Result<void> execKept(const QString& sql);
    // Whether the database answers a trivial query now (a health check).
    Result<void> ping() { return exec(QStringLiteral("SELECT 1")); }
    // Runs a prepared query, turning a failure into an Error.
    static Result<void> run(QSqlQuery& query);
    static Error errorOf(const QSqlQuery& query);
    // The error for a statement the database refused, with the database's own reason.
    static Error refusal(const QString& reason);
    // SQLite's prepared statements for this connection (Statement); nullptr on PostgreSQL.
    StatementCache* statementCache() const { return m_statements.get(); }
    // PostgreSQL's prepared queries for this connection (Statement); nullptr on SQLite.
    QueryCache* queryCache() const { return m_queries.get(); }

    // SQLite: what this connection runs stops, with an error, when `cancellation` is
    // cancelled, from any thread (and at once if it is already). For work nobody waits for
    // any more: a count for a list that was closed or filtered again. Once cancelled, every
    // statement on the connection fails until it closes: it is for connections of one job.
    void cancelWith(std::shared_ptr<Cancellation> cancellation);

    // Where the last damaged file was moved to, if it was (for the user to be told).
    QString movedAsidePath() const { return m_movedAside; }

private:
    explicit Database(DbUrl url, QString connectionName);
    Result<void> configureSqlite();
    QString openMarkerPath() const;
    Result<void> openConnection();

    DbUrl m_url;
    QString m_connectionName;
    QString m_movedAside;
    bool m_reader = false;
    SchemaRole m_role = SchemaRole::Workstation;
    std::unique_ptr<StatementCache> m_statements;
    std::unique_ptr<QueryCache> m_queries;
    std::shared_ptr<Cancellation> m_cancellation;
    int m_transactionDepth = 0; // Transactions open now, the outermost first
    friend class Transaction;
};

// RAII transaction: rolled back unless committed. SQLite write transactions start
// IMMEDIATE, so two writers queue on the busy timeout instead of failing mid-way.
class Transaction
{
public:
    enum class Durability
    {
        Full, // on disk when commit() returns (SQLite: an fsync)
        // SQLite: written, but not waited for on disk; a power cut may lose it whole (never
        // half). For what can be fetched again: a page of the change feed with its cursor.
        Relaxed,
    };
    explicit Transaction(Database& db, Durability durability = Durability::Full);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool started() const { return m_started; }
    const Error& startError() const { return m_startError; }
    Result<void> commit();
    // Rolls back what was done so far and begins again (to record a refusal alone).
    Result<void> restart();
    bool isNested() const { return m_level > 0; }

private:
    Database& m_db;
    bool m_started = false;
    bool m_done = false;
    int m_level = 0; // 0: BEGIN … COMMIT; deeper: a savepoint inside the one around it
    bool m_relaxed = false; // synchronous=NORMAL until this transaction ends
    Error m_startError;
    void end();
};

} // namespace tyndau
