#include "ServerFixture.h"
#include "db/AccessLogStore.h"
#include "db/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>

using namespace tyndau;
using namespace tyndau::test;

// The wire contract of /api/v1 against the real server, on SQLite and PostgreSQL:
// sessions, access control for every role, masking, the access log, hostile input.
class TestApi : public QObject
{
    Q_OBJECT

private slots:
    void sessions_data() { TestDb::addDialectRows(); }
    void sessions()
    {
        QFETCH(QString, dialect);
        ServerFixture f;
        if (!f.start(dialect))
            return;
        TestHttp http(f.server->url());
        const auto ok = http.postJson(QStringLiteral("/api/v1/session"),
                                      QJsonObject {{QStringLiteral("login"), QStringLiteral("executor1")},
                                                   {QStringLiteral("password"), QStringLiteral("demo")}});
        QCOMPARE(ok.status, 200);
        const QString token = ok.json.value(QLatin1String("token")).toString();
        QVERIFY(token.size() >= 43); // 256 bits in base64url
        QVERIFY(ok.json.value(QLatin1String("expires_at")).toString().endsWith(QLatin1Char('Z')));
        const QJsonObject user = ok.json.value(QLatin1String("user")).toObject();
        for (const char* key : {"id", "login", "role", "org_id", "display_name"})
            QVERIFY2(user.contains(QLatin1String(key)), key);
        QCOMPARE(user.value(QLatin1String("role")).toString(), QStringLiteral("executor"));
        QCOMPARE(user.value(QLatin1String("org_id")).toString(), QStringLiteral("almaty-su"));

        // The same answer for a wrong password and an unknown login.
        auto wrong = http.postJson(QStringLiteral("/api/v1/session"),
                                   QJsonObject {{QStringLiteral("login"), QStringLiteral("operator1")},
                                                {QStringLiteral("password"), QStringLiteral("nope")}});
        auto unknown = http.postJson(QStringLiteral("/api/v1/session"),
                                     QJsonObject {{QStringLiteral("login"), QStringLiteral("nobody")},
                                                  {QStringLiteral("password"), QStringLiteral("nope")}});
        QCOMPARE(wrong.status, 401);
        QCOMPARE(unknown.status, 401);
        QCOMPARE(wrong.body, unknown.body);

        // The token works, then logout kills it; forged tokens never work.
        http.setToken(token);
        QCOMPARE(http.get(QStringLiteral("/api/v1/changes?limit=1")).status, 200);
        QCOMPARE(http.del(QStringLiteral("/api/v1/session")).status, 204);
        QCOMPARE(http.get(QStringLiteral("/api/v1/changes?limit=1")).status, 401);
        for (const QString& forged :
             {QString(), QStringLiteral("x"), QString(token).replace(0, 4, QStringLiteral("AAAA")),
              QString(300, QLatin1Char('a'))}) {
            http.setToken(forged);
            const auto r = http.get(QStringLiteral("/api/v1/changes"));
            QCOMPARE(r.status, 401);
            QCOMPARE(r.errorCode(), QStringLiteral("unauthorized"));
        }
    }

