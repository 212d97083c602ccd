#include "core/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace tyndau;

// What the change feed's pages are written with: what it writes must read back as written.
class TestJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void textReadsBackAsWritten()
    {
        const QString nasty = QStringLiteral(
            "«Кавычки» \"quotes\" \\back\\slash\nline\ttab\r\x01\x1f ӘәҒғ ё '; DROP TABLE requests;--");
        JsonWriter out;
        out.beginObject();
        out.field(QLatin1StringView("text"), nasty);
        out.textOrNull(QLatin1StringView("empty"), QString());
        out.endObject();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(out.bytes(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.object().value(QLatin1String("text")).toString(), nasty);
        QVERIFY(doc.object().value(QLatin1String("empty")).isNull());
    }

    void nestingAndNumbers()
    {
        JsonWriter out;
        out.beginObject();
        out.key(QLatin1StringView("list"));
        out.beginArray();
        out.value(qint64(9007199254740991));
        out.value(43.254382385582915);
        out.value(-0.5);
        out.value(true);
        out.null();
        out.beginObject();
        out.endObject();
        out.beginArray();
        out.endArray();
        out.endArray();
        out.field(QLatin1StringView("whole"), QJsonObject {{QStringLiteral("a"), 1}});
        out.endObject();
        QCOMPARE(
            out.bytes(),
            QByteArray(
                R"({"list":[9007199254740991,43.254382385582915,-0.5,true,null,{},[]],"whole":{"a":1}})"));
        const QJsonArray list
            = QJsonDocument::fromJson(out.bytes()).object().value(QLatin1String("list")).toArray();
        QCOMPARE(list.at(1).toDouble(), 43.254382385582915);
    }
};

QTEST_MAIN(TestJsonWriter)
#include "TestJsonWriter.moc"
