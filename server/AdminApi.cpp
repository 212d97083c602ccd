#include "AdminApi.h"

#include "AuthService.h"
#include "Authorize.h"
#include "PasswordHasher.h"
#include "Router.h"
#include "core/Permissions.h"
#include "core/WireFormat.h"
#include "db/ApiKeyStore.h"
#include "db/AuditStore.h"
#include "db/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAdmin, "tyndau.admin")

namespace tyndau {
namespace {

// The admin's context, or the response that refuses the call.
std::variant<AuthContext, HttpResponse> asAdmin(AuthService& auth, const HttpRequest& request)
{
    return authorizeFor(auth, request, Permission::ManageApiKeys,
                        QCoreApplication::translate("Server", "Only an administrator manages API keys."));
}

HttpResponse internal()
{
    return HttpResponse::error(500, QStringLiteral("internal"),
                               QCoreApplication::translate("Server", "The server failed; try again."));
}

} // namespace

AdminApi::AdminApi(Database& db, AuthService& auth)
    : m_db(db)
    , m_auth(auth)
{
}

void AdminApi::addRoutes(Router& router)
{
    router.add("GET", QStringLiteral("/api/v1/admin/open311-keys"),
               [this](const HttpRequest& r, const QStringList&) { return listKeys(r); });
    router.add("POST", QStringLiteral("/api/v1/admin/open311-keys"),
               [this](const HttpRequest& r, const QStringList&) { return createKey(r); });
    router.add("DELETE", QStringLiteral("/api/v1/admin/open311-keys/{id}"),
               [this](const HttpRequest& r, const QStringList& a) { return revokeKey(r, a.at(0)); });
}

HttpResponse AdminApi::listKeys(const HttpRequest& request)
{
    auto ctx = asAdmin(m_auth, request);
    if (auto* refused = std::get_if<HttpResponse>(&ctx))
        return *refused;
    auto keys = ApiKeyStore(m_db).all();
    if (!keys)
        return internal();
    QJsonArray out;
    for (const ApiKeyInfo& k : keys.value())
        out.append(QJsonObject {{QStringLiteral("id"), k.id},
                                {QStringLiteral("channel"), toCode(k.channel)},
                                {QStringLiteral("label"), k.label},
                                {QStringLiteral("created_at"), WireFormat::timeToString(k.createdAt)},
                                {QStringLiteral("revoked"), k.revoked}});
    return HttpResponse::json(QJsonObject {{QStringLiteral("keys"), out}});
}

HttpResponse AdminApi::createKey(const HttpRequest& request)
{
    auto ctx = asAdmin(m_auth, request);
    if (auto* refused = std::get_if<HttpResponse>(&ctx))
        return *refused;
    auto parsed = jsonObjectBody(request, 16 * 1024);
    if (auto* refused = std::get_if<HttpResponse>(&parsed))
        return *refused;
    const QJsonObject body = std::get<QJsonObject>(parsed);
    const auto channel = fromCode<Channel>(body.value(QLatin1String("channel")).toString());
    if (!channel || *channel == Channel::CallCenter || *channel == Channel::FrontOffice)
        return HttpResponse::error(422, QStringLiteral("invalid"),
                                   QStringLiteral("“channel” is web_portal, mobile_app or social_network."),
                                   QStringLiteral("channel"));
    const QString label = body.value(QLatin1String("label")).toString().trimmed();
    if (label.isEmpty() || label.size() > 200)
        return HttpResponse::error(
            422, QStringLiteral("invalid"),
            QCoreApplication::translate("Server", "Name the key (1 to 200 characters)."),
            QStringLiteral("label"));
    const QString key = PasswordHasher::newToken();
    const QString& admin = std::get<AuthContext>(ctx).user.login;
    Transaction tx(m_db);
    if (!tx.started())
        return internal();
    auto id = ApiKeyStore(m_db).add(PasswordHasher::tokenHash(key), *channel, label);
    if (!id
        || !AuditStore(m_db)
                .record(admin, QStringLiteral("open311_key.create"), QString::number(id.value()),
                        {{QStringLiteral("channel"), toCode(*channel)}, {QStringLiteral("label"), label}})
                .ok()
        || !tx.commit())
        return internal();
    qCInfo(lcAdmin) << admin << "created Open311 key" << id.value() << label;
    return HttpResponse::json(QJsonObject {{QStringLiteral("id"), id.value()}, {QStringLiteral("key"), key}},
                              201);
}

HttpResponse AdminApi::revokeKey(const HttpRequest& request, const QString& idText)
{
    auto ctx = asAdmin(m_auth, request);
    if (auto* refused = std::get_if<HttpResponse>(&ctx))
        return *refused;
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    bool known = false;
    for (const ApiKeyInfo& k : ApiKeyStore(m_db).all().value_or_zero())
        known = known || (ok && k.id == id);
    if (!known)
        return HttpResponse::error(404, QStringLiteral("not_found"),
                                   QCoreApplication::translate("Server", "No such key."));
    const QString& admin = std::get<AuthContext>(ctx).user.login;
    Transaction tx(m_db);
    if (!tx.started() || !ApiKeyStore(m_db).revoke(id)
        || !AuditStore(m_db).record(admin, QStringLiteral("open311_key.revoke"), QString::number(id)).ok()
        || !tx.commit())
        return internal();
    qCInfo(lcAdmin) << admin << "revoked Open311 key" << id;
    return HttpResponse::noContent();
}

} // namespace tyndau
