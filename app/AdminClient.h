#pragma once

#include "core/Result.h"
#include "core/User.h"
#include "db/ApiKeyStore.h"
#include "db/AuditStore.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

namespace tyndau {

// The administrator's calls to the server that are not operations: Open311 API keys (a new
// key is shown once and stored only as a hash; a revoked one stops working at once), user
// accounts (online only: a password never waits in the outbox) and the audit log.
// Asynchronous: answers come as signals.
class AdminClient : public QObject
{
    Q_OBJECT

public:
    AdminClient(QUrl server, QString token, QObject* parent = nullptr);
    // Another client for the same server and session: each panel has its own, so that a
    // failure is reported where the call was made.
    AdminClient* clone(QObject* parent) const { return new AdminClient(m_server, m_token, parent); }

    void listKeys();
    void createKey(Channel channel, const QString& label);
    void revokeKey(qint64 id);

    void listUsers();
    // A new account (with its password), or a change to one (a password only to reset it).
    void saveUser(const tyndau::User& user, const QString& password, bool isNew);
    void listAudit(qint64 beforeId = 0); // a page of the newest entries older than beforeId

signals:
    void keysListed(const QList<tyndau::ApiKeyInfo>& keys);
    void keyCreated(qint64 id, const QString& key);
    void keyRevoked(qint64 id);
    void usersListed(const QList<tyndau::User>& users);
    void userSaved(const tyndau::User& user);
    void auditListed(const QList<tyndau::AuditEntry>& entries, qint64 beforeId);
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
