#include "StatisticsStore.h"

#include "Database.h"
#include "SqlValues.h"

#include <cmath>

namespace tyndau {
namespace {

constexpr qint64 kDayMs = 86400000;

// Almaty days are counted as whole days since 1970 at the period's UTC offset: integer
// arithmetic that both dialects do the same way and that an index on created_at serves.
qint64 offsetMs(const TimeSpan& span)
{
    return qint64(AlmatyTime::zone().offsetFromUtc(span.begin)) * 1000;
}

QDate dayOf(qint64 dayNumber)
{
    return QDate(1970, 1, 1).addDays(dayNumber);
}

QString dueDay(Dialect d)
{
    return d == Dialect::PostgreSQL ? QStringLiteral("(due_date::date - DATE '1970-01-01')")
                                    : QStringLiteral("CAST(julianday(due_date) - 2440587.5 AS INTEGER)");
}

QString street(Dialect d)
{
    return d == Dialect::PostgreSQL
        ? QStringLiteral("trim(split_part(address, ',', 1))")
        : QStringLiteral(
            "trim(CASE WHEN instr(address, ',') > 0 THEN substr(address, 1, instr(address, ',') - 1) "
            "ELSE address END)");
}

const QString kInSpan = QStringLiteral(" WHERE created_at >= ? AND created_at < ?");

// Runs `sql` with the span's bounds (and `extra` values first) and hands each row to `row`.
template <typename Row>
Result<void> eachRow(Database& db, const QString& sql, const TimeSpan& span, const QVariantList& extra,
                     Row row)
{
    QSqlQuery q = db.query();
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : extra)
        q.addBindValue(v);
    q.addBindValue(sql::time(span.begin));
    q.addBindValue(sql::time(span.end));
    if (auto r = Database::run(q); !r)
        return r;
    while (q.next())
        row(q);
    q.finish();
    return {};
}

Result<QHash<QString, int>> countBy(Database& db, const QString& key, const TimeSpan& span)
{
    QHash<QString, int> out;
    auto r
        = eachRow(db, QStringLiteral("SELECT %1 AS k, COUNT(*) FROM requests%2 GROUP BY k").arg(key, kInSpan),
                  span, {}, [&](const QSqlQuery& q) {
                      if (!q.value(0).toString().isEmpty())
                          out.insert(q.value(0).toString(), q.value(1).toInt());
                  });
    if (!r)
        return r.error();
    return out;
}

} // namespace

StatisticsStore::StatisticsStore(Database& db)
    : m_db(db)
{
}

