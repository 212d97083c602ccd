#include "ReferenceData.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace tyndau {
namespace {

Error dataError(const QString& what)
{
    return Error {QStringLiteral("invalid_reference_data"),
                  QCoreApplication::translate("ReferenceData", "The reference data is damaged: %1").arg(what),
                  {}};
}

LocalizedName nameOf(const QJsonObject& o)
{
    return LocalizedName {o.value(QLatin1String("kk")).toString(), o.value(QLatin1String("ru")).toString(),
                          o.value(QLatin1String("en")).toString()};
}

QStringList stringsOf(const QJsonValue& v)
{
    QStringList out;
    for (const auto& item : v.toArray())
        out.append(item.toString());
    return out;
}

QPointF pointOf(const QJsonValue& latLon)
{
    const QJsonArray a = latLon.toArray();
    return QPointF(a.at(1).toDouble(), a.at(0).toDouble());
}

void readCategories(const QJsonArray& array, const QString& parent, QList<Category>& out)
{
    for (const auto& item : array) {
        const QJsonObject o = item.toObject();
        const QString code = o.value(QLatin1String("code")).toString();
        out.append(Category {code, parent, nameOf(o), o.value(QLatin1String("season")).toString()});
        readCategories(o.value(QLatin1String("children")).toArray(), code, out);
    }
}

Result<QJsonObject> parse(const QByteArray& json, const char* what)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return dataError(QStringLiteral("%1: %2").arg(QLatin1String(what), error.errorString()));
    return doc.object();
}

