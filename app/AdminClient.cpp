#include "AdminClient.h"

#include "ApiError.h"
#include "ApiRequest.h"
#include "core/UserAccount.h"
#include "core/WireFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

namespace tyndau {

AdminClient::AdminClient(QUrl server, QString token, QObject* parent)
    : QObject(parent)
    , m_server(std::move(server))
    , m_token(std::move(token))
{
}

QNetworkRequest AdminClient::request(const QString& path) const
{
    return ApiRequest::make(m_server, path, m_token);
}

void AdminClient::send(QNetworkReply* reply, int expected, std::function<void(const QJsonObject&)> done)
{
    connect(reply, &QNetworkReply::finished, this, [this, reply, expected, done] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        if (status == expected) {
            done(json);
            return;
        }
        emit failed(ApiError::from(status, json, reply->errorString()));
    });
}

void AdminClient::listKeys()
{
    send(m_nam.get(request(QStringLiteral("/api/v1/admin/open311-keys"))), 200,
         [this](const QJsonObject& json) {
             QList<ApiKeyInfo> keys;
             for (const auto& item : json.value(QLatin1String("keys")).toArray()) {
                 const QJsonObject k = item.toObject();
                 keys.append(
                     ApiKeyInfo {qint64(k.value(QLatin1String("id")).toDouble()),
                                 fromCode<Channel>(k.value(QLatin1String("channel")).toString())
                                     .value_or(Channel::WebPortal),
                                 k.value(QLatin1String("label")).toString(),
                                 WireFormat::timeFromString(k.value(QLatin1String("created_at")).toString()),
                                 k.value(QLatin1String("revoked")).toBool()});
             }
             emit keysListed(keys);
         });
}

void AdminClient::createKey(Channel channel, const QString& label)
{
    const QByteArray body = QJsonDocument(QJsonObject {{QStringLiteral("channel"), toCode(channel)},
                                                       {QStringLiteral("label"), label}})
                                .toJson(QJsonDocument::Compact);
    send(m_nam.post(request(QStringLiteral("/api/v1/admin/open311-keys")), body), 201,
         [this](const QJsonObject& json) {
             emit keyCreated(qint64(json.value(QLatin1String("id")).toDouble()),
                             json.value(QLatin1String("key")).toString());
         });
}

void AdminClient::revokeKey(qint64 id)
{
    send(m_nam.deleteResource(request(QStringLiteral("/api/v1/admin/open311-keys/%1").arg(id))), 204,
         [this, id](const QJsonObject&) { emit keyRevoked(id); });
}

namespace {

User userFrom(const QJsonObject& json)
{
    return UserAccount::merged(User {}, json).value_or_zero();
}

} // namespace

void AdminClient::listUsers()
{
    send(m_nam.get(request(QStringLiteral("/api/v1/admin/users"))), 200, [this](const QJsonObject& json) {
        QList<User> users;
        for (const auto& item : json.value(QLatin1String("users")).toArray())
            users.append(userFrom(item.toObject()));
        emit usersListed(users);
    });
}

void AdminClient::saveUser(const User& user, const QString& password, bool isNew)
{
    QJsonObject body = UserAccount::toJson(user);
    if (!password.isEmpty())
        body.insert(QStringLiteral("password"), password);
    const QByteArray data = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply* reply = isNew
        ? m_nam.post(request(QStringLiteral("/api/v1/admin/users")), data)
        : m_nam.sendCustomRequest(request(QStringLiteral("/api/v1/admin/users/")
                                          + QString::fromLatin1(QUrl::toPercentEncoding(user.login))),
                                  "PATCH", data);
    send(reply, isNew ? 201 : 200, [this](const QJsonObject& json) { emit userSaved(userFrom(json)); });
}

void AdminClient::listAudit(qint64 beforeId)
{
    QNetworkRequest page = request(QStringLiteral("/api/v1/admin/audit"));
    QUrl url = page.url();
    url.setQuery(QStringLiteral("limit=200&before=%1").arg(beforeId));
    page.setUrl(url);
    send(m_nam.get(page), 200, [this, beforeId](const QJsonObject& json) {
        QList<AuditEntry> entries;
        for (const auto& item : json.value(QLatin1String("entries")).toArray()) {
            const QJsonObject e = item.toObject();
            entries.append(AuditEntry {
                qint64(e.value(QLatin1String("id")).toDouble()),
                WireFormat::timeFromString(e.value(QLatin1String("at")).toString()),
                e.value(QLatin1String("actor")).toString(), e.value(QLatin1String("action")).toString(),
                e.value(QLatin1String("subject")).toString(), e.value(QLatin1String("detail")).toObject()});
        }
        emit auditListed(entries, beforeId);
    });
}

} // namespace tyndau
