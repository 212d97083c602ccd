#pragma once

#include <QAbstractHttpServer>

namespace tyndau {

class Api;

// Qt HttpServer underneath, our Router on top: every request, whatever its path or method,
// reaches the Api and gets its JSON answer.
class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit HttpServer(Api& api, QObject* parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    Api& m_api;
};

} // namespace tyndau
