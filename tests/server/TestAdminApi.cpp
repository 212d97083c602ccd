#include "ServerFixture.h"

using namespace tyndau;
using namespace tyndau::test;

// The administrator's routes against the real server: Open311 API keys (only admins, the
// key shown once, a revoked key refused at once) and user accounts, both audited.
class TestAdminApi : public QObject
{
    Q_OBJECT

private slots:
    void keysAreMadeShownOnceAndRevoked_data() { TestDb::addDialectRows(); }
    void keysAreMadeShownOnceAndRevoked()
    {
        QFETCH(QString, dialect);
        ServerFixture f;
        if (!f.start(dialect))
            return;
        const QString keys = QStringLiteral("/api/v1/admin/open311-keys");
        const QJsonObject portal {{QStringLiteral("channel"), QStringLiteral("web_portal")},
                                  {QStringLiteral("label"), QStringLiteral("eOtinish portal")}};
        // Not for an operator, nor without a session.
        QCOMPARE(f.as(QStringLiteral("operator1"))->postJson(keys, portal).status, 403);
        QCOMPARE(f.as(QString())->get(keys).status, 401);

        auto admin = f.as(QStringLiteral("admin"));
        const int before = admin->get(keys).json.value(QLatin1String("keys")).toArray().size();
        QCOMPARE(admin->post(keys, "{not json").status, 400);
        QCOMPARE(admin
                     ->postJson(keys,
                                {{QStringLiteral("channel"), QStringLiteral("call_center")},
                                 {QStringLiteral("label"), QStringLiteral("x")}})
                     .status,
                 422);
        QCOMPARE(admin->post(keys, "channel=web_portal", "application/x-www-form-urlencoded").status, 415);
        QCOMPARE(admin->get(keys).json.value(QLatin1String("keys")).toArray().size(), before); // nothing made

        const auto made = admin->postJson(keys, portal);
        QCOMPARE(made.status, 201);
        const QString key = made.json.value(QLatin1String("key")).toString();
        QVERIFY(key.size() >= 40);
        const QJsonArray listed = admin->get(keys).json.value(QLatin1String("keys")).toArray();
        QCOMPARE(listed.size(), before + 1);
        QVERIFY(!QJsonDocument(listed).toJson().contains(key.toUtf8())); // never shown again

        // The portal can submit with it …
        TestHttp outside(f.server->url());
        const QByteArray form = "api_key=" + key.toUtf8()
            + "&service_code=roads.pothole&lat=43.24&long=76.89&description=%D0%AF%D0%BC%D0%B0%20%D0%BD%D0%"
              "B0%20%D0%B4%D0%BE%D1%80%D0%BE%D0%B3%D0%B5";
        QCOMPARE(
            outside
                .post(QStringLiteral("/open311/v2/requests.json"), form, "application/x-www-form-urlencoded")
                .status,
            201);
        // … until it is revoked.
        const qint64 id = qint64(made.json.value(QLatin1String("id")).toDouble());
        QCOMPARE(f.as(QStringLiteral("operator1"))->del(keys + QStringLiteral("/%1").arg(id)).status, 403);
        QCOMPARE(admin->del(keys + QStringLiteral("/%1").arg(id)).status, 204);
        QCOMPARE(admin->del(keys + QStringLiteral("/999999")).status, 404);
        QCOMPARE(
            outside
                .post(QStringLiteral("/open311/v2/requests.json"), form, "application/x-www-form-urlencoded")
                .status,
            403);
        bool revoked = false;
        for (const auto& k : admin->get(keys).json.value(QLatin1String("keys")).toArray())
            if (qint64(k.toObject().value(QLatin1String("id")).toDouble()) == id)
                revoked = k.toObject().value(QLatin1String("revoked")).toBool();
        QVERIFY(revoked);
        const auto audit = admin->get(QStringLiteral("/api/v1/admin/audit"));
        QVERIFY(!audit.body.contains(key.toUtf8()));
        QStringList actions;
        for (const auto& e : audit.json.value(QLatin1String("entries")).toArray())
            actions.append(e.toObject().value(QLatin1String("action")).toString());
        QCOMPARE(actions,
                 (QStringList {QStringLiteral("open311_key.revoke"), QStringLiteral("open311_key.create")}));
    }