QByteArray readResource(const QString& name)
{
    QFile file(QStringLiteral(":/tyndau/reference/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("reference data %s is missing from the resources", qPrintable(name));
    return file.readAll();
}

} // namespace

QString LocalizedName::in(const QString& uiLanguage) const
{
    const QString& preferred = uiLanguage == QLatin1String("kk") ? kk
        : uiLanguage == QLatin1String("ru")                      ? ru
                                                                 : en;
    return preferred.isEmpty() ? ru : preferred;
}

Result<ReferenceData> ReferenceData::fromJson(const QByteArray& districts, const QByteArray& categories,
                                              const QByteArray& organizations, const QByteArray& streets)
{
    auto d = parse(districts, "districts");
    auto c = parse(categories, "categories");
    auto o = parse(organizations, "organizations");
    auto s = parse(streets, "streets");
    for (const auto* r : {&d, &c, &o, &s}) {
        if (!*r)
            return r->error();
    }
    ReferenceData data;
    for (const auto& item : d->value(QLatin1String("districts")).toArray()) {
        const QJsonObject obj = item.toObject();
        District district {obj.value(QLatin1String("code")).toString(),
                           nameOf(obj),
                           pointOf(obj.value(QLatin1String("center"))),
                           {},
                           obj.value(QLatin1String("population")).toInt()};
        for (const auto& p : obj.value(QLatin1String("polygon")).toArray())
            district.polygon.append(pointOf(p));
        data.m_districts.append(district);
    }
    readCategories(c->value(QLatin1String("categories")).toArray(), {}, data.m_categories);
    for (const auto& item : o->value(QLatin1String("organizations")).toArray()) {
        const QJsonObject obj = item.toObject();
        data.m_organizations.append(Organization {obj.value(QLatin1String("code")).toString(),
                                                  obj.value(QLatin1String("kind")).toString(), nameOf(obj),
                                                  obj.value(QLatin1String("phone")).toString(),
                                                  stringsOf(obj.value(QLatin1String("categories"))),
                                                  stringsOf(obj.value(QLatin1String("districts")))});
    }
    for (const auto& item : s->value(QLatin1String("streets")).toArray()) {
        const QJsonObject obj = item.toObject();
        LocalizedName name = nameOf(obj);
        name.en = name.ru;
        data.m_streets.append(Street {
            name, obj.value(QLatin1String("district")).toString(),
            QPointF(obj.value(QLatin1String("lon")).toDouble(), obj.value(QLatin1String("lat")).toDouble())});
    }
    return fromLists(std::move(data.m_districts), std::move(data.m_categories),
                     std::move(data.m_organizations), std::move(data.m_streets));
}

Result<ReferenceData> ReferenceData::fromLists(QList<District> districts, QList<Category> categories,
                                               QList<Organization> organizations, QList<Street> streets)
{
    ReferenceData data;
    data.m_districts = std::move(districts);
    data.m_categories = std::move(categories);
    data.m_organizations = std::move(organizations);
    data.m_streets = std::move(streets);
    if (data.m_districts.isEmpty() || data.m_categories.isEmpty() || data.m_organizations.isEmpty())
        return dataError(QStringLiteral("no districts, categories or organizations"));
    for (qsizetype i = 0; i < data.m_districts.size(); ++i)
        data.m_districtIndex.insert(data.m_districts[i].code, i);
    for (qsizetype i = 0; i < data.m_categories.size(); ++i)
        data.m_categoryIndex.insert(data.m_categories[i].code, i);
    for (qsizetype i = 0; i < data.m_organizations.size(); ++i)
        data.m_organizationIndex.insert(data.m_organizations[i].code, i);
    return data;
}

const ReferenceData& ReferenceData::almaty()
{
    static const ReferenceData shipped = [] {
        auto data = fromJson(
            readResource(QStringLiteral("districts.json")), readResource(QStringLiteral("categories.json")),
            readResource(QStringLiteral("organizations.json")), readResource(QStringLiteral("streets.json")));
        if (!data)
            qFatal("%s", qPrintable(data.error().message));
        return std::move(data).value();
    }();
    return shipped;
}

const District* ReferenceData::district(const QString& code) const
{
    const auto it = m_districtIndex.constFind(code);
    return it == m_districtIndex.cend() ? nullptr : &m_districts[*it];
}

const Category* ReferenceData::category(const QString& code) const
{
    const auto it = m_categoryIndex.constFind(code);
    return it == m_categoryIndex.cend() ? nullptr : &m_categories[*it];
}

const Organization* ReferenceData::organization(const QString& code) const
{
    const auto it = m_organizationIndex.constFind(code);
    return it == m_organizationIndex.cend() ? nullptr : &m_organizations[*it];
}

QList<Category> ReferenceData::children(const QString& parentCode) const
{
    QList<Category> out;
    for (const Category& c : m_categories) {
        if (c.parentCode == parentCode)
            out.append(c);
    }
    return out;
}

QString ReferenceData::districtAt(const QPointF& point) const
{
    for (const District& d : m_districts) {
        // Ray casting: a point is inside when a ray from it crosses the outline an odd
        // number of times.
        bool inside = false;
        const auto& poly = d.polygon;
        for (qsizetype i = 0, j = poly.size() - 1; i < poly.size(); j = i++) {
            const QPointF& a = poly[i];
            const QPointF& b = poly[j];
            if ((a.y() > point.y()) != (b.y() > point.y())
                && point.x() < (b.x() - a.x()) * (point.y() - a.y()) / (b.y() - a.y()) + a.x())
                inside = !inside;
        }
        if (inside)
            return d.code;
    }
    return {};
}

bool ReferenceData::isWithin(const QString& code, const QString& ancestor)
{
    return code == ancestor || (code.startsWith(ancestor) && code.at(ancestor.size()) == QLatin1Char('.'));
}

QString ReferenceData::suggestExecutor(const QString& categoryCode, const QString& districtCode) const
{
    QString best;
    int bestScore = std::numeric_limits<int>::min();
    for (const Organization& org : m_organizations) {
        const bool servesDistrict = org.districts.contains(districtCode);
        if (!servesDistrict && !org.districts.contains(QStringLiteral("*")))
            continue;
        // The body that does the work (a utility, a city service) before the department
        // that supervises it.
        const int operational
            = org.kind == QLatin1String("utility") || org.kind == QLatin1String("service") ? 1 : 0;
        for (const QString& served : org.categories) {
            int depth = 0;
            if (isWithin(categoryCode, served))
                depth = int(served.count(QLatin1Char('.'))) + 1;
            else if (isWithin(served, categoryCode))
                depth = -1; // asked for a whole branch: one serving part of it will do
            else
                continue;
            const int score = depth * 4 + (servesDistrict ? 2 : 0) + operational;
            // Ties go to the smaller code, so the answer does not depend on the order of the data.
            if (score > bestScore || (score == bestScore && org.code < best)) {
                bestScore = score;
                best = org.code;
            }
        }
    }
    return best;
}

} // namespace tyndau
