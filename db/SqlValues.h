#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>
#include <QUuid>
#include <QVariant>

#include <optional>

// Conversions between domain values and what the schema stores: times as UTC milliseconds,
// dates as 'YYYY-MM-DD', UUIDs without braces, absent values as NULL.
namespace tyndau::sql {

inline QVariant time(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}
inline QDateTime time(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}
inline QVariant date(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}
inline QDate date(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}
inline QVariant uuid(const QUuid& id)
{
    return id.isNull() ? QVariant(QMetaType(QMetaType::QString))
                       : QVariant(id.toString(QUuid::WithoutBraces));
}
inline QUuid uuid(const QVariant& v)
{
    return v.isNull() ? QUuid() : QUuid::fromString(v.toString());
}
inline QVariant text(const QString& s)
{
    return s.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}
// For NOT NULL text columns: Qt binds a null QString as NULL, so make it empty instead.
inline QVariant nonNull(const QString& s)
{
    return QVariant(s.isNull() ? QStringLiteral("") : s);
}
inline QVariant real(const std::optional<double>& d)
{
    return d ? QVariant(*d) : QVariant(QMetaType(QMetaType::Double));
}
inline std::optional<double> real(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

} // namespace tyndau::sql