    // Accounts are made, changed and deactivated by an admin only; every change ends the
    // sessions it should, bad input changes nothing, and the audit log has each change
    // without the password.
    void usersAreManagedAndAudited_data() { TestDb::addDialectRows(); }
    void usersAreManagedAndAudited()
    {
        QFETCH(QString, dialect);
        ServerFixture f;
        if (!f.start(dialect))
            return;
        const QString users = QStringLiteral("/api/v1/admin/users");
        const QString clerkPath = users + QStringLiteral("/clerk2");
        const QJsonObject clerk {{QStringLiteral("login"), QStringLiteral("clerk2")},
                                 {QStringLiteral("display_name"), QStringLiteral("Әсел Нұрланқызы")},
                                 {QStringLiteral("role"), QStringLiteral("operator")},
                                 {QStringLiteral("password"), QStringLiteral("long-secret-1")}};
        QCOMPARE(f.as(QStringLiteral("operator1"))->get(users).status, 403);
        QCOMPARE(f.as(QStringLiteral("operator1"))->postJson(users, clerk).status, 403);
        QCOMPARE(f.as(QString())->get(users).status, 401);

        auto admin = f.as(QStringLiteral("admin"));
        auto count = [&] {
            return admin->get(users).json.value(QLatin1String("users")).toArray().size();
        };
        const int before = count();
        auto with = [&](const char* key, const QJsonValue& value) {
            QJsonObject o = clerk;
            o.insert(QLatin1String(key), value);
            return o;
        };
        // Refused, each with the field named, and nothing made.
        const QList<std::pair<QJsonObject, QString>> bad {
            {with("login", QStringLiteral("Clerk Two")), QStringLiteral("login")},
            {with("login", QStringLiteral("x'; DROP TABLE users; --")), QStringLiteral("login")},
            {with("role", QStringLiteral("executor")), QStringLiteral("organization")},
            {with("role", QStringLiteral("mayor")), QStringLiteral("role")},
            {with("password", QStringLiteral("short")), QStringLiteral("password")},
            {with("active", QStringLiteral("yes")), QStringLiteral("active")},
            {with("display_name", QStringLiteral("  ")), QStringLiteral("display_name")},
        };
        for (const auto& [body, field] : bad) {
            const auto reply = admin->postJson(users, body);
            QCOMPARE(reply.status, 422);
            QCOMPARE(
                reply.json.value(QLatin1String("error")).toObject().value(QLatin1String("field")).toString(),
                field);
        }
        QCOMPARE(admin->post(users, "{\"login\":").status, 400);
        QCOMPARE(count(), before);

        QCOMPARE(admin->postJson(users, clerk).status, 201);
        QCOMPARE(admin->postJson(users, clerk).status, 409);
        QCOMPARE(count(), before + 1);
        TestHttp clerkHttp(f.server->url());
        QVERIFY(!clerkHttp.login(QStringLiteral("clerk2"), QStringLiteral("long-secret-1")).isEmpty());
        QCOMPARE(clerkHttp.get(QStringLiteral("/api/v1/changes?limit=1")).status, 200);

        // A new role and organization: the old session ends, the new one has the new role.
        const auto moved = admin->send(
            "PATCH", clerkPath,
            QJsonDocument(QJsonObject {{QStringLiteral("role"), QStringLiteral("executor")},
                                       {QStringLiteral("organization"), QStringLiteral("almaty-su")}})
                .toJson(),
            "application/json");
        QCOMPARE(moved.status, 200);
        QCOMPARE(moved.json.value(QLatin1String("role")).toString(), QStringLiteral("executor"));
        QCOMPARE(clerkHttp.get(QStringLiteral("/api/v1/changes?limit=1")).status, 401);
        QVERIFY(!clerkHttp.login(QStringLiteral("clerk2"), QStringLiteral("long-secret-1")).isEmpty());
        QCOMPARE(clerkHttp.get(QStringLiteral("/api/v1/changes?limit=1")).status, 200);

        // Deactivated: the session ends and the password no longer opens anything.
        QCOMPARE(admin->send("PATCH", clerkPath, R"({"active":false})", "application/json").status, 200);
        QCOMPARE(clerkHttp.get(QStringLiteral("/api/v1/changes?limit=1")).status, 401);
        QVERIFY(clerkHttp.login(QStringLiteral("clerk2"), QStringLiteral("long-secret-1")).isEmpty());

        // No admin locks themselves out; an unknown login is 404.
        QCOMPARE(
            admin->send("PATCH", users + QStringLiteral("/admin"), R"({"active":false})", "application/json")
                .status,
            403);
        QCOMPARE(admin
                     ->send("PATCH", users + QStringLiteral("/admin"), R"({"role":"operator"})",
                            "application/json")
                     .status,
                 403);
        QCOMPARE(admin->get(QStringLiteral("/api/v1/changes?limit=1")).status, 200);
        QCOMPARE(
            admin->send("PATCH", users + QStringLiteral("/nobody"), R"({"active":false})", "application/json")
                .status,
            404);

        const auto audit = admin->get(QStringLiteral("/api/v1/admin/audit?limit=10"));
        QCOMPARE(audit.status, 200);
        QVERIFY(!audit.body.contains("long-secret-1"));
        QStringList actions;
        for (const auto& e : audit.json.value(QLatin1String("entries")).toArray())
            actions.append(e.toObject().value(QLatin1String("action")).toString());
        QCOMPARE(actions,
                 (QStringList {QStringLiteral("user.update"), QStringLiteral("user.update"),
                               QStringLiteral("user.create")}));
        QCOMPARE(admin->get(QStringLiteral("/api/v1/admin/audit?limit=0")).status, 400);
        QCOMPARE(admin->get(QStringLiteral("/api/v1/admin/audit?before=x")).status, 400);
    }
};

QTEST_MAIN(TestAdminApi)
#include "TestAdminApi.moc"
