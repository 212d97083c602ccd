#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QString>

namespace tyndau {

// Compact JSON written straight into bytes, as QJsonDocument::Compact writes it, without
// building a QJsonObject first. For the change feed's pages: building and serialising a
// thousand requests as QJsonObjects was most of the server's time in a new workstation's
// sync. Keys are written in the order given; readers do not care.
class JsonWriter
{
public:
    JsonWriter() = default;

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QLatin1StringView name);

    void value(const QString& text);
    void value(QLatin1StringView text);
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(double number);
    void value(bool flag);
    void null();
    // A document built the usual way, written whole (rare parts of a page).
    void value(const QJsonObject& object);

    // `key` then value; text that is empty is written as null (the wire's "absent").
    template <typename T>
    void field(QLatin1StringView name, const T& v)
    {
        key(name);
        value(v);
    }
    void textOrNull(QLatin1StringView name, const QString& text);

    const QByteArray& bytes() const { return m_out; }
    QByteArray take() { return std::move(m_out); }

private:
    void separate();
    void writeString(const QByteArray& utf8);

    QByteArray m_out;
    bool m_needComma = false;
    bool m_afterKey = false;
};

} // namespace tyndau
