#include "JsonWriter.h"

#include <QJsonDocument>
#include <QLocale>

namespace tyndau {

// A comma before every element but the first of its object or array; none after a key.
void JsonWriter::separate()
{
    if (m_needComma && !m_afterKey)
        m_out.append(',');
    m_afterKey = false;
}

void JsonWriter::beginObject()
{
    separate();
    m_out.append('{');
    m_needComma = false;
}

void JsonWriter::endObject()
{
    m_out.append('}');
    m_needComma = true;
}

void JsonWriter::beginArray()
{
    separate();
    m_out.append('[');
    m_needComma = false;
}

void JsonWriter::endArray()
{
    m_out.append(']');
    m_needComma = true;
}

void JsonWriter::key(QLatin1StringView name)
{
    separate();
    m_out.append('"').append(name.data(), name.size()).append("\":");
    m_afterKey = true;
}

// What JSON requires escaped, and nothing else: UTF-8 above ASCII goes as it is.
void JsonWriter::writeString(const QByteArray& utf8)
{
    static constexpr char kHex[] = "0123456789abcdef";
    m_out.append('"');
    const char* p = utf8.constData();
    const char* end = p + utf8.size();
    const char* run = p; // the start of bytes not yet copied
    for (; p != end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        m_out.append(run, p - run);
        run = p + 1;
        switch (c) {
        case '"':
            m_out.append("\\\"");
            break;
        case '\\':
            m_out.append("\\\\");
            break;
        case '\n':
            m_out.append("\\n");
            break;
        case '\r':
            m_out.append("\\r");
            break;
        case '\t':
            m_out.append("\\t");
            break;
        case '\b':
            m_out.append("\\b");
            break;
        case '\f':
            m_out.append("\\f");
            break;
        default: {
            const char escaped[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xf]};
            m_out.append(escaped, sizeof escaped);
        }
        }
    }
    m_out.append(run, end - run);
    m_out.append('"');
    m_needComma = true;
}

void JsonWriter::value(const QString& text)
{
    separate();
    writeString(text.toUtf8());
}

void JsonWriter::value(QLatin1StringView text)
{
    separate();
    writeString(QString(text).toUtf8());
}

void JsonWriter::value(qint64 number)
{
    separate();
    m_out.append(QByteArray::number(number));
    m_needComma = true;
}

void JsonWriter::value(double number)
{
    separate();
    // As QJsonDocument: the shortest text that reads back as the same double.
    m_out.append(QByteArray::number(number, 'g', QLocale::FloatingPointShortest));
    m_needComma = true;
}

void JsonWriter::value(bool flag)
{
    separate();
    m_out.append(flag ? "true" : "false");
    m_needComma = true;
}

void JsonWriter::null()
{
    separate();
    m_out.append("null");
    m_needComma = true;
}

void JsonWriter::value(const QJsonObject& object)
{
    separate();
    m_out.append(QJsonDocument(object).toJson(QJsonDocument::Compact));
    m_needComma = true;
}

void JsonWriter::textOrNull(QLatin1StringView name, const QString& text)
{
    key(name);
    if (text.isEmpty())
        null();
    else
        value(text);
}

} // namespace tyndau
