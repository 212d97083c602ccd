#include "HttpServer.h"

#include "Api.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaEnum>

namespace tyndau {
namespace {

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    default:
        return "OTHER";
    }
}

} // namespace

HttpServer::HttpServer(Api& api, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_api(api)
{
}

bool HttpServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    HttpRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path();
    r.query = request.query();
    for (const auto& [name, value] : request.headers())
        r.headers.insert(name.toLower(), value);
    r.body = request.body();
    r.peer = request.remoteAddress().toString();

    const HttpResponse response = m_api.handle(r);
    const auto status = static_cast<QHttpServerResponder::StatusCode>(response.status);
    QHttpServerResponder responder = makeResponder(request, socket);
    if (response.status == 204)
        responder.write(status);
    else if (response.retryAfterSeconds > 0)
        responder.write(response.body,
                        {{"Content-Type", response.contentType},
                         {"Retry-After", QByteArray::number(response.retryAfterSeconds)}},
                        status);
    else
        responder.write(response.body, response.contentType, status);
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace tyndau
