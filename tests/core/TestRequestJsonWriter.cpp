#include "core/RequestJsonWriter.h"
#include "core/WireFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace tyndau;

// A request as the feed writes it must read back as the same request, and its times in
// the very form Qt writes them (older clients parse them with Qt).
class TestRequestJsonWriter : public QObject
{
    Q_OBJECT

    static Request sample()
    {
        Request r;
        r.id = QUuid::createUuid();
        r.number = QStringLiteral("2026-000123");
        r.kind = RequestKind::Complaint;
        r.channel = Channel::CallCenter;
        r.status = Status::Assigned;
        r.citizen.name = QStringLiteral("Ахметова Айгерим \"Әке\"");
        r.citizen.phone = QStringLiteral("+77011234567");
        r.citizen.iin = QStringLiteral("900101300123");
        r.citizen.language = Language::Kazakh;
        r.address = QStringLiteral("улица Абая, 10");
        r.districtCode = QStringLiteral("auezov");
        r.categoryCode = QStringLiteral("heating.outage");
        r.description = QStringLiteral("Холодные батареи\nвторой день");
        r.latitude = 43.254382385582915;
        r.longitude = 76.91481725819689;
        r.orgCode = QStringLiteral("alts");
        r.createdAt = QDateTime(QDate(2026, 11, 24), QTime(15, 28, 16, 7), Qt::UTC);
        r.registeredAt = r.createdAt;
        r.dueDate = QDate(2026, 12, 15);
        r.originalDueDate = r.dueDate;
        r.createdBy = QStringLiteral("operator1");
        r.version = 3;
        r.attachments.append(AttachmentRef {QStringLiteral("ab12"), QStringLiteral("фото.jpg"),
                                            QStringLiteral("image/jpeg"), 1234});
        return r;
    }

private slots:
    void readsBackAsTheSameRequest()
    {
        const Request r = sample();
        const QList<HistoryEntry> history {HistoryEntry {r.id, r.createdAt, QStringLiteral("operator1"),
                                                         Action::Register, Status::Draft, Status::Registered,
                                                         QStringLiteral("«принято»")}};
        JsonWriter out;
        RequestJsonWriter::write(out, r, false, &history);
        const QJsonObject json = QJsonDocument::fromJson(out.bytes()).object();
        auto back = WireFormat::requestFromJson(json);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QCOMPARE(back.value(), r);
        const QJsonArray h = json.value(QLatin1String("history")).toArray();
        QCOMPARE(h.size(), 1);
        auto entry = WireFormat::historyFromJson(h.at(0).toObject(), r.id);
        QVERIFY(entry.ok());
        QCOMPARE(entry.value(), history.first());
    }

    void masksContactsForRolesWithoutThem()
    {
        JsonWriter out;
        RequestJsonWriter::write(out, sample(), true);
        const QJsonObject citizen
            = QJsonDocument::fromJson(out.bytes()).object().value(QLatin1String("citizen")).toObject();
        QVERIFY(!citizen.value(QLatin1String("phone")).toString().contains(QLatin1String("1234567")));
        QVERIFY(!citizen.value(QLatin1String("iin")).toString().contains(QLatin1String("300123")));
        QCOMPARE(citizen.value(QLatin1String("name")).toString(), sample().citizen.name);
    }

    void timesAreWrittenAsQtWritesThem_data()
    {
        QTest::addColumn<QDateTime>("time");
        QTest::newRow("now") << QDateTime(QDate(2026, 11, 24), QTime(15, 28, 16, 123), Qt::UTC);
        QTest::newRow("leap day") << QDateTime(QDate(2024, 2, 29), QTime(0, 0), Qt::UTC);
        QTest::newRow("year end") << QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
        QTest::newRow("before 1970") << QDateTime(QDate(1969, 7, 20), QTime(20, 17, 40, 5), Qt::UTC);
        QTest::newRow("2000") << QDateTime(QDate(2000, 3, 1), QTime(12, 0), Qt::UTC);
        QTest::newRow("Almaty time") << QDateTime(QDate(2026, 1, 1), QTime(3, 0), QTimeZone("Asia/Almaty"));
    }
    void timesAreWrittenAsQtWritesThem()
    {
        QFETCH(QDateTime, time);
        const QString text = WireFormat::timeToString(time);
        QCOMPARE(text, time.toUTC().toString(Qt::ISODateWithMs));
        QCOMPARE(WireFormat::timeFromString(text), time.toUTC());
    }

    void timesNotInOurFormStillRead()
    {
        QCOMPARE(WireFormat::timeFromString(QStringLiteral("2026-11-24T20:28:16+05:00")),
                 QDateTime(QDate(2026, 11, 24), QTime(15, 28, 16), Qt::UTC));
        QVERIFY(!WireFormat::timeFromString(QStringLiteral("2026-02-30T10:00:00.000Z")).isValid());
        QVERIFY(!WireFormat::timeFromString(QStringLiteral("2026-11-24T25:00:00.000Z")).isValid());
        QVERIFY(!WireFormat::timeFromString(QStringLiteral("2026-11-2xT10:00:00.000Z")).isValid());
    }
};

QTEST_MAIN(TestRequestJsonWriter)
#include "TestRequestJsonWriter.moc"
