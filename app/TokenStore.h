#pragma once

#include <QObject>
#include <QUrl>

namespace tyndau {

// The session token in the operating system's keychain (QtKeychain: Secret Service on
// Linux), and nowhere else: no plaintext fallback. Keys are namespaced by server and login.
// Jobs are asynchronous; the answer comes as a signal. When no keychain backend answers,
// it tries once more, then reports the keychain's own error for the user to see.
class TokenStore : public QObject
{
    Q_OBJECT

public:
    explicit TokenStore(QObject* parent = nullptr);
    static QString keyFor(const QUrl& server, const QString& login);

    void save(const QUrl& server, const QString& login, const QString& token);
    void load(const QUrl& server, const QString& login);
    void remove(const QUrl& server, const QString& login);

signals:
    void saved(bool ok, const QString& error);
    void loaded(const QString& token, const QString& error); // token "" with error "" when none
    void removed(bool ok, const QString& error);

private:
    void start(int kind, const QString& key, const QString& token, bool retried);
};

} // namespace tyndau
