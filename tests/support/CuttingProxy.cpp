#include "CuttingProxy.h"

namespace tyndau::test {

CuttingProxy::CuttingProxy(QUrl target, QObject* parent)
    : QObject(parent)
    , m_target(std::move(target))
{
    connect(&m_server, &QTcpServer::newConnection, this, &CuttingProxy::onConnection);
}

bool CuttingProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl CuttingProxy::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void CuttingProxy::onConnection()
{
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        auto* upstream = new QTcpSocket(client);
        upstream->connectToHost(m_target.host(), quint16(m_target.port()));
        QPointer<QTcpSocket> guard(client);
        connect(client, &QTcpSocket::readyRead, upstream,
                [client, upstream] { upstream->write(client->readAll()); });
        connect(upstream, &QTcpSocket::connected, upstream,
                [client, upstream] { upstream->write(client->readAll()); });
        connect(upstream, &QTcpSocket::readyRead, client, [this, guard, upstream] {
            QTcpSocket* to = guard.data();
            if (to == nullptr)
                return;
            const QByteArray data = upstream->readAll();
            const qint64 sent = to->property("sent").toLongLong();
            if (m_cutAfter >= 0 && sent + data.size() > m_cutAfter) {
                to->write(data.left(m_cutAfter - sent));
                to->flush();
                ++m_cuts;
                to->abort(); // the line goes dead mid-answer
                to->deleteLater();
                return;
            }
            to->setProperty("sent", sent + data.size());
            to->write(data);
        });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(upstream, &QTcpSocket::disconnected, client, [guard] {
            if (QTcpSocket* to = guard.data())
                to->disconnectFromHost();
        });
    }
}

} // namespace tyndau::test
