#include "AuthService.h"

#include "PasswordHasher.h"
#include "core/Clock.h"
#include "db/AuthStore.h"
#include "db/Database.h"

#include <QCoreApplication>

Q_LOGGING_CATEGORY(lcAuth, "tyndau.server.auth")

namespace tyndau {
namespace {

Error unauthorized()
{
    return Error {QStringLiteral("unauthorized"),
                  QCoreApplication::translate("Server", "Log in: the session is missing, expired or ended."),
                  {}};
}

} // namespace

AuthService::AuthService(Database& db)
    : m_db(db)
{
}

Result<LoginResult> AuthService::login(const QString& login, const QString& password, const QString& peer)
{
    AuthStore store(m_db);
    const QDateTime now = Clock::currentUtc();
    auto failures = store.failuresSince(login, peer, now.addSecs(-kFailureWindowSeconds));
    if (!failures)
        return failures.error();
    if (failures->first >= kMaxFailuresPerLogin || failures->second >= kMaxFailuresPerPeer) {
        qCInfo(lcAuth) << "throttled login for" << login << "from" << peer;
        return Error {
            QStringLiteral("throttled"),
            QCoreApplication::translate("Server", "Too many failed attempts. Try again in a few minutes."),
            {}};
    }
    auto creds = store.credentials(login);
    if (!creds)
        return creds.error();
    // Verify against a decoy for unknown logins: the answer and its timing are the same.
    const QString hash = creds.value() ? creds.value()->second : PasswordHasher::decoyHash();
    const bool ok = PasswordHasher::verify(hash, password) && creds.value().has_value();
    if (!ok) {
        if (auto r = store.recordFailure(login, peer, now); !r)
            return r.error();
        return Error {QStringLiteral("invalid_credentials"),
                      QCoreApplication::translate("Server", "Wrong login or password."),
                      {}};
    }
    if (auto r = store.clearFailures(login); !r)
        return r.error();
    const QString token = PasswordHasher::newToken();
    const QDateTime absolute = now.addSecs(kAbsoluteSeconds);
    if (auto r
        = store.createSession(PasswordHasher::tokenHash(token), creds.value()->first.id, now, absolute);
        !r)
        return r.error();
    return LoginResult {token, std::min(absolute, now.addSecs(kIdleSeconds)), creds.value()->first};
}

Result<AuthContext> AuthService::authenticate(const QString& bearerToken)
{
    if (bearerToken.isEmpty())
        return unauthorized();
    AuthStore store(m_db);
    const QString tokenHash = PasswordHasher::tokenHash(bearerToken);
    auto session = store.session(tokenHash);
    if (!session)
        return session.error();
    const QDateTime now = Clock::currentUtc();
    if (!session.value() || session.value()->revoked || !session.value()->user.active
        || now >= session.value()->expiresAt || now >= session.value()->lastSeenAt.addSecs(kIdleSeconds))
        return unauthorized();
    // Touch at most once a minute: a busy workstation should not write on every call.
    if (session.value()->lastSeenAt.secsTo(now) > 60) {
        if (auto r = store.touch(tokenHash, now); !r)
            return r.error();
    }
    return AuthContext {session.value()->user, tokenHash};
}

Result<void> AuthService::logout(const AuthContext& context)
{
    return AuthStore(m_db).revoke(context.tokenHash, Clock::currentUtc());
}

Result<void> AuthService::setPassword(const QString& login, const QString& password)
{
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty())
        return Error {QStringLiteral("internal"), QStringLiteral("Could not hash the password."), {}};
    return AuthStore(m_db).setPasswordHash(login, hash);
}

} // namespace tyndau
