#include "HttpServer.h"

#include "Api.h"
#include "db/Database.h"

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
    // SQLite only. There one writer goes at a time anyway, and a commit is an fsync. On
    // PostgreSQL a group held the rows of many ops at once: two instances racing for the
    // same proposals' totals deadlocked, and its own WAL flush already serves many
    // sessions, so the gain was small (276 -> 329 ops/s).
    , m_groupCommit(api.database().dialect() == Dialect::SQLite)
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

    // Answered later (commitGroup). Qt 6.4's responder holds the socket and a reference to
    // the connection's request object, which lives as long as the socket; the socket is
    // checked before writing. Clients of this API do not pipeline requests on a connection
    // (a pipelined GET after an op would be answered first).
    if (m_groupCommit && r.method == "POST" && r.path == QLatin1String("/api/v1/ops")) {
        m_waiting.push_back(Waiting {r, makeResponder(request, socket), socket});
        if (!m_groupQueued) {
            m_groupQueued = true;
            QMetaObject::invokeMethod(this, &HttpServer::commitGroup, Qt::QueuedConnection);
        }
        return true;
    }
    QHttpServerResponder responder = makeResponder(request, socket);
    write(responder, m_api.handle(r));
    return true;
}

void HttpServer::commitGroup()
{
    m_groupQueued = false;
    std::vector<Waiting> group = std::move(m_waiting);
    m_waiting.clear();
    std::vector<HttpResponse> responses;
    responses.reserve(group.size());
    {
        Transaction tx(m_api.database());
        for (const Waiting& w : group)
            responses.push_back(m_api.handle(w.request));
        // Without the outer transaction (it could not start) each op committed on its own.
        if (tx.started() && !tx.commit()) {
            for (HttpResponse& r : responses) {
                if (r.status == 200)
                    r = HttpResponse::error(
                        503, QStringLiteral("busy"),
                        QStringLiteral("The server could not store this; send it again."));
            }
        }
    }
    for (std::size_t i = 0; i < group.size(); ++i) {
        if (group[i].socket && group[i].socket->state() == QAbstractSocket::ConnectedState)
            write(group[i].responder, responses[i]);
    }
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
