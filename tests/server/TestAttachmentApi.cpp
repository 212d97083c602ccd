#include "ServerFixture.h"
#include "db/AttachmentStore.h"
#include "db/Database.h"

using namespace tyndau;
using namespace tyndau::test;

// Attachments: type by content, size cap, stored once, visible only with the request.
class TestAttachmentApi : public QObject
{
    Q_OBJECT

private slots:
    void attachments_data() { TestDb::addDialectRows(); }
    void attachments()
    {
        QFETCH(QString, dialect);
        ServerFixture f;
        if (!f.start(dialect))
            return;
        auto op = f.as(QStringLiteral("operator1"));
        const QUuid su = QUuid::createUuid();
        const QUuid alts = QUuid::createUuid();
        QVERIFY(
            firstResult(op->postJson(QStringLiteral("/api/v1/ops"),
                                     batch(createOp(su, QUuid::createUuid(), QStringLiteral("almaty-su")))))
                .value(QLatin1String("status"))
            == QLatin1String("applied"));
        QVERIFY(firstResult(op->postJson(QStringLiteral("/api/v1/ops"), batch(createOp(alts))))
                    .value(QLatin1String("status"))
                == QLatin1String("applied"));

        QByteArray jpeg("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00", 11);
        jpeg += QByteArray(5000, 'p');
        const QString suPath
            = QStringLiteral("/api/v1/requests/%1/attachments?name=%2")
                  .arg(su.toString(QUuid::WithoutBraces), QStringLiteral("../../etc/фото двора.jpg"));
        // The declared type is not trusted: the content is.
        const auto up = op->post(suPath, jpeg, "text/plain");
        QCOMPARE(up.status, 201);
        QCOMPARE(up.json.value(QLatin1String("mime_type")).toString(), QStringLiteral("image/jpeg"));
        QCOMPARE(up.json.value(QLatin1String("file_name")).toString(), QStringLiteral("фото двора.jpg"));
        const QString sha = up.json.value(QLatin1String("sha256")).toString();
        // The same photo on another request is stored once.
        QCOMPARE(op->post(QStringLiteral("/api/v1/requests/%1/attachments?name=x.jpg")
                              .arg(alts.toString(QUuid::WithoutBraces)),
                          jpeg, "image/jpeg")
                     .status,
                 201);

        QCOMPARE(op->post(suPath, "#!/bin/sh\nrm -rf /\n", "image/jpeg").status, 415);
        QCOMPARE(op->post(suPath, QByteArray(11 * 1024 * 1024, '\xFF'), "image/jpeg").status, 413);
        QCOMPARE(op->post(suPath, QByteArray(), "image/jpeg").status, 400);

        const auto down = op->get(QStringLiteral("/api/v1/attachments/") + sha);
        QCOMPARE(down.status, 200);
        QCOMPARE(down.body, jpeg);
        QCOMPARE(down.header("content-type"), QByteArrayLiteral("image/jpeg"));

        // The executor of ALTS sees it through the ALTS request; Almaty Su's executor too.
        auto ex = f.as(QStringLiteral("executor1")); // Almaty Su
        QCOMPARE(ex->get(QStringLiteral("/api/v1/attachments/") + sha).status, 200);
        QCOMPARE(ex->post(QStringLiteral("/api/v1/requests/%1/attachments?name=x.png")
                              .arg(alts.toString(QUuid::WithoutBraces)),
                          QByteArray("\x89PNG\r\n\x1A\n", 8) + QByteArray(100, 'x'), "image/png")
                     .status,
                 404); // another organization's request
        auto sup = f.as(QStringLiteral("supervisor1"));
        QCOMPARE(sup->post(suPath, jpeg, "image/jpeg").status, 403);
        TestHttp anonymous(f.server->url());
        QCOMPARE(anonymous.get(QStringLiteral("/api/v1/attachments/") + sha).status, 401);
        QCOMPARE(op->get(QStringLiteral("/api/v1/attachments/") + QString(64, QLatin1Char('0'))).status, 404);
        QCOMPARE(op->get(QStringLiteral("/api/v1/attachments/..%2F..%2Fetc")).status, 404);

        // The request lists it, and its change went into the feed.
        const auto back = op->get(QStringLiteral("/api/v1/requests/") + su.toString(QUuid::WithoutBraces));
        QCOMPARE(back.json.value(QLatin1String("attachments")).toArray().size(), 1);
        auto db = Database::open(f.url, Database::Options {false, -1});
        QVERIFY(db.ok());
        QCOMPARE(AttachmentStore(*db.value()).blobCount().value(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAttachmentApi)
#include "TestAttachmentApi.moc"
