#include "UserAccount.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tyndau {
namespace {

Error wrongType(const char* field, const QString& what)
{
    return Error {QStringLiteral("invalid_type"),
                  QStringLiteral("“%1” must be %2.").arg(QLatin1String(field), what), QLatin1String(field)};
}

Error problem(const char* field, const char* code, const QString& message)
{
    return Error {QLatin1String(code), message, QLatin1String(field)};
}

} // namespace

QJsonObject UserAccount::toJson(const User& u)
{
    return QJsonObject {{QStringLiteral("login"), u.login},
                        {QStringLiteral("display_name"), u.displayName},
                        {QStringLiteral("role"), toCode(u.role)},
                        {QStringLiteral("organization"), u.orgCode},
                        {QStringLiteral("active"), u.active}};
}

Result<User> UserAccount::merged(User user, const QJsonObject& json)
{
    for (auto [key, target] : {std::pair {"login", &user.login},
                               {"display_name", &user.displayName},
                               {"organization", &user.orgCode}}) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined())
            continue;
        if (!v.isString() && !v.isNull())
            return wrongType(key, QStringLiteral("text"));
        *target = v.toString().trimmed();
    }
    if (const QJsonValue v = json.value(QLatin1String("role")); !v.isUndefined()) {
        const auto role = fromCode<Role>(v.toString());
        if (!v.isString() || !role)
            return problem("role", "invalid",
                           QStringLiteral("“role” is operator, executor, inspector, supervisor or admin."));
        user.role = *role;
    }
    if (const QJsonValue v = json.value(QLatin1String("active")); !v.isUndefined()) {
        if (!v.isBool())
            return wrongType("active", QStringLiteral("true or false"));
        user.active = v.toBool();
    }
    if (const QJsonValue v = json.value(QLatin1String("password")); !v.isUndefined() && !v.isString())
        return wrongType("password", QStringLiteral("text"));
    return user;
}

QList<Error> UserAccount::check(const User& u, const QString& password, bool isNew,
                                const ReferenceData& reference)
{
    QList<Error> out;
    static const QRegularExpression login(QStringLiteral("^[a-z0-9][a-z0-9_.-]{2,63}$"));
    if (!login.match(u.login).hasMatch())
        out.append(
            problem("login", "invalid",
                    QCoreApplication::translate("UserAccount",
                                                "The login is 3 to 64 Latin lower-case letters, digits, "
                                                "“_”, “.” or “-”.")));
    if (u.displayName.trimmed().isEmpty() || u.displayName.size() > 200)
        out.append(problem(
            "display_name", "required",
            QCoreApplication::translate("UserAccount", "Write the person's name (up to 200 characters).")));
    if (u.role == Role::Executor && !reference.organization(u.orgCode))
        out.append(problem(
            "organization", "required",
            QCoreApplication::translate("UserAccount", "An executor works for an organization: choose it.")));
    if (u.role != Role::Executor && !u.orgCode.isEmpty())
        out.append(problem(
            "organization", "invalid",
            QCoreApplication::translate("UserAccount", "Only an executor belongs to an organization.")));
    if ((isNew || !password.isEmpty()) && password.size() < kMinPassword)
        out.append(
            problem("password", "too_short",
                    QCoreApplication::translate("UserAccount", "The password needs at least %n characters.",
                                                nullptr, kMinPassword)));
    if (password.size() > 200)
        out.append(problem("password", "too_long",
                           QCoreApplication::translate("UserAccount", "The password is too long.")));
    return out;
}

} // namespace tyndau
