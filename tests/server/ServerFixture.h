#pragma once

#include "support/ServerProcess.h"
#include "support/TestDb.h"
#include "support/TestHttp.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

#include <functional>
#include <memory>

namespace tyndau::test {

// One real server over a fresh database of the test row's dialect.
struct ServerFixture
{
    TestDb dbs;
    DbUrl url;
    std::unique_ptr<ServerProcess> server;

    // False (with the test already marked skipped or failed) when it cannot start.
    bool start(const QString& dialect)
    {
        if (dialect == QLatin1String("postgresql") && qEnvironmentVariableIsEmpty("TYNDAU_TEST_PG")) {
            if (qEnvironmentVariable("TYNDAU_REQUIRE_PG") == QLatin1String("1"))
                QTest::qFail("TYNDAU_TEST_PG is not set", __FILE__, __LINE__);
            else
                QTest::qSkip("no PostgreSQL: run through ./dev.sh test", __FILE__, __LINE__);
            return false;
        }
        url = dbs.freshUrl(dialect);
        server = std::make_unique<ServerProcess>(url);
        if (!server->start()) {
            QTest::qFail(qPrintable(QStringLiteral("server did not start: ") + server->log()), __FILE__,
                         __LINE__);
            return false;
        }
        return true;
    }

    std::unique_ptr<TestHttp> as(const QString& login)
    {
        auto http = std::make_unique<TestHttp>(server->url());
        if (!login.isEmpty())
            http->login(login);
        return http;
    }
};

// A create_request operation for a valid complaint.
inline QJsonObject createOp(const QUuid& requestId, const QUuid& opId = QUuid::createUuid(),
                            const QString& assign = QStringLiteral("alts"))
{
    QJsonObject op {
        {QStringLiteral("op_id"), opId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("type"), QStringLiteral("create_request")},
        {QStringLiteral("request"),
         QJsonObject {{QStringLiteral("id"), requestId.toString(QUuid::WithoutBraces)},
                      {QStringLiteral("kind"), QStringLiteral("complaint")},
                      {QStringLiteral("channel"), QStringLiteral("call_center")},
                      {QStringLiteral("citizen"),
                       QJsonObject {{QStringLiteral("name"), QStringLiteral("Ахметова Айгерим")},
                                    {QStringLiteral("phone"), QStringLiteral("8 701 123 45 67")},
                                    {QStringLiteral("iin"), QStringLiteral("880315300014")}}},
                      {QStringLiteral("district"), QStringLiteral("auezov")},
                      {QStringLiteral("category"), QStringLiteral("heating.outage")},
                      {QStringLiteral("description"), QStringLiteral("Холодные батареи третий день")}}},
    };
    if (!assign.isEmpty())
        op.insert(QStringLiteral("assign"), assign);
    return op;
}

inline QJsonObject actionOp(const QUuid& requestId, const QString& action, const QJsonObject& input = {},
                            int baseVersion = 0)
{
    QJsonObject op {{QStringLiteral("op_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                    {QStringLiteral("type"), QStringLiteral("action")},
                    {QStringLiteral("request_id"), requestId.toString(QUuid::WithoutBraces)},
                    {QStringLiteral("action"), action},
                    {QStringLiteral("input"), input}};
    if (baseVersion > 0)
        op.insert(QStringLiteral("base_version"), baseVersion);
    return op;
}

inline QJsonObject batch(const QJsonObject& op)
{
    return QJsonObject {{QStringLiteral("ops"), QJsonArray {op}}};
}

// The whole change feed as `http` sees it, read again until `done` holds or 60 s pass. On
// PostgreSQL the feed waits below the cluster's oldest open transaction (another test's,
// say): a test must wait for it, never expect it at once.
inline QJsonArray waitForFeed(TestHttp& http, const std::function<bool(const QJsonArray&)>& done)
{
    QDeadlineTimer deadline(60000);
    QJsonArray all;
    for (;;) {
        all = QJsonArray();
        QString cursor;
        for (;;) {
            const auto page = http.get(QStringLiteral("/api/v1/changes?limit=5000&since=") + cursor).json;
            for (const auto& c : page.value(QLatin1String("changes")).toArray())
                all.append(c);
            cursor = page.value(QLatin1String("cursor")).toString();
            if (!page.value(QLatin1String("more")).toBool())
                break;
        }
        if (done(all) || deadline.hasExpired())
            return all;
        QTest::qWait(50);
    }
}

inline bool feedHas(const QJsonArray& feed, const QUuid& id)
{
    for (const auto& c : feed) {
        if (c.toObject().value(QLatin1String("request")).toObject().value(QLatin1String("id")).toString()
            == id.toString(QUuid::WithoutBraces))
            return true;
    }
    return false;
}

// The first result of an ops reply.
inline QJsonObject firstResult(const HttpReply& r)
{
    return r.json.value(QLatin1String("results")).toArray().at(0).toObject();
}

} // namespace tyndau::test
