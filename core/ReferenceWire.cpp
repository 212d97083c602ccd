#include "ReferenceWire.h"

#include <QJsonArray>

namespace tyndau {
namespace {

Error wrongType(const QString& field, const QString& what)
{
    return Error {QStringLiteral("invalid_type"), QStringLiteral("“%1” must be %2.").arg(field, what), field};
}

// The string at `key`: absent is empty, anything but a string is an error.
Result<QString> text(const QJsonObject& json, const char* key)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return QString();
    if (!v.isString())
        return wrongType(QLatin1String(key), QStringLiteral("text"));
    return v.toString().trimmed();
}

Result<QStringList> codes(const QJsonObject& json, const char* key)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return QStringList();
    if (!v.isArray())
        return wrongType(QLatin1String(key), QStringLiteral("a list of codes"));
    QStringList out;
    for (const auto& item : v.toArray()) {
        if (!item.isString())
            return wrongType(QLatin1String(key), QStringLiteral("a list of codes"));
        if (!out.contains(item.toString()))
            out.append(item.toString());
    }
    return out;
}

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

QJsonObject ReferenceWire::toJson(const Organization& o)
{
    return QJsonObject {{QStringLiteral("code"), o.code},
                        {QStringLiteral("kind"), o.kind},
                        {QStringLiteral("name_kk"), o.name.kk},
                        {QStringLiteral("name_ru"), o.name.ru},
                        {QStringLiteral("name_en"), o.name.en},
                        {QStringLiteral("phone"), o.phone},
                        {QStringLiteral("categories"), toArray(o.categories)},
                        {QStringLiteral("districts"), toArray(o.districts)}};
}

QJsonObject ReferenceWire::toJson(const Category& c)
{
    return QJsonObject {{QStringLiteral("code"), c.code},       {QStringLiteral("parent_code"), c.parentCode},
                        {QStringLiteral("name_kk"), c.name.kk}, {QStringLiteral("name_ru"), c.name.ru},
                        {QStringLiteral("name_en"), c.name.en}, {QStringLiteral("season"), c.season}};
}

Result<Organization> ReferenceWire::organizationFromJson(const QJsonObject& json)
{
    Organization o;
    for (auto [key, target] : {std::pair {"code", &o.code},
                               {"kind", &o.kind},
                               {"name_kk", &o.name.kk},
                               {"name_ru", &o.name.ru},
                               {"name_en", &o.name.en},
                               {"phone", &o.phone}}) {
        auto value = text(json, key);
        if (!value)
            return value.error();
        *target = value.value();
    }
    auto categories = codes(json, "categories");
    if (!categories)
        return categories.error();
    auto districts = codes(json, "districts");
    if (!districts)
        return districts.error();
    o.categories = categories.value();
    o.districts = districts.value();
    if (o.name.en.isEmpty())
        o.name.en = o.name.ru; // English is optional: the interface falls back to Russian
    return o;
}

Result<Category> ReferenceWire::categoryFromJson(const QJsonObject& json)
{
    Category c;
    for (auto [key, target] : {std::pair {"code", &c.code},
                               {"parent_code", &c.parentCode},
                               {"name_kk", &c.name.kk},
                               {"name_ru", &c.name.ru},
                               {"name_en", &c.name.en},
                               {"season", &c.season}}) {
        auto value = text(json, key);
        if (!value)
            return value.error();
        *target = value.value();
    }
    if (c.name.en.isEmpty())
        c.name.en = c.name.ru;
    return c;
}

QJsonObject ReferenceWire::catalogToJson(const ReferenceData& reference)
{
    QJsonArray categories;
    for (const Category& c : reference.categories())
        categories.append(toJson(c));
    QJsonArray organizations;
    for (const Organization& o : reference.organizations())
        organizations.append(toJson(o));
    return QJsonObject {{QStringLiteral("categories"), categories},
                        {QStringLiteral("organizations"), organizations}};
}

Result<ReferenceWire::Catalog> ReferenceWire::catalogFromJson(const QJsonObject& json)
{
    Catalog catalog;
    for (const auto& item : json.value(QLatin1String("categories")).toArray()) {
        auto c = categoryFromJson(item.toObject());
        if (!c)
            return c.error();
        catalog.categories.append(c.value());
    }
    for (const auto& item : json.value(QLatin1String("organizations")).toArray()) {
        auto o = organizationFromJson(item.toObject());
        if (!o)
            return o.error();
        catalog.organizations.append(o.value());
    }
    if (catalog.categories.isEmpty() || catalog.organizations.isEmpty())
        return Error {QStringLiteral("invalid"),
                      QStringLiteral("The catalog has no categories or organizations."),
                      QStringLiteral("reference")};
    return catalog;
}

} // namespace tyndau
