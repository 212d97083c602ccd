#include "SessionClient.h"

#include "ApiError.h"
#include "ApiRequest.h"
#include "core/WireFormat.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

namespace tyndau {

SessionClient::SessionClient(QObject* parent)
    : QObject(parent)
{
}

void SessionClient::logIn(const QUrl& server, const QString& login, const QString& password)
{
    const QNetworkRequest request = ApiRequest::make(server, QStringLiteral("/api/v1/session"), {});
    const QByteArray body = QJsonDocument(QJsonObject {{QStringLiteral("login"), login},
                                                       {QStringLiteral("password"), password}})
                                .toJson(QJsonDocument::Compact);
    QNetworkReply* reply = m_nam.post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, server] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        if (status == 200) {
            const QJsonObject u = json.value(QLatin1String("user")).toObject();
            User user {qint64(u.value(QLatin1String("id")).toDouble()),
                       u.value(QLatin1String("login")).toString(),
                       u.value(QLatin1String("display_name")).toString(),
                       fromCode<Role>(u.value(QLatin1String("role")).toString()).value_or(Role::Operator),
                       u.value(QLatin1String("org_id")).toString(),
                       true};
            emit loggedIn(Session {
                server, json.value(QLatin1String("token")).toString(),
                WireFormat::timeFromString(json.value(QLatin1String("expires_at")).toString()), user});
            return;
        }
        // In the workstation's language: the request asked for it (ApiRequest).
        emit logInFailed(ApiError::from(status, json, reply->errorString()));
    });
}

void SessionClient::logOut(const QUrl& server, const QString& token)
{
    const QNetworkRequest request = ApiRequest::make(server, QStringLiteral("/api/v1/session"), token);
    QNetworkReply* reply = m_nam.deleteResource(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        emit loggedOut(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 204);
    });
}

} // namespace tyndau
