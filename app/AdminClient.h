#pragma once

#include "core/Result.h"
#include "db/ApiKeyStore.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

namespace tyndau {

// The administrator's calls to the server that are not operations: Open311 API keys (a new
// key is shown once and stored only as a hash; a revoked one stops working at once).
// Asynchronous: answers come as signals.
class AdminClient : public QObject
{
    Q_OBJECT

public:
    AdminClient(QUrl server, QString token, QObject* parent = nullptr);

    void listKeys();
    void createKey(Channel channel, const QString& label);
    void revokeKey(qint64 id);

signals:
    void keysListed(const QList<tyndau::ApiKeyInfo>& keys);
    void keyCreated(qint64 id, const QString& key);
    void keyRevoked(qint64 id);
    void failed(const tyndau::Error& error);

private:
    QNetworkRequest request(const QString& path) const;
    // Calls `done` with the reply's JSON when the status is `expected`, else emits failed.
    void send(QNetworkReply* reply, int expected, std::function<void(const QJsonObject&)> done);

    QUrl m_server;
    QString m_token;
    QNetworkAccessManager m_nam;
};

} // namespace tyndau
