#pragma once

#include "SessionClient.h"
#include "TokenStore.h"

#include <QObject>

namespace tyndau {

// The workstation's way in. Online: the server checks the password, the token goes to the
// keychain, and the user and a salted PBKDF2 digest of the password are remembered for
// this server and login. When the server cannot be reached, the same login and password
// open the remembered session offline: work goes on in the local cache, the outbox fills,
// and sync resumes with the kept token when the server answers again.
class SignIn : public QObject
{
    Q_OBJECT

public:
    explicit SignIn(QObject* parent = nullptr);

    void start(const QUrl& server, const QString& login, const QString& password);

    static QUrl lastServer();
    static QString lastLogin();
    static bool hasOfflineSession(const QUrl& server, const QString& login);

signals:
    void signedIn(const tyndau::Session& session, bool offline);
    void failed(const tyndau::Error& error);
    void warning(const QString& message); // e.g. the keychain did not keep the token

private:
    void onLoggedIn(const Session& session);
    void onLogInFailed(const Error& error);

    SessionClient m_client;
    TokenStore m_keychain;
    QUrl m_server;
    QString m_login;
    QString m_password;
    Session m_pending;
};

} // namespace tyndau
