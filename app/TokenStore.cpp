#include "TokenStore.h"

#include "AppInfo.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

namespace tyndau {
namespace {

enum Kind
{
    Save,
    Load,
    Remove
};

} // namespace

TokenStore::TokenStore(QObject* parent)
    : QObject(parent)
{
}

QString TokenStore::keyFor(const QUrl& server, const QString& login)
{
    return login + QLatin1Char('@') + server.adjusted(QUrl::StripTrailingSlash).toString();
}

void TokenStore::save(const QUrl& server, const QString& login, const QString& token)
{
    start(Save, keyFor(server, login), token, false);
}

void TokenStore::load(const QUrl& server, const QString& login)
{
    start(Load, keyFor(server, login), {}, false);
}

void TokenStore::remove(const QUrl& server, const QString& login)
{
    start(Remove, keyFor(server, login), {}, false);
}

void TokenStore::start(int kind, const QString& key, const QString& token, bool retried)
{
    QKeychain::Job* job = nullptr;
    const QString service = AppInfo::keychainService();
    if (kind == Save) {
        auto* write = new QKeychain::WritePasswordJob(service, this);
        write->setTextData(token);
        job = write;
    } else if (kind == Load) {
        job = new QKeychain::ReadPasswordJob(service, this);
    } else {
        job = new QKeychain::DeletePasswordJob(service, this);
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, kind, key, token, retried](QKeychain::Job* done) {
        const QKeychain::Error error = done->error();
        if (error == QKeychain::NoBackendAvailable && !retried) {
            // The Secret Service may still be starting with the session: one more try.
            QTimer::singleShot(1000, this, [this, kind, key, token] { start(kind, key, token, true); });
            return;
        }
        const QString message = error == QKeychain::NoError ? QString() : done->errorString();
        if (kind == Save) {
            emit saved(error == QKeychain::NoError, message);
        } else if (kind == Load) {
            if (error == QKeychain::EntryNotFound)
                emit loaded(QString(), QString());
            else
                emit loaded(qobject_cast<QKeychain::ReadPasswordJob*>(done)->textData(), message);
        } else {
            const bool gone = error == QKeychain::NoError || error == QKeychain::EntryNotFound;
            emit removed(gone, gone ? QString() : message);
        }
    });
    job->start();
}

} // namespace tyndau
