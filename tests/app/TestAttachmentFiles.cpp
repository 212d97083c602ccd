#include "app/AttachmentFiles.h"
#include "app/LocalCache.h"
#include "db/AttachmentStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tyndau;

// Opening an attachment from the cache: the file written under a name a viewer cannot misread;
// a file the cache does not hold, with no server to ask, said so. Fetching from a real server
// is TestRequestsWorkspace's.
class TestAttachmentFiles : public QObject
{
    Q_OBJECT

    static AttachmentRef ref(const QString& name, const QString& mime, const QByteArray& data = {})
    {
        return AttachmentRef {
            QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()), name,
            mime, data.size()};
    }

private slots:
    void namesAreSafe_data()
    {
        QTest::addColumn<QString>("sent");
        QTest::addColumn<QString>("mime");
        QTest::addColumn<QString>("kept");
        QTest::newRow("as sent") << QStringLiteral("яма у дома.png") << QStringLiteral("image/png")
                                 << QStringLiteral("яма у дома.png");
        QTest::newRow("type by content") << QStringLiteral("ответ.exe") << QStringLiteral("application/pdf")
                                         << QStringLiteral("ответ.pdf");
        QTest::newRow("a path") << QStringLiteral("../../.bashrc/скан.jpeg") << QStringLiteral("image/jpeg")
                                << QStringLiteral("скан.jpg");
        QTest::newRow("hidden") << QStringLiteral(".profile") << QStringLiteral("image/webp")
                                << QStringLiteral("attachment.webp");
        QTest::newRow("nothing") << QString() << QStringLiteral("image/png")
                                 << QStringLiteral("attachment.png");
        QTest::newRow("right-to-left override")
            << QStringLiteral("счёт\u202Efdp.exe") << QStringLiteral("image/png")
            << QStringLiteral("счётfdp.png");
        QTest::newRow("odd characters")
            << QStringLiteral("a:b*c?\"d<e>f|g\th.png") << QStringLiteral("image/png")
            << QStringLiteral("a_b_c__d_e_f_g_h.png");
    }
    void namesAreSafe()
    {
        QFETCH(QString, sent);
        QFETCH(QString, mime);
        QFETCH(QString, kept);
        QCOMPARE(AttachmentFiles::safeFileName(ref(sent, mime)), kept);
    }

    void aFileInTheCacheOpensAtOnce()
    {
        QTemporaryDir dir;
        auto cache = LocalCache::open(dir.filePath(QStringLiteral("cache.db")));
        QVERIFY(cache);
        const QByteArray pdf = "%PDF-1.4\n% a scanned answer\n";
        const AttachmentRef answer = ref(QStringLiteral("ответ.pdf"), QStringLiteral("application/pdf"), pdf);
        QVERIFY(AttachmentStore(cache.value()->db()).put(answer.sha256, answer.mimeType, pdf).ok());

        AttachmentFiles files(cache.value()->db(), nullptr);
        QSignalSpy ready(&files, &AttachmentFiles::ready);
        QSignalSpy failed(&files, &AttachmentFiles::failed);
        files.open(answer);
        QCOMPARE(ready.size(), 1);
        QCOMPARE(failed.size(), 0);
        const QString path = ready.first().first().toString();
        QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("ответ.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), pdf);

        // Not in the cache and no server to ask: said, and nothing written.
        const AttachmentRef missing = ref(QStringLiteral("фото.png"), QStringLiteral("image/png"), "other");
        files.open(missing);
        QCOMPARE(ready.size(), 1);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).toString(), QStringLiteral("фото.png"));
        QVERIFY(!failed.first().at(1).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAttachmentFiles)
#include "TestAttachmentFiles.moc"
