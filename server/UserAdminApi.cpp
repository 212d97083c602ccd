#include "UserAdminApi.h"

#include "AdminApi.h"
#include "AuthService.h"
#include "Authorize.h"
#include "PasswordHasher.h"
#include "Router.h"
#include "core/Clock.h"
#include "core/UserAccount.h"
#include "core/WireFormat.h"
#include "db/AuditStore.h"
#include "db/AuthStore.h"
#include "db/Database.h"
#include "db/ReferenceStore.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace tyndau {
namespace {

constexpr qsizetype kMaxBody = 16 * 1024;

std::variant<AuthContext, HttpResponse> asAdmin(AuthService& auth, const HttpRequest& request)
{
    return authorizeFor(auth, request, Permission::ManageUsers,
                        QCoreApplication::translate("Server", "Only an administrator manages users."));
}

HttpResponse internal()
{
    return HttpResponse::error(500, QStringLiteral("internal"),
                               QCoreApplication::translate("Server", "The server failed; try again."));
}

HttpResponse refused(const Error& e)
{
    return HttpResponse::error(422, e.code, e.message, e.field);
}

// What changed, for the audit log: the new values of the fields that differ, and that the
// password changed, never the password.
QJsonObject changes(const std::optional<User>& before, const User& after, bool passwordSet)
{
    const QJsonObject now = UserAccount::toJson(after);
    const QJsonObject was = before ? UserAccount::toJson(*before) : QJsonObject {};
    QJsonObject out;
    for (auto it = now.begin(); it != now.end(); ++it) {
        if (was.value(it.key()) != it.value())
            out.insert(it.key(), it.value());
    }
    if (passwordSet)
        out.insert(QStringLiteral("password"), QStringLiteral("set"));
    return out;
}

// A new password's hash stored; false when hashing or storing failed (nothing half-done is
// committed: the caller's transaction rolls back).
bool setPassword(Database& db, const QString& login, const QString& password)
{
    const QString hash = PasswordHasher::hash(password);
    return !hash.isEmpty() && AuthStore(db).setPasswordHash(login, hash).ok();
}

} // namespace

UserAdminApi::UserAdminApi(Database& db, AuthService& auth, const ReferenceData& reference)
    : m_db(db)
    , m_auth(auth)
    , m_reference(reference)
{
}

void UserAdminApi::addRoutes(Router& router)
{
    router.add("GET", QStringLiteral("/api/v1/admin/users"),
               [this](const HttpRequest& r, const QStringList&) { return listUsers(r); });
    router.add("POST", QStringLiteral("/api/v1/admin/users"),
               [this](const HttpRequest& r, const QStringList&) { return createUser(r); });
    router.add("PATCH", QStringLiteral("/api/v1/admin/users/{login}"),
               [this](const HttpRequest& r, const QStringList& a) { return updateUser(r, a.at(0)); });
    router.add("GET", QStringLiteral("/api/v1/admin/audit"),
               [this](const HttpRequest& r, const QStringList&) { return audit(r); });
}

HttpResponse UserAdminApi::listUsers(const HttpRequest& request)
{
    auto ctx = asAdmin(m_auth, request);
    if (auto* refusal = std::get_if<HttpResponse>(&ctx))
        return *refusal;
    auto users = ReferenceStore(m_db).users();
    if (!users)
        return internal();
    QJsonArray out;
    for (const User& u : users.value())
        out.append(UserAccount::toJson(u));
    return HttpResponse::json(QJsonObject {{QStringLiteral("users"), out}});
}

HttpResponse UserAdminApi::createUser(const HttpRequest& request)
{
    auto ctx = asAdmin(m_auth, request);
    if (auto* refusal = std::get_if<HttpResponse>(&ctx))
        return *refusal;
    auto parsed = jsonObjectBody(request, kMaxBody);
    if (auto* refusal = std::get_if<HttpResponse>(&parsed))
        return *refusal;
    const QJsonObject body = std::get<QJsonObject>(parsed);
    auto user = UserAccount::merged(User {}, body);
    if (!user)
        return refused(user.error());
    const QString password = body.value(QLatin1String("password")).toString();
    if (auto problems = UserAccount::check(user.value(), password, true, m_reference); !problems.isEmpty())
        return refused(problems.first());

    ReferenceStore store(m_db);
    Transaction tx(m_db);
    if (!tx.started())
        return internal();
    auto existing = store.user(user->login);
    if (!existing)
        return internal();
    if (existing.value())
        return HttpResponse::error(409, QStringLiteral("conflict"),
                                   QCoreApplication::translate("Server", "This login is taken."),
                                   QStringLiteral("login"));
    const QString& admin = std::get<AuthContext>(ctx).user.login;
    if (!store.upsertUser(user.value()) || !setPassword(m_db, user->login, password)
        || !AuditStore(m_db)
                .record(admin, QStringLiteral("user.create"), user->login, changes({}, user.value(), true))
                .ok()
        || !tx.commit())
        return internal();
    qCInfo(lcAdmin) << admin << "created user" << user->login << toCode(user->role);
    return HttpResponse::json(UserAccount::toJson(user.value()), 201);
}

