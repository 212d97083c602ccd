#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace tyndau::test {

// A loopback TCP proxy in front of a server that cuts each connection after the server has
// sent `cutAfter` bytes of its answer: a connection dropped mid-response, at a chosen
// point. cutAfter < 0 passes everything through.
class CuttingProxy : public QObject
{
    Q_OBJECT

public:
    explicit CuttingProxy(QUrl target, QObject* parent = nullptr);
    bool listen();
    QUrl url() const;
    void setCutAfter(qint64 bytes) { m_cutAfter = bytes; }
    int cuts() const { return m_cuts; }

private:
    void onConnection();

    QUrl m_target;
    QTcpServer m_server;
    qint64 m_cutAfter = -1;
    int m_cuts = 0;
};

} // namespace tyndau::test
