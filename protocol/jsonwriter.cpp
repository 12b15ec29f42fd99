#include "jsonwriter.h"

#include <QCborValue>
#include <QLocale>

#include <cmath>
#include <utility>

namespace imprint {

namespace {

char hexDigit(uint value)
{
    return "0123456789abcdef"[value & 0xf];
}

void appendUnicodeEscape(QByteArray &out, char16_t unit)
{
    const char escape[] = {
        '\\',           'u', hexDigit(unit >> 12), hexDigit(unit >> 8), hexDigit(unit >> 4),
        hexDigit(unit), '\0'};
    out.append(escape, 6);
}

// One ASCII character, escaped as JSON needs it.
void appendAscii(QByteArray &out, char16_t c)
{
    switch (c) {
    case u'"':
        out.append("\\\"", 2);
        return;
    case u'\\':
        out.append("\\\\", 2);
        return;
    case u'\b':
        out.append("\\b", 2);
        return;
    case u'\f':
        out.append("\\f", 2);
        return;
    case u'\n':
        out.append("\\n", 2);
        return;
    case u'\r':
        out.append("\\r", 2);
        return;
    case u'\t':
        out.append("\\t", 2);
        return;
    default:
        if (c < 0x20)
            appendUnicodeEscape(out, c);
        else
            out.append(char(c));
    }
}

void appendUtf8(QByteArray &out, char32_t code)
{
    if (code < 0x800) {
        out.append(char(0xc0 | (code >> 6)));
    } else if (code < 0x10000) {
        out.append(char(0xe0 | (code >> 12)));
        out.append(char(0x80 | ((code >> 6) & 0x3f)));
    } else {
        out.append(char(0xf0 | (code >> 18)));
        out.append(char(0x80 | ((code >> 12) & 0x3f)));
        out.append(char(0x80 | ((code >> 6) & 0x3f)));
    }
    out.append(char(0x80 | (code & 0x3f)));
}

void appendLatin1(QByteArray &out, QLatin1String text)
{
    out.append('"');
    for (char c : text) {
        const auto unit = char16_t(uchar(c));
        if (unit < 0x80)
            appendAscii(out, unit);
        else
            appendUtf8(out, unit);
    }
    out.append('"');
}

} // namespace

void JsonWriter::appendString(QByteArray &out, QStringView text)
{
    out.reserve(out.size() + text.size() + 2);
    out.append('"');
    const char16_t *at = text.utf16();
    const char16_t *const end = at + text.size();
    while (at != end) {
        const char16_t unit = *at++;
        if (unit < 0x80) {
            appendAscii(out, unit);
        } else if (QChar::isHighSurrogate(unit) && at != end && QChar::isLowSurrogate(*at)) {
            appendUtf8(out, QChar::surrogateToUcs4(unit, *at++));
        } else if (QChar::isSurrogate(unit)) {
            appendUnicodeEscape(out, unit); // not UTF-8 encodable: escaped, as Qt does
        } else {
            appendUtf8(out, unit);
        }
    }
    out.append('"');
}

void JsonWriter::separate()
{
    if (m_needsComma)
        m_json.append(',');
    m_needsComma = true;
}

void JsonWriter::open(char bracket)
{
    separate();
    m_json.append(bracket);
    m_needsComma = false;
}

void JsonWriter::close(char bracket)
{
    m_json.append(bracket);
    m_needsComma = true;
}

JsonWriter &JsonWriter::beginObject()
{
    open('{');
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    close('}');
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    open('[');
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    close(']');
    return *this;
}

JsonWriter &JsonWriter::key(QLatin1String name)
{
    separate();
    appendLatin1(m_json, name);
    m_json.append(':');
    m_needsComma = false;
    return *this;
}

JsonWriter &JsonWriter::key(QStringView name)
{
    separate();
    appendString(m_json, name);
    m_json.append(':');
    m_needsComma = false;
    return *this;
}

JsonWriter &JsonWriter::string(QStringView text)
{
    separate();
    appendString(m_json, text);
    return *this;
}

JsonWriter &JsonWriter::string(QLatin1String text)
{
    separate();
    appendLatin1(m_json, text);
    return *this;
}

JsonWriter &JsonWriter::integer(qint64 number)
{
    separate();
    m_json.append(QByteArray::number(number));
    return *this;
}

JsonWriter &JsonWriter::number(double number)
{
    separate();
    if (std::isfinite(number))
        m_json.append(QByteArray::number(number, 'g', QLocale::FloatingPointShortest));
    else
        m_json.append("null", 4);
    return *this;
}

JsonWriter &JsonWriter::boolean(bool value)
{
    separate();
    if (value)
        m_json.append("true", 4);
    else
        m_json.append("false", 5);
    return *this;
}

JsonWriter &JsonWriter::null()
{
    separate();
    m_json.append("null", 4);
    return *this;
}

JsonWriter &JsonWriter::value(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return null();
    case QJsonValue::Bool:
        return boolean(value.toBool());
    case QJsonValue::Double: {
        // QJsonValue keeps integers apart from other numbers (1e15 is written as a double
        // would be, 1000000000000000 as an integer); only its CBOR form tells which it holds.
        const QCborValue held = QCborValue::fromJsonValue(value);
        return held.isInteger() ? integer(held.toInteger()) : number(held.toDouble());
    }
    case QJsonValue::String:
        return string(value.toString());
    case QJsonValue::Array:
        return array(value.toArray());
    case QJsonValue::Object:
        return object(value.toObject());
    }
    return null();
}

JsonWriter &JsonWriter::object(const QJsonObject &object)
{
    beginObject();
    members(object);
    return endObject();
}

JsonWriter &JsonWriter::array(const QJsonArray &array)
{
    beginArray();
    for (const QJsonValue &item : array)
        value(item);
    return endArray();
}

JsonWriter &JsonWriter::members(QByteArrayView object)
{
    // "{}" has none; otherwise what lies between the braces.
    if (object.size() > 2) {
        separate();
        m_json.append(object.sliced(1, object.size() - 2));
    }
    return *this;
}

JsonWriter &JsonWriter::members(const QJsonObject &object)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        key(it.key());
        value(it.value());
    }
    return *this;
}

QByteArray JsonWriter::take()
{
    m_needsComma = false;
    return std::exchange(m_json, QByteArray());
}

} // namespace imprint
