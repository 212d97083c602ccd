#include "HttpServer.h"

#include "ApiDispatcher.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaEnum>

#include <algorithm>

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

HttpServer::HttpServer(QList<ApiDispatcher*> dispatchers, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_dispatchers(std::move(dispatchers))
    , m_inHand(m_dispatchers.size(), 0)
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

    // Answered when the database's thread is done with it. Qt 6.4's responder holds the
    // socket and a reference to the connection's request object, which lives as long as the
    // socket; the socket is checked before writing. Clients of this API do not pipeline
    // requests on a connection (a pipelined GET after an op could be answered first).
    const quint64 ticket = ++m_lastTicket;
    const qsizetype chosen = std::min_element(m_inHand.cbegin(), m_inHand.cend()) - m_inHand.cbegin();
    ++m_inHand[chosen];
    m_waiting.emplace(ticket, Waiting {makeResponder(request, socket), socket, chosen});
    // This server outlives the dispatchers' work: main() stops the database threads first.
    m_dispatchers.at(chosen)->submit(std::move(r), [this, ticket](const HttpResponse& response) {
        QMetaObject::invokeMethod(
            this, [this, ticket, response] { answer(ticket, response); }, Qt::QueuedConnection);
    });
    return true;
}

void HttpServer::answer(quint64 ticket, const HttpResponse& response)
{
    auto it = m_waiting.find(ticket);
    if (it == m_waiting.end())
        return;
    --m_inHand[it->second.dispatcher];
    if (it->second.socket && it->second.socket->state() == QAbstractSocket::ConnectedState)
        write(it->second.responder, response);
    m_waiting.erase(it);
}

void HttpServer::write(QHttpServerResponder& responder, const HttpResponse& response)
{
    const auto status = static_cast<QHttpServerResponder::StatusCode>(response.status);
    if (response.status == 204) {
        responder.write(status);
        return;
    }
    if (response.retryAfterSeconds == 0 && response.headers.isEmpty()) {
        responder.write(response.body, response.contentType, status);
        return;
    }
    // Header by header: the responder's one-call write takes only a fixed list.
    responder.writeStatusLine(status);
    responder.writeHeader("Content-Type", response.contentType);
    if (response.retryAfterSeconds > 0)
        responder.writeHeader("Retry-After", QByteArray::number(response.retryAfterSeconds));
    for (const auto& [name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
}

void HttpServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace tyndau
