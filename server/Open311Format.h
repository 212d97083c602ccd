#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

namespace tyndau {

// GeoReport v2 answers in JSON or XML. Records are built once as JSON and written either
// way: a list becomes <root><element>…</element></root>, a nested list "attributes" becomes
// <attributes><attribute>…</attribute></attributes>, null becomes an empty element.
class Open311Format
{
public:
    enum class Kind
    {
        Json,
        Xml
    };

    static QByteArray list(const QJsonArray& items, Kind kind, const QString& root, const QString& element);
    static QByteArray object(const QJsonObject& item, Kind kind, const QString& root);
    // The Open311 error shape: [{"code":400,"description":"…"}] / <errors><error>…</error></errors>.
    static QByteArray error(int code, const QString& description, Kind kind);
    static QByteArray contentType(Kind kind);
};

} // namespace tyndau
