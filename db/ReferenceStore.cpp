#include "ReferenceStore.h"

#include "Database.h"
#include "SqlValues.h"
#include "Statement.h"
#include "core/PolicyWire.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tyndau {
namespace {

QString polygonJson(const QList<QPointF>& polygon)
{
    QJsonArray out;
    for (const QPointF& p : polygon)
        out.append(QJsonArray {p.y(), p.x()});
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

QList<QPointF> polygonFrom(const QString& json)
{
    QList<QPointF> out;
    for (const auto& p : QJsonDocument::fromJson(json.toUtf8()).array())
        out.append(QPointF(p.toArray().at(1).toDouble(), p.toArray().at(0).toDouble()));
    return out;
}

QString dayKind(CalendarDay::Kind kind)
{
    return PolicyWire::toCode(kind);
}

CalendarDay::Kind dayKindFrom(const QString& s)
{
    return PolicyWire::dayKindFromCode(s).value_or(CalendarDay::Kind::Holiday);
}

// Runs `sql` once per row of `rows`, binding what `bind` adds.
template <typename Rows, typename Bind>
Result<void> each(Database& db, const QString& sqlText, const Rows& rows, Bind bind)
{
    QSqlQuery q = db.query();
    q.prepare(sqlText);
    for (const auto& row : rows) {
        bind(q, row);
        if (auto r = Database::run(q); !r)
            return r;
    }
    return {};
}

// What one organization serves: its categories and districts.
Result<void> writeLinks(Database& db, const Organization& o)
{
    auto r = each(
        db, QStringLiteral("INSERT INTO organization_categories (org_code, category_code) VALUES (?, ?)"),
        o.categories, [&](QSqlQuery& q, const QString& c) {
            q.addBindValue(o.code);
            q.addBindValue(c);
        });
    if (r)
        r = each(db,
                 QStringLiteral("INSERT INTO organization_districts (org_code, district_code) VALUES (?, ?)"),
                 o.districts, [&](QSqlQuery& q, const QString& d) {
                     q.addBindValue(o.code);
                     q.addBindValue(d);
                 });
    return r;
}

// Removes what organizations serve: one's (by code) or, with an empty code, everyone's.
Result<void> deleteLinks(Database& db, const QString& code)
{
    for (const char* table : {"organization_categories", "organization_districts"}) {
        QSqlQuery q = db.query();
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE ? = '' OR org_code = ?").arg(QLatin1String(table)));
        q.addBindValue(sql::nonNull(code));
        q.addBindValue(sql::nonNull(code));
        if (auto r = Database::run(q); !r)
            return r;
    }
    return {};
}

// Each organization's row and what it serves, replacing what was stored for it (or, with
// `replaceAllLinks`, what was stored for anyone: a whole list from the shipped data or the feed).
Result<void> writeOrganizations(Database& db, const QList<Organization>& orgs, bool replaceAllLinks)
{
    auto r = each(
        db,
        QStringLiteral("INSERT INTO organizations (code, kind, name_kk, name_ru, name_en, phone) "
                       "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET kind = excluded.kind, "
                       "name_kk = excluded.name_kk, name_ru = excluded.name_ru, name_en = excluded.name_en, "
                       "phone = excluded.phone"),
        orgs, [](QSqlQuery& q, const Organization& o) {
            for (const QVariant& v : {QVariant(o.code), QVariant(o.kind), QVariant(o.name.kk),
                                      QVariant(o.name.ru), QVariant(o.name.en), sql::text(o.phone)})
                q.addBindValue(v);
        });
    if (r && replaceAllLinks)
        r = deleteLinks(db, {});
    for (const Organization& o : orgs) {
        if (r && !replaceAllLinks)
            r = deleteLinks(db, o.code);
        if (r)
            r = writeLinks(db, o);
    }
    return r;
}

// The categories in the order given, which is the tree's order.
Result<void> writeCategories(Database& db, const QList<Category>& categories)
{
    int position = 0;
    return each(db,
                QStringLiteral(
                    "INSERT INTO categories (code, parent_code, name_kk, name_ru, name_en, season, position) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET parent_code = "
                    "excluded.parent_code, name_kk = excluded.name_kk, name_ru = excluded.name_ru, "
                    "name_en = excluded.name_en, season = excluded.season, position = excluded.position"),
                categories, [&](QSqlQuery& q, const Category& c) {
                    for (const QVariant& v :
                         {QVariant(c.code), sql::text(c.parentCode), QVariant(c.name.kk), QVariant(c.name.ru),
                          QVariant(c.name.en), sql::text(c.season), QVariant(position++)})
                        q.addBindValue(v);
                });
}

} // namespace

ReferenceStore::ReferenceStore(Database& db)
    : m_db(db)
{
}

Result<void> ReferenceStore::importReference(const ReferenceData& data)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    auto r = each(
        m_db,
        QStringLiteral(
            "INSERT INTO districts (code, name_kk, name_ru, name_en, center_lat, center_lon, "
            "polygon, population) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE "
            "SET name_kk = excluded.name_kk, name_ru = excluded.name_ru, name_en = excluded.name_en, "
            "center_lat = excluded.center_lat, center_lon = excluded.center_lon, "
            "polygon = excluded.polygon, population = excluded.population"),
        data.districts(), [](QSqlQuery& q, const District& d) {
            for (const QVariant& v : {QVariant(d.code), QVariant(d.name.kk), QVariant(d.name.ru),
                                      QVariant(d.name.en), QVariant(d.center.y()), QVariant(d.center.x()),
                                      QVariant(polygonJson(d.polygon)), QVariant(d.population)})
                q.addBindValue(v);
        });
    if (r)
        r = writeCategories(m_db, data.categories());
    if (r)
        r = writeOrganizations(m_db, data.organizations(), true);
    if (r)
        r = each(m_db,
                 QStringLiteral(
                     "INSERT INTO streets (name_kk, name_ru, district_code, lat, lon) VALUES (?, ?, ?, ?, ?) "
                     "ON CONFLICT (name_ru, district_code) DO UPDATE SET name_kk = excluded.name_kk, "
                     "lat = excluded.lat, lon = excluded.lon"),
                 data.streets(), [](QSqlQuery& q, const Street& s) {
                     for (const QVariant& v :
                          {QVariant(s.name.kk), QVariant(s.name.ru), QVariant(s.districtCode),
                           QVariant(s.location.y()), QVariant(s.location.x())})
                         q.addBindValue(v);
                 });
    if (!r)
        return r;
    return tx.commit();
}

