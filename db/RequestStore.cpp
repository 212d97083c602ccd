#include "RequestStore.h"

#include "Database.h"
#include "SqlValues.h"
#include "core/Clock.h"
#include "core/TextFold.h"

#include <QStringList>

namespace tyndau {
namespace {

// Every column but id and version, in the order values are bound.
const QStringList& columns()
{
    static const QStringList c {
        QStringLiteral("number"),        QStringLiteral("provisional_number"),
        QStringLiteral("kind"),          QStringLiteral("channel"),
        QStringLiteral("status"),        QStringLiteral("citizen_name"),
        QStringLiteral("citizen_phone"), QStringLiteral("citizen_iin"),
        QStringLiteral("citizen_email"), QStringLiteral("citizen_language"),
        QStringLiteral("anonymous"),     QStringLiteral("address"),
        QStringLiteral("district_code"), QStringLiteral("category_code"),
        QStringLiteral("description"),   QStringLiteral("latitude"),
        QStringLiteral("longitude"),     QStringLiteral("org_code"),
        QStringLiteral("created_at"),    QStringLiteral("registered_at"),
        QStringLiteral("due_date"),      QStringLiteral("original_due_date"),
        QStringLiteral("answered_at"),   QStringLiteral("closed_at"),
        QStringLiteral("linked_to"),     QStringLiteral("is_incident"),
        QStringLiteral("answer_text"),   QStringLiteral("kb_article_id"),
        QStringLiteral("return_count"),  QStringLiteral("satisfaction"),
        QStringLiteral("quality_score"), QStringLiteral("created_by"),
        QStringLiteral("updated_at"),    QStringLiteral("sync_error"),
        QStringLiteral("search_text"),
    };
    return c;
}

// id, the columns, then version and op_id.
QString buildInsertSql(bool replace)
{
    QStringList marks(columns().size() + 3, QStringLiteral("?"));
    QString sqlText = QStringLiteral("INSERT INTO requests (id, %1, version, op_id) VALUES (%2)")
                          .arg(columns().join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    if (replace) {
        QStringList sets;
        for (const QString& c : columns() + QStringList {QStringLiteral("version")})
            sets.append(c + QStringLiteral(" = excluded.") + c);
        sqlText += QStringLiteral(" ON CONFLICT (id) DO UPDATE SET ") + sets.join(QStringLiteral(", "));
    }
    return sqlText;
}

QString buildUpdateSql()
{
    QStringList sets;
    for (const QString& c : columns())
        sets.append(c + QStringLiteral(" = ?"));
    return QStringLiteral("UPDATE requests SET %1, version = version + 1 WHERE id = ?")
        .arg(sets.join(QStringLiteral(", ")));
}

const QString& insertSql(bool replace)
{
    static const QString insert = buildInsertSql(false);
    static const QString upsert = buildInsertSql(true);
    return replace ? upsert : insert;
}

const QString& updateSql()
{
    static const QString text = buildUpdateSql();
    return text;
}

// "id, <the columns>, version": what readRequest reads.
const QString& selectedColumns()
{
    static const QString text = QStringLiteral("id, %1, version").arg(columns().join(QStringLiteral(", ")));
    return text;
}

// What the requests list's free-text filter looks in, folded (schema 6).
QString searchText(const Request& r)
{
    const QStringList parts {r.number, r.provisionalNumber, r.citizen.name, r.address, r.description};
    return TextFold::fold(parts.join(QLatin1Char(' ')));
}

void bindColumns(Statement& q, const Request& r)
{
    q.add(sql::text(r.number));
    q.add(sql::text(r.provisionalNumber));
    q.add(toCode(r.kind));
    q.add(toCode(r.channel));
    q.add(toCode(r.status));
    q.add(sql::text(r.citizen.name));
    q.add(sql::text(r.citizen.phone));
    q.add(sql::text(r.citizen.iin));
    q.add(sql::text(r.citizen.email));
    q.add(toCode(r.citizen.language));
    q.add(r.citizen.anonymous ? 1 : 0);
    q.add(sql::text(r.address));
    q.add(sql::text(r.districtCode));
    q.add(sql::text(r.categoryCode));
    q.add(sql::nonNull(r.description));
    q.add(sql::real(r.latitude));
    q.add(sql::real(r.longitude));
    q.add(sql::text(r.orgCode));
    q.add(sql::time(r.createdAt));
    q.add(sql::time(r.registeredAt));
    q.add(sql::date(r.dueDate));
    q.add(sql::date(r.originalDueDate));
    q.add(sql::time(r.answeredAt));
    q.add(sql::time(r.closedAt));
    q.add(sql::uuid(r.linkedTo));
    q.add(r.isIncident ? 1 : 0);
    q.add(sql::text(r.answerText));
    q.add(r.kbArticleId > 0 ? QVariant(r.kbArticleId) : QVariant(QMetaType(QMetaType::Int)));
    q.add(r.returnCount);
    q.add(r.satisfaction);
    q.add(r.qualityScore);
    q.add(sql::text(r.createdBy));
    q.add(sql::time(Clock::currentUtc()));
    q.add(sql::text(r.syncError));
    q.add(searchText(r));
}

Request readRequest(const Statement& q)
{
    // Column 0 is id; the rest follow columns().
    Request r;
    int i = 0;
    auto next = [&] {
        return q.value(i++);
    };
    r.id = sql::uuid(next());
    r.number = next().toString();
    r.provisionalNumber = next().toString();
    r.kind = fromCode<RequestKind>(next().toString()).value_or(RequestKind::Complaint);
    r.channel = fromCode<Channel>(next().toString()).value_or(Channel::CallCenter);
    r.status = fromCode<Status>(next().toString()).value_or(Status::Registered);
    r.citizen.name = next().toString();
    r.citizen.phone = next().toString();
    r.citizen.iin = next().toString();
    r.citizen.email = next().toString();
    r.citizen.language = fromCode<Language>(next().toString()).value_or(Language::Russian);
    r.citizen.anonymous = next().toInt() != 0;
    r.address = next().toString();
    r.districtCode = next().toString();
    r.categoryCode = next().toString();
    r.description = next().toString();
    r.latitude = sql::real(next());
    r.longitude = sql::real(next());
    r.orgCode = next().toString();
    r.createdAt = sql::time(next());
    r.registeredAt = sql::time(next());
    r.dueDate = sql::date(next());
    r.originalDueDate = sql::date(next());
    r.answeredAt = sql::time(next());
    r.closedAt = sql::time(next());
    r.linkedTo = sql::uuid(next());
    r.isIncident = next().toInt() != 0;
    r.answerText = next().toString();
    r.kbArticleId = next().toInt();
    r.returnCount = next().toInt();
    r.satisfaction = next().toInt();
    r.qualityScore = next().toInt();
    r.createdBy = next().toString();
    next(); // updated_at
    r.syncError = next().toString();
    next(); // search_text
    r.version = next().toInt();
    return r;
}

} // namespace

RequestStore::RequestStore(Database& db)
    : m_db(db)
    , m_insert(db, insertSql(false))
    , m_replace(db, insertSql(true))
    , m_deleteHistory(db, QStringLiteral("DELETE FROM request_history WHERE request_id = ?"))
    , m_update(db, updateSql())
    , m_history(db,
                QStringLiteral("INSERT INTO request_history (request_id, at, actor, action, from_status, "
                               "to_status, comment) VALUES (?, ?, ?, ?, ?, ?, ?)"))
    , m_twoHistory(db,
                   QStringLiteral("INSERT INTO request_history (request_id, at, actor, action, from_status, "
                                  "to_status, comment) VALUES (?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?)"))
{
}

Result<void> RequestStore::writeAttachments(const Request& r)
{
    if (r.attachments.isEmpty())
        return {};
    Statement q(
        m_db,
        QStringLiteral("INSERT INTO request_attachments (request_id, sha256, file_name, mime_type, size) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT (request_id, sha256) DO NOTHING"));
    for (const AttachmentRef& a : r.attachments) {
        q.add(sql::uuid(r.id));
        q.add(a.sha256);
        q.add(a.fileName);
        q.add(a.mimeType);
        q.add(a.size);
        if (auto ok = q.run(); !ok)
            return ok;
    }
    return {};
}

Result<void> RequestStore::insert(const Request& request, const QList<HistoryEntry>& history,
                                  const QString& opId)
{
    m_insert.add(sql::uuid(request.id));
    bindColumns(m_insert, request);
    m_insert.add(std::max(1, request.version));
    m_insert.add(sql::text(opId));
    if (auto r = m_insert.run(); !r)
        return r;
    if (auto r = writeAttachments(request); !r)
        return r;
    return appendHistory(history);
}

// Two lines in one statement: one round trip fewer on PostgreSQL, while a registration
// holds the year's number counter.
Result<void> RequestStore::appendHistory(const QList<HistoryEntry>& entries)
{
    if (entries.size() == 2) {
        addHistory(m_twoHistory, entries.at(0));
        addHistory(m_twoHistory, entries.at(1));
        return m_twoHistory.run();
    }
    for (const HistoryEntry& h : entries) {
        if (auto r = appendHistory(h); !r)
            return r;
    }
    return {};
}

Result<void> RequestStore::replace(const Request& request, const QList<HistoryEntry>& history)
{
    m_replace.add(sql::uuid(request.id));
    bindColumns(m_replace, request);
    m_replace.add(std::max(1, request.version));
    m_replace.add(QVariant(QMetaType(QMetaType::QString)));
    if (auto r = m_replace.run(); !r)
        return r;
    m_deleteHistory.add(sql::uuid(request.id));
    if (auto r = m_deleteHistory.run(); !r)
        return r;
    for (const HistoryEntry& h : history) {
        if (auto r = appendHistory(h); !r)
            return r;
    }
    return writeAttachments(request);
}

Result<void> RequestStore::setSyncError(const QUuid& id, const QString& error)
{
    Statement q(m_db, QStringLiteral("UPDATE requests SET sync_error = ? WHERE id = ?"));
    q.add(sql::text(error));
    q.add(sql::uuid(id));
    return q.run();
}

Result<void> RequestStore::update(const Request& request)
{
    bindColumns(m_update, request);
    m_update.add(sql::uuid(request.id));
    if (auto r = m_update.run(); !r)
        return r;
    return writeAttachments(request);
}

void RequestStore::addHistory(Statement& q, const HistoryEntry& h)
{
    q.add(sql::uuid(h.requestId));
    q.add(sql::time(h.at));
    q.add(sql::nonNull(h.actor));
    q.add(toCode(h.action));
    q.add(toCode(h.from));
    q.add(toCode(h.to));
    q.add(sql::nonNull(h.comment));
}

Result<void> RequestStore::appendHistory(const HistoryEntry& h)
{
    addHistory(m_history, h);
    return m_history.run();
}

Result<bool> RequestStore::exists(const QUuid& id)
{
    Statement q(m_db, QStringLiteral("SELECT 1 FROM requests WHERE id = ?"));
    q.add(sql::uuid(id));
    if (auto r = q.run(); !r)
        return r.error();
    return q.next();
}

Result<std::optional<Request>> RequestStore::find(const QUuid& id)
{
    Statement q(m_db, QStringLiteral("SELECT %1 FROM requests WHERE id = ?").arg(selectedColumns()));
    q.add(sql::uuid(id));
    if (auto r = q.run(); !r)
        return r.error();
    if (!q.next())
        return std::optional<Request> {};
    Request request = readRequest(q);
    Statement a(m_db,
                QStringLiteral("SELECT sha256, file_name, mime_type, size FROM request_attachments "
                               "WHERE request_id = ? ORDER BY file_name"));
    a.add(sql::uuid(id));
    if (auto r = a.run(); !r)
        return r.error();
    while (a.next())
        request.attachments.append(AttachmentRef {a.value(0).toString(), a.value(1).toString(),
                                                  a.value(2).toString(), a.value(3).toLongLong()});
    return std::optional<Request>(request);
}

namespace {

QString placeholders(qsizetype n)
{
    return QStringList(n, QStringLiteral("?")).join(QLatin1Char(','));
}

} // namespace

// Binding looks each parameter up by position in a list (SQLite's VList): a thousand
// placeholders in one statement cost a million comparisons. A hundred at a time is cheap.
constexpr qsizetype kInChunk = 100;

// Runs `fetch` over the ids a chunk at a time and merges what it returns.
template <typename Map, typename Fetch>
Result<Map> inChunks(const QList<QUuid>& ids, Fetch fetch)
{
    Map out;
    for (qsizetype i = 0; i < ids.size(); i += kInChunk) {
        auto part = fetch(ids.mid(i, kInChunk));
        if (!part)
            return part.error();
        out.insert(part.value());
    }
    return out;
}

Result<QHash<QUuid, Request>> RequestStore::findMany(const QList<QUuid>& ids)
{
    if (ids.size() > kInChunk)
        return inChunks<QHash<QUuid, Request>>(ids,
                                               [this](const QList<QUuid>& part) { return findMany(part); });
    QHash<QUuid, Request> out;
    if (ids.isEmpty())
        return out;
    Statement q(m_db,
                QStringLiteral("SELECT %1 FROM requests WHERE id IN (%2)")
                    .arg(selectedColumns(), placeholders(ids.size())));
    for (const QUuid& id : ids)
        q.add(sql::uuid(id));
    if (auto r = q.run(); !r)
        return r.error();
    while (q.next()) {
        Request r = readRequest(q);
        out.insert(r.id, r);
    }
    Statement a(
        m_db,
        QStringLiteral("SELECT request_id, sha256, file_name, mime_type, size FROM request_attachments "
                       "WHERE request_id IN (%1) ORDER BY file_name")
            .arg(placeholders(ids.size())));
    for (const QUuid& id : ids)
        a.add(sql::uuid(id));
    if (auto r = a.run(); !r)
        return r.error();
    while (a.next()) {
        const auto it = out.find(sql::uuid(a.value(0)));
        if (it != out.end())
            it->attachments.append(AttachmentRef {a.value(1).toString(), a.value(2).toString(),
                                                  a.value(3).toString(), a.value(4).toLongLong()});
    }
    return out;
}

Result<QHash<QUuid, QList<HistoryEntry>>> RequestStore::historyMany(const QList<QUuid>& ids)
{
    if (ids.size() > kInChunk)
        return inChunks<QHash<QUuid, QList<HistoryEntry>>>(
            ids, [this](const QList<QUuid>& part) { return historyMany(part); });
    QHash<QUuid, QList<HistoryEntry>> out;
    if (ids.isEmpty())
        return out;
    Statement q(m_db,
                QStringLiteral("SELECT request_id, at, actor, action, from_status, to_status, comment "
                               "FROM request_history WHERE request_id IN (%1) ORDER BY request_id, at, id")
                    .arg(placeholders(ids.size())));
    for (const QUuid& id : ids)
        q.add(sql::uuid(id));
    if (auto r = q.run(); !r)
        return r.error();
    while (q.next()) {
        const QUuid id = sql::uuid(q.value(0));
        out[id].append(HistoryEntry {id, sql::time(q.value(1)), q.value(2).toString(),
                                     fromCode<Action>(q.value(3).toString()).value_or(Action::Register),
                                     fromCode<Status>(q.value(4).toString()).value_or(Status::Draft),
                                     fromCode<Status>(q.value(5).toString()).value_or(Status::Draft),
                                     q.value(6).toString()});
    }
    return out;
}

Result<std::optional<Request>> RequestStore::findByNumber(const QString& number)
{
    Statement q(m_db,
                QStringLiteral("SELECT id FROM requests WHERE number = ? OR provisional_number = ? LIMIT 1"));
    q.add(number);
    q.add(number);
    if (auto r = q.run(); !r)
        return r.error();
    if (!q.next())
        return std::optional<Request> {};
    return find(sql::uuid(q.value(0)));
}

Result<QList<HistoryEntry>> RequestStore::history(const QUuid& id)
{
    Statement q(
        m_db,
        QStringLiteral("SELECT at, actor, action, from_status, to_status, comment FROM request_history "
                       "WHERE request_id = ? ORDER BY at, id"));
    q.add(sql::uuid(id));
    if (auto r = q.run(); !r)
        return r.error();
    QList<HistoryEntry> out;
    while (q.next()) {
        out.append(HistoryEntry {id, sql::time(q.value(0)), q.value(1).toString(),
                                 fromCode<Action>(q.value(2).toString()).value_or(Action::Register),
                                 fromCode<Status>(q.value(3).toString()).value_or(Status::Draft),
                                 fromCode<Status>(q.value(4).toString()).value_or(Status::Draft),
                                 q.value(5).toString()});
    }
    return out;
}

Result<QList<Request>> RequestStore::list(const QList<Status>& statuses, int limit)
{
    Statement q(m_db,
                QStringLiteral("SELECT %1 FROM requests%2 ORDER BY created_at DESC, id LIMIT ?")
                    .arg(selectedColumns(),
                         statuses.isEmpty()
                             ? QString()
                             : QStringLiteral(" WHERE status IN (%1)").arg(placeholders(statuses.size()))));
    for (Status s : statuses)
        q.add(toCode(s));
    q.add(limit);
    if (auto r = q.run(); !r)
        return r.error();
    QList<Request> out;
    while (q.next())
        out.append(readRequest(q));
    return out;
}

Result<QList<Request>> RequestStore::listPublic(const PublicQuery& query)
{
    QStringList where {QStringLiteral("registered_at IS NOT NULL"), QStringLiteral("registered_at >= ?"),
                       QStringLiteral("registered_at < ?")};
    QVariantList values {sql::time(query.from), sql::time(query.to)};
    if (!query.categoryCode.isEmpty()) {
        where.append(QStringLiteral("category_code = ?"));
        values.append(query.categoryCode);
    }
    if (!query.numbers.isEmpty()) {
        where.append(QStringLiteral("number IN (%1)").arg(placeholders(query.numbers.size())));
        for (const QString& n : query.numbers)
            values.append(n);
    }
    if (query.open) {
        // Final statuses are "closed" for Open311; everything else is "open".
        where.append(QStringLiteral("status %1 IN ('consulted', 'closed', 'duplicate', 'linked_to_incident')")
                         .arg(*query.open ? QStringLiteral("NOT") : QString()));
    }
    Statement q(m_db,
                QStringLiteral("SELECT %1 FROM requests WHERE %2 ORDER BY registered_at DESC, id LIMIT ?")
                    .arg(selectedColumns(), where.join(QStringLiteral(" AND "))));
    for (const QVariant& v : values)
        q.add(v);
    q.add(query.limit);
    if (auto r = q.run(); !r)
        return r.error();
    QList<Request> out;
    while (q.next())
        out.append(readRequest(q));
    return out;
}

Result<QDateTime> RequestStore::lastChange(const QUuid& id)
{
    Statement q(m_db, QStringLiteral("SELECT MAX(at) FROM request_history WHERE request_id = ?"));
    q.add(sql::uuid(id));
    if (auto r = q.run(); !r)
        return r.error();
    return q.next() ? sql::time(q.value(0)) : QDateTime();
}

Result<qint64> RequestStore::count()
{
    Statement q(m_db, QStringLiteral("SELECT COUNT(*) FROM requests"));
    if (auto r = q.run(); !r)
        return r.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace tyndau
