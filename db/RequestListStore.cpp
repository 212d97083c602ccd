#include "RequestListStore.h"

#include "Database.h"
#include "SqlValues.h"
#include "core/TextFold.h"

#include <QRegularExpression>

namespace tyndau {

// A WHERE clause and its values, built up one condition at a time.
struct Where
{
    QStringList clauses;
    QVariantList values;

    void add(const QString& clause, const QVariantList& binds = {})
    {
        clauses.append(clause);
        values.append(binds);
    }
    QString sql() const
    {
        return clauses.isEmpty() ? QString()
                                 : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    }
};

namespace {

const QString kSummaryColumns = QStringLiteral(
    "id, COALESCE(number, provisional_number, ''), number IS NULL, kind, channel, status, district_code, "
    "category_code, org_code, created_at, due_date, citizen_name, address, substr(description, 1, 200), "
    "is_incident, linked_to, created_by, sync_error");

// The expression the due-date index is built on (schema 6): no deadline sorts last.
const QString kDueKey = QStringLiteral("(COALESCE(due_date, '9999-12-31'))");

QString marks(qsizetype n)
{
    return QStringList(n, QStringLiteral("?")).join(QLatin1Char(','));
}

QList<Status> openStatuses()
{
    QList<Status> out;
    for (Status s : allValues<Status>())
        if (!isFinal(s) && s != Status::Draft)
            out.append(s);
    return out;
}

void addStatuses(Where& w, const QList<Status>& statuses)
{
    QVariantList codes;
    for (Status s : statuses)
        codes.append(toCode(s));
    w.add(QStringLiteral("status IN (%1)").arg(marks(codes.size())), codes);
}

// A number as the operator types it: 2026-000123, a part of it, or a provisional П-….
bool looksLikeNumber(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4}-\\d*|[ПпP]-\\S*)$"));
    return re.match(text).hasMatch();
}

void addText(Where& w, const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return;
    if (looksLikeNumber(trimmed)) {
        w.add(QStringLiteral("(number LIKE ? OR provisional_number LIKE ?)"),
              {trimmed + QLatin1Char('%'), trimmed + QLatin1Char('%')});
        return;
    }
    // Words are letters and digits only (TextFold::words), so no LIKE wildcard gets in.
    for (const QString& word : TextFold::words(trimmed))
        w.add(QStringLiteral("search_text LIKE ?"), {QLatin1Char('%') + word + QLatin1Char('%')});
}

Where whereOf(const RequestFilter& f)
{
    Where w;
    if (!f.statuses.isEmpty())
        addStatuses(w, f.statuses);
    if (!f.districtCode.isEmpty())
        w.add(QStringLiteral("district_code = ?"), {f.districtCode});
    if (!f.categoryCode.isEmpty())
        w.add(QStringLiteral("(category_code = ? OR substr(category_code, 1, ?) = ?)"),
              {f.categoryCode, int(f.categoryCode.size() + 1), f.categoryCode + QLatin1Char('.')});
    if (!f.orgCode.isEmpty())
        w.add(QStringLiteral("org_code = ?"), {f.orgCode});
    if (f.channel)
        w.add(QStringLiteral("channel = ?"), {toCode(*f.channel)});
    if (f.kind)
        w.add(QStringLiteral("kind = ?"), {toCode(*f.kind)});
    if (f.deadline != RequestFilter::Deadline::Any) {
        addStatuses(w, openStatuses());
        if (f.deadline == RequestFilter::Deadline::Overdue)
            w.add(QStringLiteral("due_date < ?"), {sql::date(f.today)});
        else
            w.add(QStringLiteral("due_date BETWEEN ? AND ?"),
                  {sql::date(f.today), sql::date(f.dueSoonUntil)});
    }
    if (!f.createdBy.isEmpty())
        w.add(QStringLiteral("created_by = ?"), {f.createdBy});
    if (f.createdSince)
        w.add(QStringLiteral("created_at >= ?"), {sql::time(*f.createdSince)});
    if (f.createdBefore)
        w.add(QStringLiteral("created_at < ?"), {sql::time(*f.createdBefore)});
    if (!f.street.isEmpty())
        w.add(QStringLiteral("substr(address, 1, ?) = ?"), {int(f.street.size()), f.street});
    if (f.incidentsOnly)
        w.add(QStringLiteral("is_incident = 1"));
    addText(w, f.text);
    return w;
}

QString orderSql(RequestOrder order)
{
    switch (order) {
    case RequestOrder::NewestFirst:
        return QStringLiteral(" ORDER BY created_at DESC, id DESC");
    case RequestOrder::OldestFirst:
        return QStringLiteral(" ORDER BY created_at ASC, id ASC");
    case RequestOrder::DueFirst:
        return QStringLiteral(" ORDER BY %1 ASC, id ASC").arg(kDueKey);
    case RequestOrder::DueLast:
        return QStringLiteral(" ORDER BY %1 DESC, id DESC").arg(kDueKey);
    }
    return {};
}