Result<bool> ReferenceStore::hasCatalog()
{
    QSqlQuery q = m_db.query();
    if (!q.exec(QStringLiteral("SELECT 1 FROM organizations LIMIT 1")))
        return Database::errorOf(q);
    return q.next();
}

Result<ReferenceData> ReferenceStore::loadReference()
{
    QList<District> districts;
    QList<Category> categories;
    QList<Organization> orgs;
    QList<Street> streets;
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT code, name_kk, name_ru, name_en, center_lat, center_lon, polygon, population "
            "FROM districts ORDER BY code")))
        return Database::errorOf(q);
    while (q.next())
        districts.append(District {q.value(0).toString(),
                                   {q.value(1).toString(), q.value(2).toString(), q.value(3).toString()},
                                   QPointF(q.value(5).toDouble(), q.value(4).toDouble()),
                                   polygonFrom(q.value(6).toString()),
                                   q.value(7).toInt()});
    if (!q.exec(QStringLiteral("SELECT code, parent_code, name_kk, name_ru, name_en, season FROM categories "
                               "ORDER BY position")))
        return Database::errorOf(q);
    while (q.next())
        categories.append(Category {q.value(0).toString(),
                                    q.value(1).toString(),
                                    {q.value(2).toString(), q.value(3).toString(), q.value(4).toString()},
                                    q.value(5).toString()});
    if (!q.exec(QStringLiteral("SELECT code, kind, name_kk, name_ru, name_en, phone FROM organizations "
                               "WHERE active = 1 ORDER BY code")))
        return Database::errorOf(q);
    QHash<QString, qsizetype> orgIndex;
    while (q.next()) {
        orgIndex.insert(q.value(0).toString(), orgs.size());
        orgs.append(Organization {q.value(0).toString(),
                                  q.value(1).toString(),
                                  {q.value(2).toString(), q.value(3).toString(), q.value(4).toString()},
                                  q.value(5).toString(),
                                  {},
                                  {}});
    }
    for (const char* table : {"organization_categories", "organization_districts"}) {
        const bool cats = QLatin1String(table) == QLatin1String("organization_categories");
        if (!q.exec(QStringLiteral("SELECT org_code, %1 FROM %2 ORDER BY 1, 2")
                        .arg(cats ? QStringLiteral("category_code") : QStringLiteral("district_code"),
                             QLatin1String(table))))
            return Database::errorOf(q);
        while (q.next()) {
            const auto it = orgIndex.constFind(q.value(0).toString());
            if (it == orgIndex.cend())
                continue;
            (cats ? orgs[*it].categories : orgs[*it].districts).append(q.value(1).toString());
        }
    }
    if (!q.exec(QStringLiteral("SELECT name_kk, name_ru, district_code, lat, lon FROM streets ORDER BY id")))
        return Database::errorOf(q);
    while (q.next())
        streets.append(Street {{q.value(0).toString(), q.value(1).toString(), q.value(1).toString()},
                               q.value(2).toString(),
                               QPointF(q.value(4).toDouble(), q.value(3).toDouble())});
    return ReferenceData::fromLists(districts, categories, orgs, streets);
}

