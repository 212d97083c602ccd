#include "ServerFixture.h"

#include <QUrlQuery>
#include <QXmlStreamReader>

using namespace tyndau;
using namespace tyndau::test;

// Open311 GeoReport v2 against the real server: the specification's requests in JSON and
// XML, its error format, its limits, and nothing personal in public output.
class TestOpen311Api : public QObject
{
    Q_OBJECT

private:
    // Element texts of an XML answer by name, in order (and whether it parsed).
    static QStringList xmlTexts(const QByteArray& xml, const QString& element, bool* ok = nullptr)
    {
        QXmlStreamReader r(xml);
        QStringList out;
        while (!r.atEnd()) {
            if (r.readNext() == QXmlStreamReader::StartElement && r.name() == element)
                out.append(r.readElementText(QXmlStreamReader::IncludeChildElements));
        }
        if (ok)
            *ok = !r.hasError();
        return out;
    }

    static QByteArray form(const QList<std::pair<QString, QString>>& fields)
    {
        QUrlQuery q;
        for (const auto& [k, v] : fields)
            q.addQueryItem(k, QString::fromUtf8(QUrl::toPercentEncoding(v)));
        return q.toString(QUrl::FullyEncoded).toUtf8();
    }

private slots:
    void roundTrip_data() { TestDb::addDialectRows(); }
    void roundTrip()
    {
        QFETCH(QString, dialect);
        ServerFixture f;
        if (!f.start(dialect))
            return;
        TestHttp http(f.server->url());
        const QString base = QStringLiteral("/open311/v2/");

        auto discovery = http.get(base + QStringLiteral("discovery.json"));
        QCOMPARE(discovery.status, 200);
        QVERIFY(discovery.json.value(QLatin1String("endpoints")).isArray());
        bool xmlOk = false;
        QVERIFY(!xmlTexts(http.get(base + QStringLiteral("discovery.xml")).body,
                          QStringLiteral("specification"), &xmlOk)
                     .isEmpty());
        QVERIFY(xmlOk);

        // Services: the leaves of the category tree, the same in JSON and XML.
        const auto servicesJson
            = QJsonDocument::fromJson(http.get(base + QStringLiteral("services.json")).body).array();
        const QStringList codesXml = xmlTexts(http.get(base + QStringLiteral("services.xml")).body,
                                              QStringLiteral("service_code"), &xmlOk);
        QVERIFY(xmlOk);
        QVERIFY(servicesJson.size() >= 60);
        QCOMPARE(codesXml.size(), servicesJson.size());
        QCOMPARE(servicesJson.first().toObject().value(QLatin1String("service_code")).toString(),
                 codesXml.first());
        const auto definition = http.get(base + QStringLiteral("services/roads.pothole.json"));
        QCOMPARE(definition.status, 200);
        QCOMPARE(definition.json.value(QLatin1String("attributes"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("code"))
                     .toString(),
                 QStringLiteral("district"));

        // The specification's example POST, in Almaty: a location, a service, a person.
        const auto created = http.post(
            base + QStringLiteral("requests.json"),
            form({{QStringLiteral("api_key"), QStringLiteral("demo-open311-key")},
                  {QStringLiteral("service_code"), QStringLiteral("roads.pothole")},
                  {QStringLiteral("lat"), QStringLiteral("43.2389")},
                  {QStringLiteral("long"), QStringLiteral("76.8897")},
                  {QStringLiteral("address_string"), QStringLiteral("проспект Абая, 52")},
                  {QStringLiteral("email"), QStringLiteral("asel@example.kz")},
                  {QStringLiteral("first_name"), QStringLiteral("Асель")},
                  {QStringLiteral("last_name"), QStringLiteral("Омарова")},
                  {QStringLiteral("phone"), QStringLiteral("+77011234567")},
                  {QStringLiteral("description"), QStringLiteral("Глубокая яма на проезжей части, опасно")}}),
            "application/x-www-form-urlencoded");
        QCOMPARE(created.status, 201);
        const QJsonObject receipt = QJsonDocument::fromJson(created.body).array().first().toObject();
        const QString id = receipt.value(QLatin1String("service_request_id")).toString();
        QVERIFY(!id.isEmpty());

        const auto one
            = QJsonDocument::fromJson(http.get(base + QStringLiteral("requests/%1.json").arg(id)).body)
                  .array();
        QCOMPARE(one.size(), 1);
        QCOMPARE(one.first().toObject().value(QLatin1String("status")).toString(), QStringLiteral("open"));
        QCOMPARE(one.first().toObject().value(QLatin1String("service_code")).toString(),
                 QStringLiteral("roads.pothole"));
        const auto oneXml = http.get(base + QStringLiteral("requests/%1.xml").arg(id));
        QCOMPARE(xmlTexts(oneXml.body, QStringLiteral("service_request_id"), &xmlOk), QStringList {id});
        QVERIFY(xmlOk);
        const auto byToken
            = QJsonDocument::fromJson(http.get(base
                                               + QStringLiteral("tokens/%1.json")
                                                     .arg(receipt.value(QLatin1String("token")).toString()))
                                          .body)
                  .array();
        QCOMPARE(byToken.first().toObject().value(QLatin1String("service_request_id")).toString(), id);

        // Public output carries nothing personal.
        const QByteArray listing = http.get(base + QStringLiteral("requests.json")).body + oneXml.body;
        for (const char* secret : {"Омарова", "asel@example.kz", "7011234567"})
            QVERIFY2(!listing.contains(secret), secret);

        // It landed in the operators' queue with its channel, district found from the point.
        TestHttp op(f.server->url());
        op.login(QStringLiteral("operator1"));
        const QUuid token = QUuid::fromString(receipt.value(QLatin1String("token")).toString());
        const QJsonArray feed = waitForFeed(op, [&](const QJsonArray& all) { return feedHas(all, token); });
        QJsonObject queued;
        for (const auto& c : feed) {
            const QJsonObject r = c.toObject().value(QLatin1String("request")).toObject();
            if (r.value(QLatin1String("number")).toString() == id)
                queued = r;
        }
        QCOMPARE(queued.value(QLatin1String("channel")).toString(), QStringLiteral("web_portal"));
        QCOMPARE(queued.value(QLatin1String("status")).toString(), QStringLiteral("registered"));
        QVERIFY(queued.value(QLatin1String("org")).isNull());
        QVERIFY(!queued.value(QLatin1String("district")).toString().isEmpty());
        QCOMPARE(queued.value(QLatin1String("citizen")).toObject().value(QLatin1String("phone")).toString(),
                 QStringLiteral("+77011234567"));
    }

    void errorsInItsOwnFormat()
    {
        ServerFixture f;
        if (!f.start(QStringLiteral("sqlite")))
            return;
        TestHttp http(f.server->url());
        const QString base = QStringLiteral("/open311/v2/");
        const QByteArray formType = "application/x-www-form-urlencoded";
        struct Case
        {
            const char* name;
            QString path;
            QByteArray body;
            int status;
        };
        const QList<Case> cases {
            {"no key", QStringLiteral("requests.json"),
             "service_code=roads.pothole&lat=43.24&long=76.89&description=яма%20большая%20тут", 403},
            {"bad key", QStringLiteral("requests.xml"),
             "api_key=x&service_code=roads.pothole&lat=43.24&long=76.89", 403},
            {"unknown service", QStringLiteral("requests.json"),
             "api_key=demo-open311-key&service_code=nope&lat=43.24&long=76.89", 400},
            {"no location", QStringLiteral("requests.json"),
             "api_key=demo-open311-key&service_code=roads.pothole&description=yyyyyyyyyyyy", 400},
            {"too short", QStringLiteral("requests.json"),
             "api_key=demo-open311-key&service_code=roads.pothole&lat=43.24&long=76.89&description=x", 400},
            {"invalid utf-8", QStringLiteral("requests.json"),
             "api_key=demo-open311-key&description=\xff\xfe", 400},
        };
        for (const Case& c : cases) {
            const auto r = http.post(base + c.path, c.body, formType);
            QVERIFY2(r.status == c.status,
                     qPrintable(QStringLiteral("%1: %2 %3")
                                    .arg(QLatin1String(c.name))
                                    .arg(r.status)
                                    .arg(QString::fromUtf8(r.body))));
            if (c.path.endsWith(QLatin1String(".json")))
                QCOMPARE(QJsonDocument::fromJson(r.body)
                             .array()
                             .first()
                             .toObject()
                             .value(QLatin1String("code"))
                             .toInt(),
                         c.status);
            else
                QCOMPARE(xmlTexts(r.body, QStringLiteral("code")), QStringList {QString::number(c.status)});
        }
        QCOMPARE(http.get(base
                          + QStringLiteral(
                              "requests.json?start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z"))
                     .status,
                 400);
        QCOMPARE(http.get(base + QStringLiteral("requests/1999-000001.json")).status, 404);
        QCOMPARE(http.get(base + QStringLiteral("services/nothing.json")).status, 404);
        QCOMPARE(http.get(base + QStringLiteral("services.html")).status, 404);
        QCOMPARE(http.get(base + QStringLiteral("requests.json?status=maybe")).status, 400);
        QCOMPARE(http.get(QStringLiteral("/api/v1/health")).status, 200);
    }

    void atMostAThousandRecords()
    {
        TestDb dbs;
        ServerProcess server(dbs.freshUrl(QStringLiteral("sqlite")),
                             {QStringLiteral("--demo-requests"), QStringLiteral("6000")});
        QVERIFY2(server.start(), qPrintable(server.log()));
        TestHttp http(server.url());
        const auto all
            = QJsonDocument::fromJson(http.get(QStringLiteral("/open311/v2/requests.json")).body).array();
        QCOMPARE(all.size(), 1000);
        const QDateTime cutoff = QDateTime::currentDateTimeUtc().addDays(-90);
        for (const auto& r : all)
            QVERIFY(QDateTime::fromString(r.toObject().value(QLatin1String("requested_datetime")).toString(),
                                          Qt::ISODate)
                    >= cutoff.addSecs(-60));
    }
};

QTEST_GUILESS_MAIN(TestOpen311Api)
#include "TestOpen311Api.moc"
