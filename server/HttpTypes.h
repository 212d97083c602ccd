#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

#include <memory>
#include <variant>

namespace tyndau {

struct PreparedOps;

// What a route sees of a request: no sockets, so routes are testable without a network.
struct HttpRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QString peer; // the client's address, for throttling
    // POST /api/v1/ops's body, read and checked on the network thread (ApiDispatcher);
    // null: the route reads it itself.
    std::shared_ptr<const PreparedOps> preparedOps;

    QByteArray header(const char* name) const { return headers.value(QByteArray(name)); }
    QString bearerToken() const;
    bool isJson() const; // Content-Type application/json (any charset parameter)
};

struct HttpResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    int retryAfterSeconds = 0;
    QList<std::pair<QByteArray, QByteArray>> headers; // more, beyond Content-Type

    static HttpResponse json(const QJsonObject& object, int status = 200);
    // JSON already written (JsonWriter).
    static HttpResponse json(QByteArray body, int status = 200);
    static HttpResponse noContent();
    // DESIGN.md's error shape: {"error":{"code","message","field"}}.
    static HttpResponse error(int status, const QString& code, const QString& message,
                              const QString& field = {});
};

// The JSON object in a request's body, or the 413, 415 or 400 to answer with.
std::variant<QJsonObject, HttpResponse> jsonObjectBody(const HttpRequest& request, qsizetype limit);

} // namespace tyndau
