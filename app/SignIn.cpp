#include "SignIn.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QSettings>

namespace tyndau {
namespace {

constexpr int kIterations = 100000;

QString groupFor(const QUrl& server, const QString& login)
{
    const QByteArray key
        = QCryptographicHash::hash(TokenStore::keyFor(server, login).toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("sessions/") + QString::fromLatin1(key.toHex().left(16));
}

QByteArray digest(const QString& password, const QByteArray& salt)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt,
                                              kIterations, 32);
}

void remember(const Session& session, const QString& password)
{
    QSettings settings;
    settings.setValue(QStringLiteral("login/server"), session.server.toString());
    settings.setValue(QStringLiteral("login/user"), session.user.login);
    settings.beginGroup(groupFor(session.server, session.user.login));
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()), salt.size() / 4);
    settings.setValue(QStringLiteral("salt"), salt.toBase64());
    settings.setValue(QStringLiteral("digest"), digest(password, salt).toBase64());
    settings.setValue(QStringLiteral("id"), session.user.id);
    settings.setValue(QStringLiteral("login"), session.user.login);
    settings.setValue(QStringLiteral("display_name"), session.user.displayName);
    settings.setValue(QStringLiteral("role"), toCode(session.user.role));
    settings.setValue(QStringLiteral("org"), session.user.orgCode);
}

// The remembered user when the password matches the remembered digest.
std::optional<User> rememberedUser(const QUrl& server, const QString& login, const QString& password)
{
    QSettings settings;
    settings.beginGroup(groupFor(server, login));
    const QByteArray salt = QByteArray::fromBase64(settings.value(QStringLiteral("salt")).toByteArray());
    const QByteArray stored = QByteArray::fromBase64(settings.value(QStringLiteral("digest")).toByteArray());
    if (salt.isEmpty() || stored.isEmpty() || digest(password, salt) != stored)
        return std::nullopt;
    User user;
    user.id = settings.value(QStringLiteral("id")).toLongLong();
    user.login = settings.value(QStringLiteral("login")).toString();
    user.displayName = settings.value(QStringLiteral("display_name")).toString();
    user.role = fromCode<Role>(settings.value(QStringLiteral("role")).toString()).value_or(Role::Operator);
    user.orgCode = settings.value(QStringLiteral("org")).toString();
    return user;
}

} // namespace

SignIn::SignIn(QObject* parent)
    : QObject(parent)
{
    connect(&m_client, &SessionClient::loggedIn, this, &SignIn::onLoggedIn);
    connect(&m_client, &SessionClient::logInFailed, this, &SignIn::onLogInFailed);
}

QUrl SignIn::lastServer()
{
    return QUrl(QSettings().value(QStringLiteral("login/server")).toString());
}

QString SignIn::lastLogin()
{
    return QSettings().value(QStringLiteral("login/user")).toString();
}

bool SignIn::hasOfflineSession(const QUrl& server, const QString& login)
{
    QSettings settings;
    settings.beginGroup(groupFor(server, login));
    return settings.contains(QStringLiteral("digest"));
}

void SignIn::start(const QUrl& server, const QString& login, const QString& password)
{
    m_server = server;
    m_login = login;
    m_password = password;
    m_client.logIn(server, login, password);
}

void SignIn::onLoggedIn(const Session& session)
{
    remember(session, m_password);
    m_password.clear();
    m_pending = session;
    disconnect(&m_keychain, nullptr, this, nullptr);
    connect(&m_keychain, &TokenStore::saved, this, [this](bool ok, const QString& error) {
        if (!ok)
            emit warning(tr("The keychain did not keep the session (%1): you will be asked for the password "
                            "next time.")
                             .arg(error));
        emit signedIn(m_pending, false);
    });
    m_keychain.save(session.server, session.user.login, session.token);
}

void SignIn::onLogInFailed(const Error& error)
{
    if (error.code != QLatin1String("offline")) {
        m_password.clear();
        emit failed(error);
        return;
    }
    const auto user = rememberedUser(m_server, m_login, m_password);
    m_password.clear();
    if (!user) {
        const bool known = hasOfflineSession(m_server, m_login);
        emit failed(Error {QStringLiteral("offline"),
                           known
                               ? tr("The server cannot be reached, and the password does not match the one "
                                    "last used on this computer.")
                               : tr("The server cannot be reached, and %1 has not signed in on this computer "
                                    "before, so there is no session to work offline with.")
                                     .arg(m_login),
                           QStringLiteral("password")});
        return;
    }
    disconnect(&m_keychain, nullptr, this, nullptr);
    connect(&m_keychain, &TokenStore::loaded, this, [this, user](const QString& token, const QString&) {
        emit signedIn(Session {m_server, token, {}, *user}, true);
    });
    m_keychain.load(m_server, m_login);
}

} // namespace tyndau
