#include "ReferenceRules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tyndau {
namespace {

Error problem(const char* field, const char* code, const QString& message)
{
    return Error {QLatin1String(code), message, QLatin1String(field)};
}

void checkNames(const LocalizedName& name, QList<Error>& out)
{
    for (auto [field, value] : {std::pair {"name_kk", &name.kk}, {"name_ru", &name.ru}}) {
        if (value->trimmed().isEmpty())
            out.append(problem(
                field, "required",
                QCoreApplication::translate("ReferenceRules", "Write the name in Kazakh and in Russian.")));
    }
    for (auto [field, value] :
         {std::pair {"name_kk", &name.kk}, {"name_ru", &name.ru}, {"name_en", &name.en}}) {
        if (value->size() > ReferenceRules::kMaxName)
            out.append(problem(field, "too_long",
                               QCoreApplication::translate(
                                   "ReferenceRules", "The name is too long (at most 300 characters).")));
    }
}

} // namespace

QStringList ReferenceRules::organizationKinds()
{
    return {QStringLiteral("akimat"), QStringLiteral("department"), QStringLiteral("utility"),
            QStringLiteral("service")};
}

QList<Error> ReferenceRules::check(const Organization& o, const ReferenceData& reference)
{
    QList<Error> out;
    static const QRegularExpression code(QStringLiteral("^[a-z0-9][a-z0-9_.-]{1,63}$"));
    if (!code.match(o.code).hasMatch())
        out.append(problem(
            "code", "invalid",
            QCoreApplication::translate(
                "ReferenceRules", "The code is 2 to 64 Latin lower-case letters, digits, “_”, “.” or “-”.")));
    if (!organizationKinds().contains(o.kind))
        out.append(problem(
            "kind", "invalid",
            QCoreApplication::translate("ReferenceRules", "Choose what kind of organization it is.")));
    checkNames(o.name, out);
    if (o.phone.size() > 50)
        out.append(problem("phone", "too_long",
                           QCoreApplication::translate("ReferenceRules", "The phone number is too long.")));
    for (const QString& c : o.categories) {
        if (!reference.category(c))
            out.append(problem("categories", "invalid",
                               QCoreApplication::translate("ReferenceRules", "Unknown category: %1").arg(c)));
    }
    for (const QString& d : o.districts) {
        if (d != QLatin1String("*") && !reference.district(d))
            out.append(problem("districts", "invalid",
                               QCoreApplication::translate("ReferenceRules", "Unknown district: %1").arg(d)));
    }
    return out;
}

QList<Error> ReferenceRules::check(const Category& c, const ReferenceData& reference)
{
    QList<Error> out;
    static const QRegularExpression code(QStringLiteral("^[a-z0-9_]+(\\.[a-z0-9_]+)*$"));
    if (!code.match(c.code).hasMatch() || c.code.size() > 100)
        out.append(
            problem("code", "invalid",
                    QCoreApplication::translate(
                        "ReferenceRules",
                        "The code is Latin lower-case words joined by dots, as in “heating.outage”.")));
    const Category* existing = reference.category(c.code);
    if (existing && existing->parentCode != c.parentCode)
        out.append(
            problem("parent_code", "invalid",
                    QCoreApplication::translate(
                        "ReferenceRules",
                        "A category stays where it is in the tree; add a new one elsewhere instead.")));
    if (!c.parentCode.isEmpty() && !reference.category(c.parentCode))
        out.append(problem(
            "parent_code", "invalid",
            QCoreApplication::translate("ReferenceRules", "Unknown parent category: %1").arg(c.parentCode)));
    const QString expectedPrefix = c.parentCode.isEmpty() ? QString() : c.parentCode + QLatin1Char('.');
    const QString rest = c.code.mid(expectedPrefix.size());
    if (!c.code.startsWith(expectedPrefix) || rest.isEmpty() || rest.contains(QLatin1Char('.')))
        out.append(problem(
            "code", "invalid",
            QCoreApplication::translate("ReferenceRules",
                                        "A category's code is its parent's code, a dot and one more word.")));
    checkNames(c.name, out);
    if (!c.season.isEmpty() && c.season != QLatin1String("winter") && c.season != QLatin1String("summer"))
        out.append(
            problem("season", "invalid",
                    QCoreApplication::translate("ReferenceRules", "The season is winter, summer or none.")));
    return out;
}

} // namespace tyndau
