#pragma once

#include "core/DeadlinePolicy.h"
#include "core/ReferenceData.h"
#include "db/Database.h"
#include "db/DemoData.h"
#include "db/ReferenceStore.h"
#include "server/AuthService.h"

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