Result<void> ReferenceStore::importCalendar(const WorkingCalendar& calendar)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    for (const CalendarDay& day : calendar.days()) {
        if (auto r = setCalendarDay(day); !r)
            return r;
    }
    return tx.commit();
}

Result<void> ReferenceStore::setCalendarDay(const CalendarDay& day)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral(
        "INSERT INTO calendar_days (day, kind, name_kk, name_ru, name_en) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (day) DO UPDATE SET kind = excluded.kind, name_kk = excluded.name_kk, "
        "name_ru = excluded.name_ru, name_en = excluded.name_en"));
    for (const QVariant& v : {sql::date(day.date), QVariant(dayKind(day.kind)), sql::nonNull(day.nameKk),
                              sql::nonNull(day.nameRu), sql::nonNull(day.nameEn)})
        q.addBindValue(v);
    return Database::run(q);
}

Result<void> ReferenceStore::removeCalendarDay(QDate date)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("DELETE FROM calendar_days WHERE day = ?"));
    q.addBindValue(sql::date(date));
    return Database::run(q);
}

Result<WorkingCalendar> ReferenceStore::loadCalendar()
{
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT day, kind, name_kk, name_ru, name_en FROM calendar_days")))
        return Database::errorOf(q);
    WorkingCalendar calendar;
    while (q.next())
        calendar.set(CalendarDay {sql::date(q.value(0)), dayKindFrom(q.value(1).toString()),
                                  q.value(2).toString(), q.value(3).toString(), q.value(4).toString()});
    return calendar;
}

Result<void> ReferenceStore::replacePolicy(const DeadlinePolicy& policy)
{
    if (auto r = m_db.exec(QStringLiteral("DELETE FROM calendar_days")); !r)
        return r;
    for (const CalendarDay& day : policy.calendar().days())
        if (auto r = setCalendarDay(day); !r)
            return r;
    for (RequestKind k : allValues<RequestKind>())
        if (auto r = setDeadlineTerm(k, policy.term(k)); !r)
            return r;
    return {};
}

Result<void> ReferenceStore::setDeadlineTerm(RequestKind kind, int workingDays)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT INTO deadline_terms (kind, working_days) VALUES (?, ?) "
                             "ON CONFLICT (kind) DO UPDATE SET working_days = excluded.working_days"));
    q.addBindValue(toCode(kind));
    q.addBindValue(workingDays);
    return Database::run(q);
}

