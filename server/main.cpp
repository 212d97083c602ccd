// tyndau-server: the central server. Opens and migrates its database, seeds the reference
// data (and in --demo mode, loopback only, the demo users and a year of requests), and
// serves the sync API.
#include "Api.h"
#include "AuthService.h"
#include "HttpServer.h"
#include "PasswordHasher.h"
#include "ServerOptions.h"
#include "db/Database.h"
#include "db/DemoData.h"
#include "db/ReferenceStore.h"
#include "db/RequestStore.h"

#include <QCoreApplication>

#include <cstdio>

using namespace tyndau;

namespace {

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
    if (RequestStore(db).count().value_or_zero() > 0 || requests <= 0)
        return {};
    DemoOptions options;
    options.count = requests;
    std::fprintf(stderr, "tyndau-server: generating %lld demo requests…\n", static_cast<long long>(requests));
    auto made = DemoData::generateRequests(db, options);
    if (!made)
        return made.error();
    return {};
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tyndau-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TYNDAU_VERSION));
    if (!PasswordHasher::initialize())
        return fail(QStringLiteral("libsodium could not start"));

    auto options = ServerOptions::parse(app.arguments());
    if (!options)
        return fail(options.error().message);
    if (!options->tlsCert.isEmpty())
        return fail(QStringLiteral("TLS is not implemented yet; put nginx in front for now"));

    auto db = Database::open(options->db);
    if (!db)
        return fail(db.error().message);
    if (auto r = DemoData::seedReference(*db.value()); !r)
        return fail(r.error().message);
    if (options->demo) {
        if (auto r = seedDemo(*db.value(), options->demoRequests); !r)
            return fail(r.error().message);
    }
    ReferenceStore reference(*db.value());
    auto data = reference.loadReference();
    auto policy = reference.loadDeadlinePolicy();
    if (!data || !policy)
        return fail(!data ? data.error().message : policy.error().message);

    Api api(*db.value(), data.value(), policy.value());
    HttpServer http(api);
    const quint16 port = http.listen(options->address, options->port);
    if (port == 0)
        return fail(
            QStringLiteral("cannot listen on %1:%2").arg(options->address.toString()).arg(options->port));
    // Tests and scripts read this line to learn the port (--listen 127.0.0.1:0 picks one).
    std::fprintf(stderr, "tyndau-server: listening on http://%s:%u (database %s)\n",
                 qPrintable(options->address.toString()), port, qPrintable(options->db.toDisplayString()));
    std::fflush(stderr);
    return app.exec();
}