HttpResponse UserAdminApi::updateUser(const HttpRequest& request, const QString& login)
{
    auto ctx = asAdmin(m_auth, request);
    if (auto* refusal = std::get_if<HttpResponse>(&ctx))
        return *refusal;
    auto parsed = jsonObjectBody(request, kMaxBody);
    if (auto* refusal = std::get_if<HttpResponse>(&parsed))
        return *refusal;
    QJsonObject body = std::get<QJsonObject>(parsed);
    body.remove(QStringLiteral("login")); // the login names the account; it does not change

    ReferenceStore store(m_db);
    Transaction tx(m_db);
    if (!tx.started())
        return internal();
    auto before = store.user(login);
    if (!before)
        return internal();
    if (!before.value())
        return HttpResponse::error(404, QStringLiteral("not_found"),
                                   QCoreApplication::translate("Server", "No such user."));
    auto user = UserAccount::merged(*before.value(), body);
    if (!user)
        return refused(user.error());
    const QString password = body.value(QLatin1String("password")).toString();
    if (auto problems = UserAccount::check(user.value(), password, false, m_reference); !problems.isEmpty())
        return refused(problems.first());
    const User& admin = std::get<AuthContext>(ctx).user;
    if (user->login == admin.login && (!user->active || user->role != Role::Admin))
        return HttpResponse::error(
            403, QStringLiteral("forbidden"),
            QCoreApplication::translate("Server", "You cannot lock yourself out: ask another administrator."),
            user->active ? QStringLiteral("role") : QStringLiteral("active"));

    const User& was = *before.value();
    const bool endSessions
        = !user->active || user->role != was.role || user->orgCode != was.orgCode || !password.isEmpty();
    const QJsonObject detail = changes(was, user.value(), !password.isEmpty());
    if (!store.upsertUser(user.value()) || (!password.isEmpty() && !setPassword(m_db, login, password))
        || (endSessions
            && !AuthStore(m_db).revokeAll(was.id, Clock::currentUtc(), std::get<AuthContext>(ctx).tokenHash))
        || !AuditStore(m_db).record(admin.login, QStringLiteral("user.update"), login, detail).ok()
        || !tx.commit())
        return internal();
    qCInfo(lcAdmin) << admin.login << "changed user" << login << detail;
    return HttpResponse::json(UserAccount::toJson(user.value()));
}

HttpResponse UserAdminApi::audit(const HttpRequest& request)
{
    auto ctx = asAdmin(m_auth, request);
    if (auto* refusal = std::get_if<HttpResponse>(&ctx))
        return *refusal;
    bool limitOk = true;
    bool beforeOk = true;
    const QString limitText = request.query.queryItemValue(QStringLiteral("limit"));
    const QString beforeText = request.query.queryItemValue(QStringLiteral("before"));
    const int limit = limitText.isEmpty() ? 200 : limitText.toInt(&limitOk);
    const qint64 before = beforeText.isEmpty() ? 0 : beforeText.toLongLong(&beforeOk);
    if (!limitOk || limit < 1 || limit > AuditStore::kMaxPage || !beforeOk || before < 0)
        return HttpResponse::error(
            400, QStringLiteral("invalid"),
            QStringLiteral("“limit” is 1 to %1 and “before” an entry's id.").arg(AuditStore::kMaxPage));
    auto entries = AuditStore(m_db).page(limit, before);
    if (!entries)
        return internal();
    QJsonArray out;
    for (const AuditEntry& e : entries.value())
        out.append(QJsonObject {{QStringLiteral("id"), e.id},
                                {QStringLiteral("at"), WireFormat::timeToString(e.at)},
                                {QStringLiteral("actor"), e.actor},
                                {QStringLiteral("action"), e.action},
                                {QStringLiteral("subject"), e.subject},
                                {QStringLiteral("detail"), e.detail}});
    return HttpResponse::json(QJsonObject {{QStringLiteral("entries"), out}});
}

} // namespace tyndau