// The row-value comparison that starts the page after `key`, on the index of the order.
void addAfter(Where& w, RequestOrder order, const RequestListKey& key)
{
    const bool byDue = order == RequestOrder::DueFirst || order == RequestOrder::DueLast;
    const bool descending = order == RequestOrder::NewestFirst || order == RequestOrder::DueLast;
    const QString column = byDue ? kDueKey : QStringLiteral("created_at");
    const QVariant value = byDue ? QVariant(key.sortValue) : QVariant(key.sortValue.toLongLong());
    w.add(QStringLiteral("(%1, id) %2 (?, ?)")
              .arg(column, descending ? QStringLiteral("<") : QStringLiteral(">")),
          {value, sql::uuid(key.id)});
}

RequestSummary readSummary(const QSqlQuery& q)
{
    RequestSummary r;
    int i = 0;
    auto next = [&] {
        return q.value(i++);
    };
    r.id = sql::uuid(next());
    r.number = next().toString();
    r.provisional = next().toInt() != 0;
    r.kind = fromCode<RequestKind>(next().toString()).value_or(RequestKind::Complaint);
    r.channel = fromCode<Channel>(next().toString()).value_or(Channel::CallCenter);
    r.status = fromCode<Status>(next().toString()).value_or(Status::Registered);
    r.districtCode = next().toString();
    r.categoryCode = next().toString();
    r.orgCode = next().toString();
    r.createdAt = sql::time(next());
    r.dueDate = sql::date(next());
    r.citizenName = next().toString();
    r.address = next().toString();
    r.description = next().toString();
    r.isIncident = next().toInt() != 0;
    r.linkedTo = sql::uuid(next());
    r.createdBy = next().toString();
    r.syncError = next().toString();
    return r;
}

} // namespace

RequestListStore::RequestListStore(Database& db)
    : m_db(db)
{
}

RequestListKey RequestListStore::keyOf(const RequestSummary& row, RequestOrder order)
{
    if (order == RequestOrder::DueFirst || order == RequestOrder::DueLast)
        return {row.dueDate.isValid() ? row.dueDate.toString(Qt::ISODate) : QStringLiteral("9999-12-31"),
                row.id};
    return {QString::number(sql::time(row.createdAt).toLongLong()), row.id};
}

Result<QList<RequestSummary>> RequestListStore::page(const RequestFilter& filter, RequestOrder order,
                                                     const std::optional<RequestListKey>& after, int limit)
{
    Where w = whereOf(filter);
    if (after)
        addAfter(w, order, *after);
    return select(w, order, limit);
}

Result<QList<RequestSummary>> RequestListStore::select(const Where& w, RequestOrder order, int limit)
{
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM requests%2%3 LIMIT %4")
                  .arg(kSummaryColumns, w.sql(), orderSql(order))
                  .arg(std::max(1, limit)));
    for (const QVariant& v : w.values)
        q.addBindValue(v);
    if (auto r = Database::run(q); !r)
        return r.error();
    QList<RequestSummary> out;
    while (q.next())
        out.append(readSummary(q));
    q.finish(); // ends SQLite's read transaction now, not when the query object dies
    return out;
}

Result<qint64> RequestListStore::count(const RequestFilter& filter)
{
    const Where w = whereOf(filter);
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM requests") + w.sql());
    for (const QVariant& v : w.values)
        q.addBindValue(v);
    if (auto r = Database::run(q); !r)
        return r.error();
    const qint64 n = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return n;
}

Result<QList<RequestSummary>> RequestListStore::lookAlikes(const QString& categoryCode,
                                                           const QStringList& foldedStreetNames,
                                                           const QDateTime& since, int limit)
{
    QStringList names = foldedStreetNames;
    names.removeIf([](const QString& n) { return n.trimmed().isEmpty(); });
    if (categoryCode.isEmpty() || names.isEmpty())
        return QList<RequestSummary> {};
    RequestFilter f;
    f.statuses = openStatuses();
    f.categoryCode = categoryCode;
    f.createdSince = since;
    Where w = whereOf(f);
    QStringList any;
    QVariantList values;
    for (const QString& name : std::as_const(names)) {
        any.append(QStringLiteral("search_text LIKE ?"));
        // The names come from reference data or a typed address: no LIKE wildcards in them.
        QString literal = name.trimmed();
        literal.remove(QLatin1Char('%')).remove(QLatin1Char('_'));
        values.append(QLatin1Char('%') + literal + QLatin1Char('%'));
    }
    w.add(QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')'), values);
    return select(w, RequestOrder::NewestFirst, limit);
}

Result<QList<RequestSummary>> RequestListStore::openIncidents(int limit)
{
    RequestFilter f;
    f.statuses = openStatuses();
    f.incidentsOnly = true;
    return page(f, RequestOrder::NewestFirst, std::nullopt, limit);
}

} // namespace tyndau
