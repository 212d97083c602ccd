#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>

namespace tyndau::test {

struct HttpReply
{
    int status = 0; // 0: no answer (connection refused, cut, timed out)
    QByteArray body;
    QJsonObject json;
    QByteArray header(const char* name) const { return headers.value(QByteArray(name).toLower()); }
    QHash<QByteArray, QByteArray> headers;
    QString errorCode() const
    {
        return json.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
    }
};

// A synchronous HTTP client for tests: each call waits for the reply's finished signal
// (30 s at most).
class TestHttp
{
public:
    explicit TestHttp(QUrl base);
    void setToken(const QString& token) { m_token = token; }
    void setLanguage(const QByteArray& acceptLanguage) { m_language = acceptLanguage; } // "" sends none

    HttpReply get(const QString& path);
    HttpReply post(const QString& path, const QByteArray& body,
                   const QByteArray& contentType = "application/json");
    HttpReply postJson(const QString& path, const QJsonObject& body);
    HttpReply del(const QString& path);
    HttpReply send(const QByteArray& method, const QString& path, const QByteArray& body = {},
                   const QByteArray& contentType = {});

    // Logs in; returns the token ("" on failure) and remembers it.
    QString login(const QString& login, const QString& password = QStringLiteral("demo"));

private:
    QUrl m_base;
    QString m_token;
    QByteArray m_language;
    QNetworkAccessManager m_nam;
};

} // namespace tyndau::test
