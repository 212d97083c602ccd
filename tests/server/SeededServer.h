#pragma once

#include "core/DeadlinePolicy.h"
#include "core/ReferenceData.h"
#include "db/Database.h"
#include "db/DemoData.h"
#include "db/ReferenceStore.h"
#include "server/AuthService.h"
#include "support/TestDb.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>
#include <optional>

namespace tyndau::test {

// What an Api over a server's database needs, as `tyndau-server --demo` would set it up
// (reference data, the demo users), with a session for operator1 (password "demo").
struct SeededServer
{
    QByteArray token;
    ReferenceData reference;
    DeadlinePolicy policy;
};

// A fresh database of the test row's dialect, made as tyndau-server makes its own (the
// server's schema); null when the row is skipped.
inline std::unique_ptr<Database> openServerDatabase(TestDb& dbs, const QString& dialect)
{
    Database::Options server;
    server.role = SchemaRole::Server;
    return dbs.open(dialect, server);
}

// The status of the first op's result in a POST /api/v1/ops answer ("applied", …).
inline QString firstOpStatus(const QByteArray& body)
{
    return QJsonDocument::fromJson(body)
        .object()
        .value(QLatin1String("results"))
        .toArray()
        .first()
        .toObject()
        .value(QLatin1String("status"))
        .toString();
}

// nullopt when any step fails.
inline std::optional<SeededServer> seedServer(Database& db)
{
    if (!DemoData::seedReference(db) || !DemoData::seedDemoUsers(db))
        return std::nullopt;
    AuthService auth(db);
    if (!auth.setPassword(QStringLiteral("operator1"), QStringLiteral("demo")))
        return std::nullopt;
    auto login = auth.login(QStringLiteral("operator1"), QStringLiteral("demo"), QStringLiteral("127.0.0.1"));
    ReferenceStore store(db);
    auto reference = store.loadReference();
    auto policy = store.loadDeadlinePolicy();
    if (!login || !reference || !policy)
        return std::nullopt;
    return SeededServer {login->token.toLatin1(), reference.value(), policy.value()};
}

} // namespace tyndau::test