    // A refusal is worded in the language the client asks for (Accept-Language), as the
    // workstation's own checks word it; without one, or with none of ours, in English.
    void refusalsSpeakTheClientsLanguage()
    {
        ServerFixture f;
        if (!f.start(QStringLiteral("sqlite")))
            return;
        TestHttp http(f.server->url());
        const struct
        {
            QByteArray acceptLanguage;
            QString message;
        } logins[] = {
            {"", QStringLiteral("Wrong login or password.")},
            {"ru", QStringLiteral("Неверный логин или пароль.")},
            {"kk", QStringLiteral("Логин немесе құпиясөз қате.")},
            {"ru-RU,ru;q=0.9,en;q=0.8", QStringLiteral("Неверный логин или пароль.")},
            {"de, en;q=0.3, kk;q=0.5", QStringLiteral("Логин немесе құпиясөз қате.")},
            {"de, fr", QStringLiteral("Wrong login or password.")},
        };
        int attempt = 0; // a login of its own each time: repeated failures are throttled
        for (const auto& l : logins) {
            http.setLanguage(l.acceptLanguage);
            const auto r = http.postJson(
                QStringLiteral("/api/v1/session"),
                QJsonObject {{QStringLiteral("login"), QStringLiteral("nobody%1").arg(++attempt)},
                             {QStringLiteral("password"), QStringLiteral("nope")}});
            QCOMPARE(r.status, 401);
            QCOMPARE(r.errorCode(), QStringLiteral("invalid_credentials")); // codes stay as they are
            QCOMPARE(
                r.json.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString(),
                l.message);
        }

        // A rule of the domain's (core/Workflow) refuses an operator accepting an answer.
        auto op = f.as(QStringLiteral("operator1"));
        const QUuid id = QUuid::createUuid();
        const QJsonObject created
            = firstResult(op->postJson(QStringLiteral("/api/v1/ops"), batch(createOp(id))));
        QCOMPARE(created.value(QLatin1String("status")).toString(), QStringLiteral("applied"));
        // The refusal's message; "" if the operation was not refused.
        auto refusal = [&](const QByteArray& language) {
            op->setLanguage(language);
            const QJsonObject result = firstResult(
                op->postJson(QStringLiteral("/api/v1/ops"), batch(actionOp(id, QStringLiteral("accept")))));
            if (result.value(QLatin1String("status")).toString() != QLatin1String("rejected"))
                return QString();
            return result.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
        };
        const QString english = refusal({});
        QVERIFY2(english.startsWith(QStringLiteral("The role “")), qPrintable(english));
        const QString russian = refusal("ru");
        QVERIFY2(russian.startsWith(QStringLiteral("Роль «")) && russian.contains(QStringLiteral("Оператор")),
                 qPrintable(russian));
        const QString kazakh = refusal("kk");
        QVERIFY2(kazakh.contains(QStringLiteral("рөлі")) && !kazakh.contains(QStringLiteral("may not")),
                 qPrintable(kazakh));

        // A field the rules refuse, found as the operations are read on the network thread.
        auto invalidPhone = [&](const QByteArray& language) {
            QJsonObject create = createOp(QUuid::createUuid());
            QJsonObject request = create.value(QLatin1String("request")).toObject();
            QJsonObject citizen = request.value(QLatin1String("citizen")).toObject();
            citizen.insert(QStringLiteral("phone"), QStringLiteral("12"));
            request.insert(QStringLiteral("citizen"), citizen);
            create.insert(QStringLiteral("request"), request);
            op->setLanguage(language);
            const QJsonObject result
                = firstResult(op->postJson(QStringLiteral("/api/v1/ops"), batch(create)));
            return result.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
        };
        const QString phoneEnglish = invalidPhone({});
        const QString phoneRussian = invalidPhone("ru");
        QVERIFY2(!phoneEnglish.isEmpty() && !phoneRussian.isEmpty() && phoneEnglish != phoneRussian,
                 qPrintable(phoneEnglish + QStringLiteral(" / ") + phoneRussian));
        QVERIFY2(phoneRussian.contains(QRegularExpression(QStringLiteral("[А-Яа-яЁё]"))),
                 qPrintable(phoneRussian));
    }

