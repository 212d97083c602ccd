#pragma once

#include "ReferenceData.h"
#include "Result.h"

#include <QJsonObject>

namespace tyndau {

// Organizations and categories on the wire: in an admin's upsert_organization and
// upsert_category operations, and in the change feed's "reference" entity that carries
// both lists to every workstation after a change.
//   organization: {"code","kind","name_kk","name_ru","name_en","phone","categories":[…],"districts":[…]}
//   category:     {"code","parent_code","name_kk","name_ru","name_en","season"}
//   catalog:      {"categories":[…], "organizations":[…]} (categories in tree order)
class ReferenceWire
{
public:
    static QJsonObject toJson(const Organization& organization);
    static QJsonObject toJson(const Category& category);
    // A wrong type is an error naming the field; the content is checked by ReferenceRules.
    static Result<Organization> organizationFromJson(const QJsonObject& json);
    static Result<Category> categoryFromJson(const QJsonObject& json);

    struct Catalog
    {
        QList<Category> categories;
        QList<Organization> organizations;
    };
    static QJsonObject catalogToJson(const ReferenceData& reference);
    static Result<Catalog> catalogFromJson(const QJsonObject& json);
};

} // namespace tyndau
