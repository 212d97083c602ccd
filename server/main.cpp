// tyndau-server: opens and migrates its database, seeds the demo city in --demo mode, and
// serves HTTP. The sync API and Open311 arrive with issue 3; today it answers
// GET /api/v1/health.
#include "ServerOptions.h"
#include "db/Database.h"
#include "db/DemoData.h"
#include "db/Migrator.h"
#include "db/RequestStore.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonObject>

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
    if (auto r = DemoData::seedReference(db); !r)
        return r;
    if (auto r = DemoData::seedDemoUsers(db); !r)
        return r;
    RequestStore store(db);
    if (store.count().value_or_zero() > 0)
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

    auto options = ServerOptions::parse(app.arguments());
    if (!options)
        return fail(options.error().message);
    if (!options->tlsCert.isEmpty())
        return fail(QStringLiteral("TLS is not implemented yet (issue 3); put nginx in front for now"));

    auto db = Database::open(options->db);
    if (!db)
        return fail(db.error().message);
    if (options->demo) {
        if (auto r = seedDemo(*db.value(), options->demoRequests); !r)
            return fail(r.error().message);
    } else if (auto r = DemoData::seedReference(*db.value()); !r) {
        return fail(r.error().message);
    }

    QHttpServer http;
    Database* database = db.value().get();
    http.route(QStringLiteral("/api/v1/health"), QHttpServerRequest::Method::Get, [database] {
        RequestStore store(*database);
        return QHttpServerResponse(QJsonObject {
            {QStringLiteral("status"), QStringLiteral("ok")},
            {QStringLiteral("schema"), Migrator::currentVersion(*database).value_or_zero()},
            {QStringLiteral("requests"), store.count().value_or_zero()},
        });
    });
    const quint16 port = http.listen(options->address, options->port);
    if (port == 0)
        return fail(
            QStringLiteral("cannot listen on %1:%2").arg(options->address.toString()).arg(options->port));
    std::fprintf(stderr, "tyndau-server: listening on http://%s:%u (database %s)\n",
                 qPrintable(options->address.toString()), port, qPrintable(options->db.toDisplayString()));
    return app.exec();
}
