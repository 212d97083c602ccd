#include "TestHttp.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>

namespace tyndau::test {

TestHttp::TestHttp(QUrl base)
    : m_base(std::move(base))
{
}

HttpReply TestHttp::send(const QByteArray& method, const QString& path, const QByteArray& body,
                         const QByteArray& contentType)
{
    QNetworkRequest request(m_base.resolved(QUrl(path)));
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    if (!m_language.isEmpty())
        request.setRawHeader("Accept-Language", m_language);
    request.setTransferTimeout(30000);
    QNetworkReply* reply = m_nam.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(35000);
    HttpReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    for (const auto& [name, value] : reply->rawHeaderPairs())
        out.headers.insert(name.toLower(), value);
    out.json = QJsonDocument::fromJson(out.body).object();
    reply->deleteLater();
    return out;
}

HttpReply TestHttp::get(const QString& path)
{
    return send("GET", path);
}

HttpReply TestHttp::post(const QString& path, const QByteArray& body, const QByteArray& contentType)
{
    return send("POST", path, body, contentType);
}

HttpReply TestHttp::postJson(const QString& path, const QJsonObject& body)
{
    return post(path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpReply TestHttp::del(const QString& path)
{
    return send("DELETE", path);
}

QString TestHttp::login(const QString& login, const QString& password)
{
    const QString saved = m_token;
    m_token.clear();
    const HttpReply r
        = postJson(QStringLiteral("/api/v1/session"),
                   QJsonObject {{QStringLiteral("login"), login}, {QStringLiteral("password"), password}});
    m_token = r.status == 200 ? r.json.value(QLatin1String("token")).toString() : saved;
    return r.status == 200 ? m_token : QString();
}

} // namespace tyndau::test
