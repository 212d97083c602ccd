#pragma once

#include "core/Result.h"
#include "core/User.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

namespace tyndau {

struct Session
{
    QUrl server;
    QString token;
    QDateTime expiresAt;
    User user;
};

// Logs in and out against /api/v1/session. Asynchronous: answers come as signals.
class SessionClient : public QObject
{
    Q_OBJECT

public:
    explicit SessionClient(QObject* parent = nullptr);

    void logIn(const QUrl& server, const QString& login, const QString& password);
    void logOut(const QUrl& server, const QString& token);

signals:
    void loggedIn(const tyndau::Session& session);
    void logInFailed(const tyndau::Error& error); // code: invalid_credentials, throttled, offline, …
    void loggedOut(bool ok);

private:
    QNetworkAccessManager m_nam;
};

} // namespace tyndau