    // Operations sent at the same moment (committed together on SQLite, the server's group
    // commit; one by one on PostgreSQL) each keep their own fate: 30 registrations applied with 30 numbers, a
    // refused op and a malformed body in the same group refused alone, and everything applied is on the
    // server.
    void simultaneousOperationsKeepTheirOwnFate_data() { TestDb::addDialectRows(); }
    void simultaneousOperationsKeepTheirOwnFate()
    {
        QFETCH(QString, dialect);
        ServerFixture f;
        if (!f.start(dialect))
            return;
        auto op = f.as(QStringLiteral("operator1"));
        const QString token = op->login(QStringLiteral("operator1"));
        QNetworkAccessManager nam;
        QList<QNetworkReply*> replies;
        QList<QUuid> ids;
        auto post = [&](const QByteArray& body) {
            QNetworkRequest r(f.server->url().resolved(QUrl(QStringLiteral("/api/v1/ops"))));
            r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            r.setRawHeader("Authorization", "Bearer " + token.toLatin1());
            replies.append(nam.post(r, body));
        };
        for (int i = 0; i < 30; ++i) {
            ids.append(QUuid::createUuid());
            post(QJsonDocument(batch(createOp(ids.last()))).toJson(QJsonDocument::Compact));
        }
        QJsonObject unknownDistrict = createOp(QUuid::createUuid());
        QJsonObject request = unknownDistrict.value(QLatin1String("request")).toObject();
        request.insert(QStringLiteral("district"), QStringLiteral("atlantis'); DROP TABLE requests;--"));
        unknownDistrict.insert(QStringLiteral("request"), request);
        post(QJsonDocument(batch(unknownDistrict)).toJson(QJsonDocument::Compact));
        post(QByteArrayLiteral("{\"ops\":[{\"op_id\""));
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply* r) { return r->isFinished(); }),
            60000);
        auto firstResult = [](QNetworkReply* reply) {
            return QJsonDocument::fromJson(reply->readAll())
                .object()
                .value(QLatin1String("results"))
                .toArray()
                .first()
                .toObject();
        };
        QSet<QString> numbers;
        for (int i = 0; i < 30; ++i) {
            QCOMPARE(replies[i]->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            const QJsonObject result = firstResult(replies[i]);
            QCOMPARE(result.value(QLatin1String("status")).toString(), QStringLiteral("applied"));
            numbers.insert(
                result.value(QLatin1String("request")).toObject().value(QLatin1String("number")).toString());
        }
        QCOMPARE(numbers.size(), 30);
        const QJsonObject refused = firstResult(replies[30]);
        QCOMPARE(refused.value(QLatin1String("status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(replies[31]->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        for (const QUuid& id : std::as_const(ids))
            QCOMPARE(op->get(QStringLiteral("/api/v1/requests/") + id.toString(QUuid::WithoutBraces)).status,
                     200);
        qDeleteAll(replies);
    }

    void throttlesRepeatedFailures_data() { TestDb::addDialectRows(); }
    void throttlesRepeatedFailures()
    {
        QFETCH(QString, dialect);
        ServerFixture f;
        if (!f.start(dialect))
            return;
        TestHttp http(f.server->url());
        for (int i = 0; i < 5; ++i)
            QCOMPARE(http.login(QStringLiteral("inspector1"), QStringLiteral("guess%1").arg(i)), QString());
        // Now even the right password waits: the attacker cannot tell it was right.
        const auto r = http.postJson(QStringLiteral("/api/v1/session"),
                                     QJsonObject {{QStringLiteral("login"), QStringLiteral("inspector1")},
                                                  {QStringLiteral("password"), QStringLiteral("demo")}});
        QCOMPARE(r.status, 429);
        QVERIFY(r.header("retry-after").toInt() > 0);
        QVERIFY(!http.login(QStringLiteral("operator1")).isEmpty()); // other users are not locked out
    }

    void everyRoleAgainstEveryRoute_data() { TestDb::addDialectRows(); }
    void everyRoleAgainstEveryRoute()
    {
        QFETCH(QString, dialect);
        ServerFixture f;
        if (!f.start(dialect))
            return;
        // A request of Almaty Su (executor1's organization) and one of ALTS.
        auto op = f.as(QStringLiteral("operator1"));
        const QUuid su = QUuid::createUuid();
        const QUuid alts = QUuid::createUuid();
        QCOMPARE(
            firstResult(op->postJson(QStringLiteral("/api/v1/ops"),
                                     batch(createOp(su, QUuid::createUuid(), QStringLiteral("almaty-su")))))
                .value(QLatin1String("status"))
                .toString(),
            QStringLiteral("applied"));
        QCOMPARE(firstResult(op->postJson(QStringLiteral("/api/v1/ops"), batch(createOp(alts))))
                     .value(QLatin1String("status"))
                     .toString(),
                 QStringLiteral("applied"));

        struct Expect
        {
            const char* login;
            bool mayRegister;
            bool seesAlts; // another organization's request, for the executor
            bool seesContacts;
        };
        const Expect table[] = {
            {"operator1", true, true, true},   {"executor1", false, false, true},
            {"inspector1", false, true, true}, {"supervisor1", false, true, false},
            {"admin", true, true, false},
        };
        for (const Expect& e : table) {
            auto http = f.as(QLatin1String(e.login));
            const QString who = QLatin1String(e.login);
            const auto created = firstResult(
                http->postJson(QStringLiteral("/api/v1/ops"), batch(createOp(QUuid::createUuid()))));
            QCOMPARE(created.value(QLatin1String("status")).toString() == QLatin1String("applied"),
                     e.mayRegister);
            if (!e.mayRegister)
                QCOMPARE(
                    created.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
                    QStringLiteral("forbidden"));

            const auto own
                = http->get(QStringLiteral("/api/v1/requests/") + su.toString(QUuid::WithoutBraces));
            QVERIFY2(own.status == 200, qPrintable(who));
            const QString phone = own.json.value(QLatin1String("citizen"))
                                      .toObject()
                                      .value(QLatin1String("phone"))
                                      .toString();
            QCOMPARE(phone == QLatin1String("+77011234567"), e.seesContacts);
            if (!e.seesContacts)
                QVERIFY2(phone.contains(QChar(0x2022)), qPrintable(phone)); // masked, not missing

            const auto other
                = http->get(QStringLiteral("/api/v1/requests/") + alts.toString(QUuid::WithoutBraces));
            QCOMPARE(other.status, e.seesAlts ? 200 : 404);

            // Every role sees the Almaty Su request; once it is there the feed has caught up,
            // and the ALTS one is there exactly for those who may see it.
            const QJsonArray feed = waitForFeed(*http, [&](const QJsonArray& all) {
                return feedHas(all, su) && (!e.seesAlts || feedHas(all, alts));
            });
            QVERIFY(feedHas(feed, su));
            QCOMPARE(feedHas(feed, alts), e.seesAlts);

            // An executor may not act on another organization's request: it does not exist.
            const auto take = firstResult(
                http->postJson(QStringLiteral("/api/v1/ops"), batch(actionOp(alts, QStringLiteral("take")))));
            if (QLatin1String(e.login) == QLatin1String("executor1"))
                QCOMPARE(
                    take.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
                    QStringLiteral("not_found"));
            else
                QCOMPARE(take.value(QLatin1String("status")).toString(), QStringLiteral("rejected"));
        }
        // Reads of personal data are logged (who and which request), masked reads are not.
        auto db = Database::open(f.url, Database::Options {false, -1});
        QVERIFY(db.ok());
        const auto log = AccessLogStore(*db.value()).forRequest(su);
        QVERIFY(log.ok());
        QStringList readers;
        for (const auto& entry : log.value())
            readers.append(entry.login);
        QVERIFY(readers.contains(QStringLiteral("operator1")));
        QVERIFY(readers.contains(QStringLiteral("executor1")));
        QVERIFY(!readers.contains(QStringLiteral("supervisor1")));
    }

    void tls()
    {
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("cert.pem"));
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                       QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                       QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                       QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
        QVERIFY(openssl.waitForFinished(60000) && openssl.exitCode() == 0);
        TestDb dbs;
        ServerProcess server(dbs.freshUrl(QStringLiteral("sqlite")),
                             {QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key});
        QVERIFY2(server.start(), qPrintable(server.log()));
        QCOMPARE(server.url().scheme(), QStringLiteral("https"));

        QFile pem(cert);
        QVERIFY(pem.open(QIODevice::ReadOnly));
        QSslConfiguration trust = QSslConfiguration::defaultConfiguration();
        trust.setCaCertificates(QSslCertificate::fromData(pem.readAll()));
        QNetworkAccessManager nam;
        for (QSsl::SslProtocol protocol : {QSsl::TlsV1_2, QSsl::TlsV1_3}) {
            QNetworkRequest request(server.url().resolved(QUrl(QStringLiteral("/api/v1/health"))));
            QSslConfiguration c = trust;
            c.setProtocol(protocol);
            request.setSslConfiguration(c);
            QNetworkReply* reply = nam.get(request);
            QSignalSpy finished(reply, &QNetworkReply::finished);
            QVERIFY(finished.wait(30000));
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            reply->deleteLater();
        }
        // Plain HTTP to the TLS port gets no API answer.
        QUrl plain = server.url();
        plain.setScheme(QStringLiteral("http"));
        TestHttp http(plain);
        QVERIFY(http.get(QStringLiteral("/api/v1/health")).status != 200);
    }

    void hostileInputChangesNothing_data() { TestDb::addDialectRows(); }
    void hostileInputChangesNothing()
    {
        QFETCH(QString, dialect);
        ServerFixture f;
        if (!f.start(dialect))
            return;
        auto http = f.as(QStringLiteral("operator1"));
        const QString ops = QStringLiteral("/api/v1/ops");
        const auto before = http->get(QStringLiteral("/api/v1/changes?limit=5000")).json;

        struct Case
        {
            const char* name;
            QByteArray body;
            QByteArray type;
            int status;
        };
        const QByteArray validOp
            = QJsonDocument(batch(createOp(QUuid::createUuid()))).toJson(QJsonDocument::Compact);
        const QList<Case> cases {
            {"malformed", "{\"ops\": [", "application/json", 400},
            {"truncated", validOp.left(validOp.size() / 2), "application/json", 400},
            {"not an object", "[1,2,3]", "application/json", 400},
            {"ops not a list", "{\"ops\": \"all\"}", "application/json", 422},
            {"op not an object", "{\"ops\": [42]}", "application/json", 422},
            {"op_id not a uuid", "{\"ops\": [{\"op_id\": \"1; DROP TABLE ops\", \"type\": \"action\"}]}",
             "application/json", 422},
            {"unknown type",
             "{\"ops\": [{\"op_id\": \"6f1c2a4e-5b3d-4c7e-9a1f-0d2b3c4e5f60\", \"type\": \"delete_all\"}]}",
             "application/json", 422},
            {"invalid utf-8", "{\"ops\": [\"\xff\xfe\xfd\"]}", "application/json", 400},
            {"not json", validOp, "text/plain", 415},
            {"12 MB", QByteArray(12 * 1024 * 1024, ' ') + validOp, "application/json", 413},
        };
        for (const Case& c : cases) {
            const auto r = http->post(ops, c.body, c.type);
            QVERIFY2(r.status == c.status,
                     qPrintable(QStringLiteral("%1: %2 %3")
                                    .arg(QLatin1String(c.name))
                                    .arg(r.status)
                                    .arg(QString::fromUtf8(r.body.left(200)))));
            QVERIFY2(!r.errorCode().isEmpty(), c.name); // the JSON error shape
        }
        // Wrong types inside an operation: refused with the field named, nothing written.
        QJsonObject wrongTypes = createOp(QUuid::createUuid());
        QJsonObject request = wrongTypes.value(QLatin1String("request")).toObject();
        request.insert(QStringLiteral("description"), 42);
        wrongTypes.insert(QStringLiteral("request"), request);
        const auto typed = firstResult(http->postJson(ops, batch(wrongTypes)));
        QCOMPARE(typed.value(QLatin1String("status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(typed.value(QLatin1String("error")).toObject().value(QLatin1String("field")).toString(),
                 QStringLiteral("description"));

        const auto after = http->get(QStringLiteral("/api/v1/changes?limit=5000")).json;
        QCOMPARE(after.value(QLatin1String("changes")).toArray().size(),
                 before.value(QLatin1String("changes")).toArray().size());

        // SQL in every text field is just text.
        const QString sql = QStringLiteral("'); DROP TABLE requests; --");
        const QUuid id = QUuid::createUuid();
        QJsonObject hostile = createOp(id);
        QJsonObject req = hostile.value(QLatin1String("request")).toObject();
        req.insert(QStringLiteral("description"), sql + QStringLiteral(" и батареи холодные"));
        req.insert(QStringLiteral("address"), sql);
        req.insert(QStringLiteral("citizen"),
                   QJsonObject {{QStringLiteral("name"), sql},
                                {QStringLiteral("phone"), QStringLiteral("87011234567")}});
        hostile.insert(QStringLiteral("request"), req);
        QCOMPARE(firstResult(http->postJson(ops, batch(hostile))).value(QLatin1String("status")).toString(),
                 QStringLiteral("applied"));
        const auto back = http->get(QStringLiteral("/api/v1/requests/") + id.toString(QUuid::WithoutBraces));
        QCOMPARE(back.json.value(QLatin1String("address")).toString(), sql);

        // Other routes and methods answer in the same error shape; the server is still up.
        QCOMPARE(http->get(QStringLiteral("/api/v1/nothing")).status, 404);
        QCOMPARE(http->send("PUT", QStringLiteral("/api/v1/ops")).status, 405);
        QCOMPARE(http->get(QStringLiteral("/api/v1/changes?since=x';--")).status, 400);
        QCOMPARE(http->get(QStringLiteral("/api/v1/changes?limit=-1")).status, 400);
        QCOMPARE(http->get(QStringLiteral("/api/v1/requests/not-a-uuid")).status, 404);
        QCOMPARE(http->get(QStringLiteral("/api/v1/health")).status, 200);
        QVERIFY(f.server->isRunning());
    }
};

QTEST_GUILESS_MAIN(TestApi)
#include "TestApi.moc"
