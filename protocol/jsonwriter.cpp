#include "jsonwriter.h"

#include <QCborValue>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <utility>

namespace imprint {

namespace {

char hexDigit(uint value)
{
    return "0123456789abcdef"[value & 0xf];
}

// Whether a character below 0x80 goes out as it is.
bool isPlain(char16_t c)
{
    return c >= 0x20 && c != u'"' && c != u'\\';
}

// Writes `c` as an escape at `to` (room for 6 bytes); returns the end.
char *writeEscaped(char *to, char16_t c)
{
    *to++ = '\\';
    switch (c) {
    case u'"':
    case u'\\':
        *to++ = char(c);
        return to;
    case u'\b':
        *to++ = 'b';
        return to;
    case u'\f':
        *to++ = 'f';
        return to;
    case u'\n':
        *to++ = 'n';
        return to;
    case u'\r':
        *to++ = 'r';
        return to;
    case u'\t':
        *to++ = 't';
        return to;
    default:
        break;
    }
    *to++ = 'u';
    *to++ = hexDigit(c >> 12);
    *to++ = hexDigit(c >> 8);
    *to++ = hexDigit(c >> 4);
    *to++ = hexDigit(c);
    return to;
}

// Writes `code` as UTF-8 at `to` (room for 4 bytes); returns the end.
char *writeUtf8(char *to, char32_t code)
{
    if (code < 0x800) {
        *to++ = char(0xc0 | (code >> 6));
    } else if (code < 0x10000) {
        *to++ = char(0xe0 | (code >> 12));
        *to++ = char(0x80 | ((code >> 6) & 0x3f));
    } else {
        *to++ = char(0xf0 | (code >> 18));
        *to++ = char(0x80 | ((code >> 12) & 0x3f));
        *to++ = char(0x80 | ((code >> 6) & 0x3f));
    }
    *to++ = char(0x80 | (code & 0x3f));
    return to;
}

// Appends "text" to `out`: room for the worst case first (6 bytes per unit, \u00xx), then
// written in place and cut to size, so a string costs one allocation at most.
template <typename Unit, typename WriteUnit>
void appendQuoted(QByteArray &out, const Unit *at, qsizetype size, WriteUnit writeUnit)
{
    const qsizetype start = out.size();
    out.resize(start + 6 * size + 2);
    char *to = out.data() + start;
    *to++ = '"';
    const Unit *const end = at + size;
    while (at != end)
        to = writeUnit(to, at, end);
    *to++ = '"';
    out.truncate(to - out.constData());
}

void appendLatin1(QByteArray &out, QLatin1String text)
{
    // Keys and most fixed values are plain ASCII: copied as they are, without the worst-case
    // room the escaping path makes.
    if (std::all_of(text.begin(), text.end(),
                    [](char c) { return uchar(c) < 0x80 && isPlain(char16_t(uchar(c))); })) {
        out.append('"').append(text.data(), text.size()).append('"');
        return;
    }
    appendQuoted(out, text.data(), text.size(), [](char *to, const char *&at, const char *) {
        const auto unit = char16_t(uchar(*at++));
        if (unit >= 0x80)
            return writeUtf8(to, unit);
        if (!isPlain(unit))
            return writeEscaped(to, unit);
        *to++ = char(unit);
        return to;
    });
}

} // namespace

void JsonWriter::appendString(QByteArray &out, QStringView text)
{
    appendQuoted(out, text.utf16(), text.size(),
                 [](char *to, const char16_t *&at, const char16_t *end) {
                     const char16_t unit = *at++;
                     if (unit < 0x80) {
                         if (!isPlain(unit))
                             return writeEscaped(to, unit);
                         *to++ = char(unit);
                         return to;
                     }
                     if (QChar::isHighSurrogate(unit) && at != end && QChar::isLowSurrogate(*at))
                         return writeUtf8(to, QChar::surrogateToUcs4(unit, *at++));
                     if (QChar::isSurrogate(unit)) // not UTF-8 encodable: escaped, as Qt does
                         return writeEscaped(to, unit);
                     return writeUtf8(to, unit);
                 });
}

JsonWriter::JsonWriter(qsizetype capacity)
{
    m_json.reserve(capacity);
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