Result<DeadlinePolicy> ReferenceStore::loadDeadlinePolicy()
{
    auto calendar = loadCalendar();
    if (!calendar)
        return calendar.error();
    DeadlinePolicy policy(calendar.value());
    QSqlQuery q = m_db.query();
    if (!q.exec(QStringLiteral("SELECT kind, working_days FROM deadline_terms")))
        return Database::errorOf(q);
    while (q.next()) {
        if (auto kind = fromCode<RequestKind>(q.value(0).toString()))
            policy.setTerm(*kind, q.value(1).toInt());
    }
    return policy;
}

Result<void> ReferenceStore::upsertOrganization(const Organization& organization)
{
    return writeOrganizations(m_db, {organization}, false);
}

Result<void> ReferenceStore::upsertCategory(const Category& c)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral(
        "INSERT INTO categories (code, parent_code, name_kk, name_ru, name_en, season, position) "
        "VALUES (?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM categories)) "
        "ON CONFLICT (code) DO UPDATE SET name_kk = excluded.name_kk, name_ru = excluded.name_ru, "
        "name_en = excluded.name_en, season = excluded.season"));
    for (const QVariant& v : {QVariant(c.code), sql::text(c.parentCode), QVariant(c.name.kk),
                              QVariant(c.name.ru), QVariant(c.name.en), sql::text(c.season)})
        q.addBindValue(v);
    return Database::run(q);
}

Result<void> ReferenceStore::replaceCatalog(const QList<Category>& categories,
                                            const QList<Organization>& organizations)
{
    auto r = writeCategories(m_db, categories);
    if (r)
        r = writeOrganizations(m_db, organizations, true);
    return r;
}

// Asked before every API call (the server reloads its lists when it moved): kept prepared.
Result<qint64> ReferenceStore::version()
{
    Statement q(m_db, QStringLiteral("SELECT version FROM reference_version WHERE id = 1"));
    if (auto r = q.run(); !r)
        return r.error();
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<void> ReferenceStore::bumpVersion()
{
    return m_db.exec(QStringLiteral("UPDATE reference_version SET version = version + 1 WHERE id = 1"));
}

Result<qint64> ReferenceStore::upsertUser(const User& u)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral(
        "INSERT INTO users (login, display_name, role, org_code, active) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (login) DO UPDATE SET display_name = excluded.display_name, "
        "role = excluded.role, org_code = excluded.org_code, active = excluded.active"));
    for (const QVariant& v : {QVariant(u.login), sql::nonNull(u.displayName), QVariant(toCode(u.role)),
                              sql::text(u.orgCode), QVariant(u.active ? 1 : 0)})
        q.addBindValue(v);
    if (auto r = Database::run(q); !r)
        return r.error();
    auto stored = user(u.login);
    if (!stored)
        return stored.error();
    return stored.value() ? stored.value()->id : qint64(0);
}

Result<std::optional<User>> ReferenceStore::user(const QString& login)
{
    QSqlQuery q = m_db.query();
    q.prepare(
        QStringLiteral("SELECT id, login, display_name, role, org_code, active FROM users WHERE login = ?"));
    q.addBindValue(login);
    if (auto r = Database::run(q); !r)
        return r.error();
    if (!q.next())
        return std::optional<User> {};
    return std::optional<User>(User {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                     fromCode<Role>(q.value(3).toString()).value_or(Role::Operator),
                                     q.value(4).toString(), q.value(5).toInt() != 0});
}

Result<QList<User>> ReferenceStore::users()
{
    QSqlQuery q = m_db.query();
    if (!q.exec(QStringLiteral("SELECT login FROM users ORDER BY login")))
        return Database::errorOf(q);
    QList<User> out;
    QStringList logins;
    while (q.next())
        logins.append(q.value(0).toString());
    for (const QString& login : logins) {
        auto u = user(login);
        if (!u)
            return u.error();
        if (u.value())
            out.append(*u.value());
    }
    return out;
}

} // namespace tyndau
