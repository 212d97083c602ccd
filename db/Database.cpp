#include "Database.h"

#include "Cancellation.h"
#include "Migrator.h"
#include "QueryCache.h"
#include "Statement.h"
#include "StatementCache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSqlDriver>
#include <QSqlError>

#include <atomic>

Q_LOGGING_CATEGORY(lcDb, "tyndau.db")

namespace tyndau {
namespace {

QString translate(const char* text)
{
    return QCoreApplication::translate("Database", text);
}

// A locked or busy file is not damaged: only SQLite's own verdicts move a file aside.
bool looksDamaged(const QString& why)
{
    if (why.contains(QLatin1String("locked")) || why.contains(QLatin1String("busy")))
        return false;
    return true;
}

QString moveAside(const QString& path)
{
    const QString suffix = QStringLiteral(".damaged-")
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    for (const char* extra : {"", "-wal", "-shm"}) {
        const QString from = path + QLatin1String(extra);
        if (QFile::exists(from))
            QFile::rename(from, path + suffix + QLatin1String(extra));
    }
    return path + suffix;
}

} // namespace

Database::Database(DbUrl url, QString connectionName)
    : m_url(std::move(url))
    , m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    if (m_cancellation)
        m_cancellation->detach();
    m_statements.reset(); // SQLite closes no connection with statements still prepared
    m_queries.reset();
    bool closed = false;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.close();
            closed = true;
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    if (closed && m_url.dialect == Dialect::SQLite && !m_reader)
        QFile::remove(openMarkerPath()); // closed cleanly: no check needed next time
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Error Database::errorOf(const QSqlQuery& query)
{
    return refusal(query.lastError().text());
}

Error Database::refusal(const QString& reason)
{
    return Error {
        QStringLiteral("database"),
        translate(QT_TRANSLATE_NOOP("Database", "The database refused the operation: %1")).arg(reason),
        {}};
}

Result<void> Database::run(QSqlQuery& query)
{
    if (!query.exec())
        return errorOf(query);
    return {};
}

Result<void> Database::exec(const QString& sql)
{
    QSqlQuery q(connection());
    if (!q.exec(sql))
        return errorOf(q);
    return {};
}

Result<void> Database::execKept(const QString& sql)
{
    if (!m_statements)
        return exec(sql);
    return Statement(*this, sql).run();
}

Result<void> Database::openConnection()
{
    const bool sqlite = m_url.dialect == Dialect::SQLite;
    QSqlDatabase db = QSqlDatabase::addDatabase(sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"),
                                                m_connectionName);
    if (!db.isValid())
        return Error {
            QStringLiteral("database"),
            translate(QT_TRANSLATE_NOOP("Database", "The Qt SQL driver for this database is not installed.")),
            {}};
    if (sqlite) {
        db.setDatabaseName(m_url.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        db.setHostName(m_url.host);
        db.setPort(m_url.port);
        db.setUserName(m_url.user);
        db.setPassword(m_url.password);
        db.setDatabaseName(m_url.database);
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    }
    if (!db.open()) {
        return Error {QStringLiteral("database"),
                      translate(QT_TRANSLATE_NOOP("Database", "Cannot open the database %1: %2"))
                          .arg(m_url.toDisplayString(), db.lastError().text()),
                      {}};
    }
    // The driver's own connection, for the statements that bypass QSqlQuery (Statement).
    const QVariant handle = db.driver()->handle();
    if (sqlite && handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        if (sqlite3* connection = *static_cast<sqlite3* const*>(handle.constData()))
            m_statements = std::make_unique<StatementCache>(connection);
    }
    if (!sqlite)
        m_queries = std::make_unique<QueryCache>(db);
    return {};
}

// A file beside the database while a program has it open: found at the next open, it says
// the last one did not close it (a crash, a power cut), and the whole file is checked.
QString Database::openMarkerPath() const
{
    return m_url.path + QStringLiteral(".open");
}

Result<void> Database::configureSqlite()
{
    // A file that is not SQLite at all is damaged, whatever else is true.
    QFile file(m_url.path);
    if (file.open(QIODevice::ReadOnly) && file.size() > 0 && !file.read(16).startsWith("SQLite format 3"))
        return Error {QStringLiteral("damaged"), QStringLiteral("not a SQLite database"), {}};
    file.close();
    // quick_check reads every page: seconds on a cache of a million requests. It runs when the
    // last session did not close the file; a clean close needs no second look.
    if (QFile::exists(openMarkerPath())) {
        QSqlQuery check(connection());
        if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next()
            || check.value(0).toString() != QLatin1String("ok")) {
            const QString why
                = check.lastError().isValid() ? check.lastError().text() : check.value(0).toString();
            return Error {QStringLiteral("damaged"), why, {}};
        }
        check.finish(); // a statement still open would keep WAL from being switched on
    }
    QFile marker(openMarkerPath());
    if (!marker.open(QIODevice::WriteOnly))
        qCWarning(lcDb) << "cannot mark" << m_url.path << "open:" << marker.errorString();
    QSqlQuery wal(connection());
    if (!wal.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !wal.next()
        || wal.value(0).toString().toLower() != QLatin1String("wal")) {
        wal.finish();
        // File systems without shared memory (some network mounts) cannot do WAL.
        qCWarning(lcDb) << "WAL is not available for" << m_url.path << "- using a rollback journal";
        if (auto r = exec(QStringLiteral("PRAGMA journal_mode=DELETE")); !r)
            return r;
    }
    // FULL: the outbox holds requests that exist nowhere else yet; a power cut must not
    // lose a committed one.
    // 64 MiB of page cache (the default is 2 MiB): a page of the feed touches the requests
    // table and its indexes all over, and re-reading pages from the OS costs more than
    // applying them.
    for (const char* pragma :
         {"PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON", "PRAGMA cache_size=-65536"}) {
        if (auto r = exec(QLatin1String(pragma)); !r)
            return r;
    }
    return {};
}

Result<std::unique_ptr<Database>> Database::open(const DbUrl& url, Options options)
{
    static std::atomic<int> counter {0};
    const QString name = QStringLiteral("tyndau-%1").arg(++counter);
    std::unique_ptr<Database> db(new Database(url, name));
    db->m_role = options.role;
    if (auto r = db->openConnection(); !r)
        return r.error();

    if (url.dialect == Dialect::SQLite) {
        auto configured = db->configureSqlite();
        if (!configured && configured.error().code == QLatin1String("damaged")
            && looksDamaged(configured.error().message)) {
            db.reset();
            const QString aside = moveAside(url.path);
            qCWarning(lcDb) << "damaged database" << url.path << "moved aside to" << aside << ":"
                            << configured.error().message;
            auto fresh = open(url, options);
            if (fresh)
                fresh.value()->m_movedAside = aside;
            return fresh;
        }
        if (!configured)
            return configured.error();
    }
    if (options.migrate) {
        if (auto r = Migrator::migrate(*db, options.targetVersion); !r)
            return r.error();
    }
    return db;
}

void Database::cancelWith(std::shared_ptr<Cancellation> cancellation)
{
    if (!m_statements || !cancellation)
        return;
    if (m_cancellation)
        m_cancellation->detach();
    m_cancellation = std::move(cancellation);
    m_cancellation->attach(m_statements->connection());
}

Result<std::unique_ptr<Database>> Database::openReader(const DbUrl& url)
{
    static std::atomic<int> counter {0};
    std::unique_ptr<Database> db(new Database(url, QStringLiteral("tyndau-reader-%1").arg(++counter)));
    db->m_reader = true;
    if (auto r = db->openConnection(); !r)
        return r.error();
    // SQLite's own small page cache, not the writer's 64 MiB: a reader scans (a year of
    // statistics), and keeping every page it reads in a large cache made the same scans a
    // fifth slower than with a few pages reused (measured with the sqlite3 shell).
    if (url.dialect == Dialect::SQLite) {
        if (auto r = db->exec(QStringLiteral("PRAGMA query_only=1")); !r)
            return r.error();
    }
    return db;
}

// Inside another transaction (a group commit of many operations), a Transaction is a
// savepoint: its commit releases it, its rollback undoes only what it did, and the outermost
// one decides what reaches the disk.
Transaction::Transaction(Database& db, Durability durability)
    : m_db(db)
    , m_level(db.m_transactionDepth)
{
    // Outside a transaction only: SQLite does not change it inside one.
    if (durability == Durability::Relaxed && m_level == 0 && db.dialect() == Dialect::SQLite)
        m_relaxed = m_db.execKept(QStringLiteral("PRAGMA synchronous=NORMAL")).ok();
    auto r = m_level > 0 ? m_db.execKept(QStringLiteral("SAVEPOINT tx_%1").arg(m_level))
                         : m_db.execKept(db.dialect() == Dialect::SQLite ? QStringLiteral("BEGIN IMMEDIATE")
                                                                         : QStringLiteral("BEGIN"));
    m_started = r.ok();
    if (m_started)
        ++m_db.m_transactionDepth;
    else {
        m_startError = r.error();
        end();
    }
}

// Back to full durability for whatever the connection writes next.
void Transaction::end()
{
    if (!m_relaxed)
        return;
    m_relaxed = false;
    if (auto r = m_db.execKept(QStringLiteral("PRAGMA synchronous=FULL")); !r)
        qCWarning(lcDb) << "cannot restore full durability:" << r.error().message;
}

Transaction::~Transaction()
{
    if (!m_started || m_done)
        return;
    const QString undo
        = m_level > 0 ? QStringLiteral("ROLLBACK TO tx_%1").arg(m_level) : QStringLiteral("ROLLBACK");
    if (auto r = m_db.execKept(undo); !r)
        qCWarning(lcDb) << "rollback failed:" << r.error().message;
    if (m_level > 0)
        m_db.execKept(QStringLiteral("RELEASE tx_%1").arg(m_level)).ok();
    --m_db.m_transactionDepth;
    end();
}

Result<void> Transaction::restart()
{
    if (!m_started || m_done)
        return m_startError;
    if (m_level > 0) // the savepoint stays, emptied
        return m_db.execKept(QStringLiteral("ROLLBACK TO tx_%1").arg(m_level));
    if (auto r = m_db.execKept(QStringLiteral("ROLLBACK")); !r)
        return r;
    auto r = m_db.execKept(m_db.dialect() == Dialect::SQLite ? QStringLiteral("BEGIN IMMEDIATE")
                                                             : QStringLiteral("BEGIN"));
    if (!r) {
        m_started = false;
        m_startError = r.error();
        --m_db.m_transactionDepth;
        end();
    }
    return r;
}

Result<void> Transaction::commit()
{
    if (!m_started)
        return m_startError;
    if (m_done)
        return {};
    auto r = m_db.execKept(m_level > 0 ? QStringLiteral("RELEASE tx_%1").arg(m_level)
                                       : QStringLiteral("COMMIT"));
    if (r) {
        m_done = true;
        --m_db.m_transactionDepth;
        end();
    }
    return r;
}

} // namespace tyndau
