// tyndau-server: the central server. Opens and migrates its database, seeds the reference
// data (and in --demo mode, loopback only, the demo users and a year of requests), and
// serves the sync API.
#include "Api.h"
#include "ApiDispatcher.h"
#include "ApiThread.h"
#include "AuthService.h"
#include "HttpServer.h"
#include "PasswordHasher.h"
#include "RequestLanguage.h"
#include "ServerOptions.h"
#include "core/AlmatyTime.h"
#include "core/MessageLocale.h"
#include "core/UserAccount.h"
#include "db/ApiKeyStore.h"
#include "db/AuditStore.h"
#include "db/Database.h"
#include "db/DemoBudget.h"
#include "db/DemoData.h"
#include "db/Migrator.h"
#include "db/ReferenceStore.h"
#include "db/RequestStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTextStream>
#include <QThread>

#include <cstdio>

using namespace tyndau;

namespace {

// Database threads on PostgreSQL (ApiThread), each with a connection of its own. Registering,
// two did 1,050-1,110 ops/s where one did 390, but four only 680-700 and eight 650: every
// registration takes the year's number counter row and holds its lock until its commit is
// flushed, and with more than one waiter PostgreSQL's queue for that lock costs more than
// the extra threads give (bench/RESULTS.md).
constexpr int kPostgresThreads = 2;

int fail(const QString& message)
{
    std::fprintf(stderr, "tyndau-server: %s\n", qPrintable(message));
    return 1;
}

Result<void> seedDemo(Database& db, qint64 requests)
{
    if (auto r = DemoData::seedDemoUsers(db); !r)
        return r;
    AuthService auth(db);
    for (const char* login : {"operator1", "executor1", "inspector1", "supervisor1", "admin"}) {
        if (auto r = auth.setPassword(QLatin1String(login), QStringLiteral("demo")); !r)
            return r;
    }
    // The demo's Open311 key for the web portal (DESIGN.md); never outside --demo.
    if (auto r = ApiKeyStore(db).add(PasswordHasher::tokenHash(QStringLiteral("demo-open311-key")),
                                     Channel::WebPortal, QStringLiteral("demo web portal"));
        !r)
        return r.error();
    if (RequestStore(db).count().value_or_zero() > 0 || requests <= 0)
        return {};
    DemoOptions options;
    options.count = requests;
    std::fprintf(stderr, "tyndau-server: generating %lld demo requests…\n", static_cast<long long>(requests));
    auto made = DemoData::generateRequests(db, options);
    if (!made)
        return made.error();
    return DemoBudget::seed(db, AlmatyTime::today().year());
}

// The key votes are stored under: read from its file, or made there (256 random bits, readable
// by the server's user only) on the first start. Every instance must read the same file.
Result<QByteArray> voteSecret(const QString& path)
{
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return Error {QStringLiteral("vote_secret"), QStringLiteral("cannot read %1").arg(path), {}};
        const QByteArray secret = file.readAll().trimmed();
        if (secret.size() < 32)
            return Error {
                QStringLiteral("vote_secret"), QStringLiteral("%1 holds less than 32 bytes").arg(path), {}};
        return secret;
    }
    QByteArray secret(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(secret.begin(), secret.end());
    secret = secret.toHex();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(secret) != secret.size() || !out.commit()
        || !QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error {QStringLiteral("vote_secret"), QStringLiteral("cannot write %1").arg(path), {}};
    return secret;
}

// The first administrator of a new installation (later ones are made in the workstation).
Result<void> createAdmin(Database& db, const QString& login)
{
    QString password = qEnvironmentVariable("TYNDAU_PASSWORD");
    if (password.isEmpty()) {
        std::fprintf(stderr, "Password for %s: ", qPrintable(login));
        QTextStream in(stdin);
        password = in.readLine();
    }
    ReferenceStore store(db);
    auto reference = store.loadReference();
    if (!reference)
        return reference.error();
    if (auto existing = store.user(login); !existing || existing.value())
        return existing ? Error {QStringLiteral("exists"), QStringLiteral("%1 exists already").arg(login), {}}
                        : existing.error();
    const User admin {0, login, login, Role::Admin, {}, true};
    if (const QList<Error> problems = UserAccount::check(admin, password, true, reference.value());
        !problems.isEmpty())
        return problems.first();
    Transaction tx(db);
    if (!tx.started())
        return tx.startError();
    if (auto r = store.upsertUser(admin); !r)
        return r.error();
    if (auto r = AuthService(db).setPassword(login, password); !r)
        return r;
    if (auto r = AuditStore(db).record(QStringLiteral("tyndau-server"), QStringLiteral("user.create"), login,
                                       QJsonObject {{QStringLiteral("role"), QStringLiteral("admin")}});
        !r)
        return r;
    return tx.commit();
}

// TLS 1.2 or later, from PEM files (an RSA or EC key).
Result<QSslConfiguration> tlsConfiguration(const QString& certPath, const QString& keyPath)
{
    QFile certFile(certPath);
    QFile keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return Error {
            QStringLiteral("tls"), QStringLiteral("cannot read %1 or %2").arg(certPath, keyPath), {}};
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    const QByteArray keyData = keyFile.readAll();
    QSslKey key(keyData, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyData, QSsl::Ec, QSsl::Pem);
    if (chain.isEmpty() || key.isNull())
        return Error {QStringLiteral("tls"), QStringLiteral("the certificate or key is not PEM"), {}};
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    return config;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tyndau-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TYNDAU_VERSION));
    if (!PasswordHasher::initialize())
        return fail(QStringLiteral("libsodium could not start"));
    // Outside a request the server writes English, its numbers too, whatever the host's
    // locale; inside one, the request's language (RequestLanguage::Scope).
    QLocale::setDefault(MessageLocale::of(QStringLiteral("en")));
    if (!RequestLanguage::install())
        qWarning("tyndau-server: the Kazakh and Russian messages could not be loaded; answering in English");

    auto options = ServerOptions::parse(app.arguments());
    if (!options)
        return fail(options.error().message);

    Database::Options open;
    open.role = SchemaRole::Server;
    auto db = Database::open(options->db, open);
    if (!db)
        return fail(db.error().message);
    if (auto r = DemoData::seedReference(*db.value()); !r)
        return fail(r.error().message);
    if (!options->createAdmin.isEmpty()) {
        if (auto r = createAdmin(*db.value(), options->createAdmin); !r)
            return fail(r.error().message);
        std::fprintf(stderr, "tyndau-server: %s is an administrator now\n", qPrintable(options->createAdmin));
        return 0;
    }
    if (options->migrateOnly) {
        std::fprintf(stderr, "tyndau-server: the database is at schema %d\n",
                     Migrator::currentVersion(*db.value()).value_or_zero());
        return 0;
    }
    if (options->demo) {
        if (auto r = seedDemo(*db.value(), options->demoRequests); !r)
            return fail(r.error().message);
    }
    ReferenceStore reference(*db.value());
    auto data = reference.loadReference();
    auto policy = reference.loadDeadlinePolicy();
    if (!data || !policy)
        return fail(!data ? data.error().message : policy.error().message);

    auto secret = voteSecret(options->voteSecretFile);
    if (!secret)
        return fail(secret.error().message);
    // SQLite: the one Api on this thread, over the connection opened above (one writer, and
    // its ops committed in groups). PostgreSQL: several threads with a connection each, since
    // an op there waits mostly on round trips to the database.
    std::optional<Api> api;
    std::optional<ApiDispatcher> dispatcher;
    std::vector<std::unique_ptr<ApiThread>> threads;
    QList<ApiDispatcher*> dispatchers;
    if (options->db.dialect == Dialect::SQLite) {
        api.emplace(*db.value(), data.value(), policy.value(), secret.value());
        dispatcher.emplace(*api);
        dispatchers.append(&*dispatcher);
    } else {
        for (int i = 0; i < kPostgresThreads; ++i) {
            auto thread = ApiThread::start(options->db, data.value(), policy.value(), secret.value());
            if (!thread)
                return fail(thread.error().message);
            dispatchers.append(&thread.value()->dispatcher());
            threads.push_back(std::move(thread).value());
        }
    }
    // HTTP on a thread of its own, the database on this one (ApiDispatcher). The server is
    // made here and moved there before it listens; it is deleted there when the thread ends.
    QThread network;
    network.setObjectName(QStringLiteral("network"));
    auto http = std::make_unique<HttpServer>(dispatchers);
    if (!options->tlsCert.isEmpty()) {
        auto tls = tlsConfiguration(options->tlsCert, options->tlsKey);
        if (!tls)
            return fail(tls.error().message);
        http->sslSetup(tls.value());
    }
    http->moveToThread(&network);
    HttpServer* server = http.release();
    QObject::connect(&network, &QThread::finished, server, &QObject::deleteLater);
    network.start();
    quint16 port = 0;
    QMetaObject::invokeMethod(
        server, [&] { port = server->listen(options->address, options->port); },
        Qt::BlockingQueuedConnection);
    if (port == 0) {
        network.quit();
        network.wait();
        threads.clear();
        return fail(
            QStringLiteral("cannot listen on %1:%2").arg(options->address.toString()).arg(options->port));
    }
    // Tests and scripts read this line to learn the port (--listen 127.0.0.1:0 picks one).
    std::fprintf(stderr, "tyndau-server: listening on %s://%s:%u (database %s)\n",
                 options->tlsCert.isEmpty() ? "http" : "https", qPrintable(options->address.toString()), port,
                 qPrintable(options->db.toDisplayString()));
    std::fflush(stderr);
    const int status = app.exec();
    network.quit();
    network.wait();
    threads.clear(); // each closes its connection on its own thread
    return status;
}