Result<PeriodFigures> StatisticsStore::figures(const TimeSpan& span, QDate today)
{
    PeriodFigures f;
    f.span = span;
    const qint64 off = offsetMs(span);
    auto days = eachRow(
        m_db,
        QStringLiteral(
            "SELECT (created_at + ?) / %1 AS d, channel, COUNT(*) FROM requests%2 GROUP BY d, channel")
            .arg(kDayMs)
            .arg(kInSpan),
        span, {off}, [&](const QSqlQuery& q) {
            const auto channel = fromCode<Channel>(q.value(1).toString());
            const int n = q.value(2).toInt();
            if (channel)
                f.perDayByChannel[dayOf(q.value(0).toLongLong())][*channel] += n;
            f.total += n;
        });
    if (!days)
        return days.error();
    auto categories = countBy(m_db, QStringLiteral("category_code"), span);
    auto districts = countBy(m_db, QStringLiteral("district_code"), span);
    if (!categories || !districts)
        return !categories ? categories.error() : districts.error();
    f.byCategory = categories.value();
    f.byDistrict = districts.value();

    const QString due = dueDay(m_db.dialect());
    const QString orgSql
        = QStringLiteral(
              "SELECT org_code, COUNT(*), "
              "SUM(CASE WHEN answered_at IS NOT NULL THEN 1 ELSE 0 END), "
              "SUM(CASE WHEN answered_at IS NOT NULL AND (answered_at + ?) / %1 <= %2 THEN 1 ELSE 0 END), "
              "SUM(CASE WHEN answered_at IS NULL AND closed_at IS NULL AND %2 < ? THEN 1 ELSE 0 END), "
              "SUM(CASE WHEN return_count > 0 THEN 1 ELSE 0 END), "
              "AVG(CASE WHEN answered_at IS NOT NULL THEN (answered_at - registered_at) / 3600000.0 END), "
              "AVG(CASE WHEN quality_score >= 0 THEN quality_score * 1.0 END), "
              "SUM(CASE WHEN quality_score >= 0 THEN 1 ELSE 0 END) "
              "FROM requests%3 AND org_code IS NOT NULL GROUP BY org_code ORDER BY COUNT(*) DESC, org_code")
              .arg(kDayMs)
              .arg(due, kInSpan);
    const qint64 todayNumber = QDate(1970, 1, 1).daysTo(today);
    auto orgs = eachRow(m_db, orgSql, span, {off, todayNumber}, [&](const QSqlQuery& q) {
        f.byOrganization.append(
            OrganizationFigures {q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt(),
                                 q.value(3).toInt(), q.value(4).toInt(), q.value(5).toInt(),
                                 q.value(6).toDouble(), q.value(7).toDouble(), q.value(8).toInt()});
    });
    if (!orgs)
        return orgs.error();

    auto other = eachRow(
        m_db,
        QStringLiteral("SELECT SUM(CASE WHEN status = 'consulted' THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN status = 'linked_to_incident' THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN satisfaction > 0 THEN 1 ELSE 0 END), "
                       "AVG(CASE WHEN satisfaction > 0 THEN satisfaction * 1.0 END), "
                       "SUM(CASE WHEN quality_score >= 0 THEN 1 ELSE 0 END), "
                       "AVG(CASE WHEN quality_score >= 0 THEN quality_score * 1.0 END) FROM requests")
            + kInSpan,
        span, {}, [&](const QSqlQuery& q) {
            f.consultations = q.value(0).toInt();
            f.linkedToIncidents = q.value(1).toInt();
            f.satisfactionCount = q.value(2).toInt();
            f.satisfactionAverage = q.value(3).toDouble();
            f.qualityCount = q.value(4).toInt();
            f.qualityAverage = q.value(5).toDouble();
        });
    if (!other)
        return other.error();
    return f;
}

Result<QList<AcuteIssue>> StatisticsStore::acuteIssues(const TimeSpan& span, int periodsBefore, int minCount)
{
    TimeSpan before;
    before.begin = span.begin.addMSecs(-span.begin.msecsTo(span.end) * periodsBefore);
    before.end = span.begin;
    const QList<std::pair<AcuteIssue::Kind, QString>> keys {
        {AcuteIssue::Kind::Category, QStringLiteral("category_code")},
        {AcuteIssue::Kind::District, QStringLiteral("district_code")},
        {AcuteIssue::Kind::Street, street(m_db.dialect())},
    };
    QList<AcuteIssue> out;
    for (const auto& [kind, key] : keys) {
        auto now = countBy(m_db, key, span);
        auto earlier = countBy(m_db, key, before);
        if (!now || !earlier)
            return !now ? now.error() : earlier.error();
        for (auto it = now->cbegin(); it != now->cend(); ++it) {
            const double usual = earlier->value(it.key()) / double(std::max(1, periodsBefore));
            if (it.value() < minCount || it.value() < 1.5 * usual)
                continue;
            out.append(
                AcuteIssue {kind, it.key(), it.value(), usual, (it.value() - usual) / std::sqrt(usual + 1)});
        }
    }
    std::sort(out.begin(), out.end(), [](const AcuteIssue& a, const AcuteIssue& b) {
        return a.score != b.score ? a.score > b.score : a.key < b.key;
    });
    return out;
}

Result<QList<QPointF>> StatisticsStore::points(const TimeSpan& span)
{
    QList<QPointF> out;
    auto r = eachRow(m_db,
                     QStringLiteral("SELECT longitude, latitude FROM requests") + kInSpan
                         + QStringLiteral(" AND latitude IS NOT NULL AND longitude IS NOT NULL"),
                     span, {}, [&](const QSqlQuery& q) {
                         out.append({q.value(0).toDouble(), q.value(1).toDouble()});
                     });
    if (!r)
        return r.error();
    return out;
}

} // namespace tyndau
