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
// whatever its path or method, goes to an ApiDispatcher on a database thread (the one with
// the fewest requests in hand, when there are several), and its JSON answer is written back
// here.
class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit HttpServer(QList<ApiDispatcher*> dispatchers, QObject* parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    struct Waiting
    {
        QHttpServerResponder responder;
        QPointer<QTcpSocket> socket; // gone if the client left meanwhile: nothing to answer
        qsizetype dispatcher; // which one has it
    };
    void answer(quint64 ticket, const HttpResponse& response);
    static void write(QHttpServerResponder& responder, const HttpResponse& response);

    const QList<ApiDispatcher*> m_dispatchers;
    QList<int> m_inHand; // requests each dispatcher has not answered yet
    std::unordered_map<quint64, Waiting> m_waiting; // by ticket, until answered
    quint64 m_lastTicket = 0;
};

} // namespace tyndau
