#pragma once

#include "HttpTypes.h"

#include <QAbstractHttpServer>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>

#include <vector>

namespace tyndau {

class Api;

// Qt HttpServer underneath, our Router on top: every request, whatever its path or method,
// reaches the Api and gets its JSON answer.
//
// Group commit (SQLite): the operations (POST /api/v1/ops) that arrive together — everything read from
// the sockets before the event loop comes round again — run in one database transaction, each
// op in a savepoint of its own (one op's refusal still undoes only that op), and are answered
// after the one commit. A durable commit costs an fsync; a hundred clients now share one.
// If that commit fails, every op of the group is answered 503 (nothing of them was stored,
// and their op_ids make sending them again safe).
class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit HttpServer(Api& api, QObject* parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    struct Waiting
    {
        HttpRequest request;
        QHttpServerResponder responder;
        QPointer<QTcpSocket> socket; // gone if the client left meanwhile: nothing to answer
    };
    void commitGroup();
    static void write(QHttpServerResponder& responder, const HttpResponse& response);

    Api& m_api;
    std::vector<Waiting> m_waiting;
    bool m_groupQueued = false;
    bool m_groupCommit = false;
};

} // namespace tyndau
