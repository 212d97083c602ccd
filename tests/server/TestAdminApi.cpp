#include "ServerFixture.h"

using namespace tyndau;
using namespace tyndau::test;

// Open311 API keys, administered against the real server: only admins, the key shown once,
// and a revoked key refused at once.
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
    }
};

QTEST_MAIN(TestAdminApi)
#include "TestAdminApi.moc"
