#include "Statement.h"

#include "Database.h"
#include "QueryCache.h"
#include "StatementCache.h"

#include <sqlite3.h>

namespace tyndau {

Statement::Statement(Database& db, QString sql)
    : m_db(db)
    , m_sql(std::move(sql))
{
}

Statement::~Statement()
{
    if (m_statement)
        m_db.statementCache()->giveBack(m_sql, m_statement);
    if (m_query && m_db.queryCache())
        m_db.queryCache()->giveBack(m_sql, std::move(m_query));
}

// On first use, not when made: a store keeps statements it may never run.
bool Statement::prepare()
{
    if (m_statement || m_query)
        return true;
    if (!m_prepareError.isEmpty())
        return false;
    if (StatementCache* cache = m_db.statementCache()) {
        m_statement = cache->take(m_sql, &m_prepareError);
        return m_statement != nullptr;
    }
    if (QueryCache* cache = m_db.queryCache()) {
        m_query = cache->take(m_sql, &m_prepareError);
        return m_query != nullptr;
    }
    m_query = std::make_unique<QSqlQuery>(m_db.query());
    m_query->setForwardOnly(true);
    if (!m_query->prepare(m_sql)) {
        m_prepareError = Database::errorOf(*m_query).message;
        m_query.reset();
        return false;
    }
    return true;
}

// Ready for new values: the last run's row and values let go.
void Statement::rewind()
{
    if (!m_stepped)
        return;
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_texts.clear();
    m_nextIndex = 1;
    m_stepped = m_rowWaiting = m_onRow = false;
}

Statement& Statement::add(const QVariant& value)
{
    if (!prepare())
        return *this; // run() reports why
    if (m_query) {
        // By position, not appended: a query taken from the cache may hold values a
        // user left without running it.
        m_query->bindValue(m_queryIndex++, value);
        return *this;
    }
    rewind();
    bind(m_nextIndex++, value);
    return *this;
}

// As Qt's SQLite driver binds: integers as integers, text as text, null as NULL.
void Statement::bind(int index, const QVariant& value)
{
    if (value.isNull()) {
        sqlite3_bind_null(m_statement, index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        sqlite3_bind_int64(m_statement, index, value.toLongLong());
        return;
    case QMetaType::Double:
        sqlite3_bind_double(m_statement, index, value.toDouble());
        return;
    case QMetaType::QByteArray: {
        m_texts.push_back(value.toByteArray());
        const QByteArray& bytes = m_texts.back();
        sqlite3_bind_blob64(m_statement, index, bytes.constData(), sqlite3_uint64(bytes.size()),
                            SQLITE_STATIC);
        return;
    }
    default: {
        m_texts.push_back(value.toString().toUtf8());
        const QByteArray& text = m_texts.back();
        sqlite3_bind_text64(m_statement, index, text.constData(), sqlite3_uint64(text.size()), SQLITE_STATIC,
                            SQLITE_UTF8);
        return;
    }
    }
}

Result<void> Statement::run()
{
    if (!prepare())
        return Database::refusal(m_prepareError);
    if (m_query) {
        m_queryIndex = 0;
        return Database::run(*m_query);
    }
    if (m_stepped) { // run again with the same values
        sqlite3_reset(m_statement);
        m_rowWaiting = m_onRow = false;
    }
    m_stepped = true;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) {
        m_rowWaiting = true;
        return {};
    }
    // Reset at once: a finished statement must not hold the file's read lock.
    const int reset = sqlite3_reset(m_statement);
    m_texts.clear();
    m_nextIndex = 1;
    if (rc == SQLITE_DONE && reset == SQLITE_OK) {
        sqlite3_clear_bindings(m_statement);
        m_stepped = false;
        return {};
    }
    const QString reason = QString::fromUtf8(sqlite3_errmsg(m_db.statementCache()->connection()));
    sqlite3_clear_bindings(m_statement);
    m_stepped = false;
    return Database::refusal(reason);
}

bool Statement::next()
{
    if (m_query)
        return m_query->next();
    if (!m_statement || !m_stepped)
        return false;
    if (m_rowWaiting) {
        m_rowWaiting = false;
        m_onRow = true;
        return true;
    }
    if (!m_onRow)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        qCWarning(lcDb) << "reading rows failed:" << sqlite3_errmsg(m_db.statementCache()->connection());
    m_onRow = false;
    sqlite3_reset(m_statement);
    return false;
}

void Statement::finish()
{
    if (m_query) {
        m_query->finish();
        return;
    }
    if (m_statement && m_stepped) {
        sqlite3_reset(m_statement);
        m_rowWaiting = m_onRow = false;
    }
}

QVariant Statement::value(int column) const
{
    if (m_query)
        return m_query->value(column);
    if (!m_onRow)
        return {};
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_TEXT: {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
        return QVariant(QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column)));
    }
    case SQLITE_BLOB: {
        const auto* data = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
        return QVariant(QByteArray(data, sqlite3_column_bytes(m_statement, column)));
    }
    default:
        return {};
    }
}

} // namespace tyndau
