#pragma once

#include "HttpTypes.h"

#include <QAbstractHttpServer>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>

#include <unordered_map>

namespace tyndau {

class ApiDispatcher;

// Qt HttpServer underneath, on a thread of its own (the network thread): every request,
// whatever its path or method, goes to the ApiDispatcher on the database's thread, and its
// JSON answer is written back here.
class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit HttpServer(ApiDispatcher& dispatcher, QObject* parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    struct Waiting
    {
        QHttpServerResponder responder;
        QPointer<QTcpSocket> socket; // gone if the client left meanwhile: nothing to answer
    };
    void answer(quint64 ticket, const HttpResponse& response);
    static void write(QHttpServerResponder& responder, const HttpResponse& response);

    ApiDispatcher& m_dispatcher;
    std::unordered_map<quint64, Waiting> m_waiting; // by ticket, until answered
    quint64 m_lastTicket = 0;
};

} // namespace tyndau
