#include "Migrator.h"

#include "Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace tyndau {
namespace {

QString dialectFolder(Dialect d)
{
    return d == Dialect::SQLite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
}

Result<void> setVersion(Database& db, int version)
{
    if (db.dialect() == Dialect::SQLite)
        return db.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("UPDATE schema_version SET version = ?"));
    q.addBindValue(version);
    return Database::run(q);
}

} // namespace

QList<Migration> Migrator::migrations(Dialect dialect, SchemaRole role)
{
    static const QRegularExpression name(
        QStringLiteral("^(\\d{4})_(.+?)(?:\\.(server|workstation))?\\.sql$"));
    const QString ours
        = role == SchemaRole::Server ? QStringLiteral("server") : QStringLiteral("workstation");
    QList<Migration> out;
    const QDir dir(QStringLiteral(":/tyndau/migrations/") + dialectFolder(dialect));
    for (const QString& file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto m = name.match(file);
        if (!m.hasMatch() || (m.hasCaptured(3) && m.captured(3) != ours))
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        out.append(Migration {m.captured(1).toInt(), m.captured(2), QString::fromUtf8(f.readAll())});
    }
    return out;
}

int Migrator::latestVersion(Dialect dialect)
{
    const auto all = migrations(dialect);
    return all.isEmpty() ? 0 : all.last().version;
}

Result<int> Migrator::currentVersion(Database& db)
{
    QSqlQuery q = db.query();
    if (db.dialect() == Dialect::SQLite) {
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
            return Database::errorOf(q);
        return q.value(0).toInt();
    }
    // The version table is made before the first migration; its absence means version 0.
    if (auto r
        = db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"));
        !r)
        return r.error();
    if (!q.exec(QStringLiteral("SELECT version FROM schema_version")))
        return Database::errorOf(q);
    if (q.next())
        return q.value(0).toInt();
    if (auto r = db.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (0)")); !r)
        return r.error();
    return 0;
}

// Several instances may start together on one PostgreSQL: a session lock lets one migrate
// while the others wait, then find the schema current. SQLite's write lock does the same.
Result<void> Migrator::migrate(Database& db, int target)
{
    if (db.dialect() != Dialect::PostgreSQL)
        return migrateNow(db, target);
    static constexpr const char* kLockKey = "7308130"; // any fixed number, the same everywhere
    if (auto r = db.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(QLatin1String(kLockKey))); !r)
        return r;
    auto migrated = migrateNow(db, target);
    if (auto r = db.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(QLatin1String(kLockKey))); !r)
        return migrated ? r : migrated;
    return migrated;
}

Result<void> Migrator::migrateNow(Database& db, int target)
{
    const int latest = latestVersion(db.dialect());
    if (target < 0)
        target = latest;
    auto current = currentVersion(db);
    if (!current)
        return current.error();
    if (*current > latest) {
        return Error {
            QStringLiteral("newer_database"),
            QCoreApplication::translate("Database",
                                        "This database was written by a newer version of Tyndau "
                                        "(schema %1; this program knows schema %2 at most). "
                                        "Install the newer version; the database was left untouched.")
                .arg(*current)
                .arg(latest),
            {}};
    }
    for (const Migration& m : migrations(db.dialect(), db.schemaRole())) {
        if (m.version <= *current || m.version > target)
            continue;
        Transaction tx(db);
        if (!tx.started())
            return tx.startError();
        for (const QString& statement : splitStatements(m.sql)) {
            if (auto r = db.exec(statement); !r) {
                return Error {QStringLiteral("migration_failed"),
                              QCoreApplication::translate("Database", "Migration %1 (%2) failed: %3")
                                  .arg(m.version)
                                  .arg(m.name, r.error().message),
                              {}};
            }
        }
        if (auto r = setVersion(db, m.version); !r)
            return r;
        if (auto r = tx.commit(); !r)
            return r;
    }
    return {};
}

QStringList Migrator::splitStatements(const QString& sql)
{
    QStringList out;
    QString current;
    int blockDepth = 0; // CREATE TRIGGER … BEGIN … END
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (c == QLatin1Char('-') && sql.mid(i, 2) == QLatin1String("--")) {
            const qsizetype eol = sql.indexOf(QLatin1Char('\n'), i);
            i = eol < 0 ? sql.size() : eol;
            current += QLatin1Char('\n');
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            const qsizetype close = sql.indexOf(c, i + 1);
            const qsizetype end = close < 0 ? sql.size() - 1 : close;
            current += sql.mid(i, end - i + 1);
            i = end;
            continue;
        }
        if (c == QLatin1Char('$') && sql.mid(i, 2) == QLatin1String("$$")) {
            const qsizetype close = sql.indexOf(QLatin1String("$$"), i + 2);
            const qsizetype end = close < 0 ? sql.size() - 1 : close + 1;
            current += sql.mid(i, end - i + 1);
            i = end;
            continue;
        }
        if (c.isLetter() && (i == 0 || !sql.at(i - 1).isLetterOrNumber())) {
            qsizetype j = i;
            while (j < sql.size() && (sql.at(j).isLetterOrNumber() || sql.at(j) == QLatin1Char('_')))
                ++j;
            const QString word = sql.mid(i, j - i).toUpper();
            if (word == QLatin1String("BEGIN")
                && current.contains(QLatin1String("TRIGGER"), Qt::CaseInsensitive))
                ++blockDepth;
            else if (word == QLatin1String("END") && blockDepth > 0)
                --blockDepth;
            current += sql.mid(i, j - i);
            i = j - 1;
            continue;
        }
        if (c == QLatin1Char(';') && blockDepth == 0) {
            if (!current.trimmed().isEmpty())
                out.append(current.trimmed());
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        out.append(current.trimmed());
    return out;
}

} // namespace tyndau
