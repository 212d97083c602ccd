#include "Open311Format.h"

#include <QJsonDocument>
#include <QXmlStreamWriter>

namespace tyndau {
namespace {

void writeValue(QXmlStreamWriter& xml, const QString& name, const QJsonValue& value);

void writeObject(QXmlStreamWriter& xml, const QJsonObject& o)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        writeValue(xml, it.key(), it.value());
}

void writeValue(QXmlStreamWriter& xml, const QString& name, const QJsonValue& value)
{
    if (value.isArray()) {
        // "attributes" holds <attribute>s, "values" <value>s, "keywords" <keyword>s.
        const QString element = name.endsWith(QLatin1Char('s')) ? name.chopped(1) : name;
        xml.writeStartElement(name);
        for (const auto& item : value.toArray())
            writeValue(xml, element, item);
        xml.writeEndElement();
    } else if (value.isObject()) {
        xml.writeStartElement(name);
        writeObject(xml, value.toObject());
        xml.writeEndElement();
    } else if (value.isNull() || value.isUndefined()) {
        xml.writeEmptyElement(name);
    } else if (value.isBool()) {
        xml.writeTextElement(name, value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    } else if (value.isDouble()) {
        const double d = value.toDouble();
        xml.writeTextElement(
            name, d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d, 'g', 10));
    } else {
        xml.writeTextElement(name, value.toString());
    }
}

QByteArray xmlDocument(const std::function<void(QXmlStreamWriter&)>& body)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    body(xml);
    xml.writeEndDocument();
    return out;
}

} // namespace

QByteArray Open311Format::list(const QJsonArray& items, Kind kind, const QString& root,
                               const QString& element)
{
    if (kind == Kind::Json)
        return QJsonDocument(items).toJson(QJsonDocument::Compact);
    return xmlDocument([&](QXmlStreamWriter& xml) {
        xml.writeStartElement(root);
        for (const auto& item : items)
            writeValue(xml, element, item);
        xml.writeEndElement();
    });
}

QByteArray Open311Format::object(const QJsonObject& item, Kind kind, const QString& root)
{
    if (kind == Kind::Json)
        return QJsonDocument(item).toJson(QJsonDocument::Compact);
    return xmlDocument([&](QXmlStreamWriter& xml) { writeValue(xml, root, item); });
}

QByteArray Open311Format::error(int code, const QString& description, Kind kind)
{
    return list(QJsonArray {QJsonObject {{QStringLiteral("code"), code},
                                         {QStringLiteral("description"), description}}},
                kind, QStringLiteral("errors"), QStringLiteral("error"));
}

QByteArray Open311Format::contentType(Kind kind)
{
    return kind == Kind::Json ? QByteArrayLiteral("application/json; charset=utf-8")
                              : QByteArrayLiteral("text/xml; charset=utf-8");
}

} // namespace tyndau
