#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1String>
#include <QStringView>

namespace imprint {

// Writes compact JSON straight into a QByteArray, for answers on imprint-sim's hot paths:
// building a QJsonObject tree only to serialise it costs several times the writing.
//
// The bytes are those QJsonDocument::toJson(Compact) writes for the same values: strings as
// UTF-8 with `"`, `\` and control characters escaped (\b \f \n \r \t, else \u00xx), a lone
// surrogate as \uxxxx; integers in decimal, other numbers shortest round-trip ("null" when not
// finite); the members of a QJsonObject in its (sorted) key order.
//
// Commas are the writer's business; nesting is the caller's: every begin needs its end, and
// inside an object every value needs its key first.
//
//   JsonWriter w;
//   w.beginObject().key("TotalCount").integer(1).key("Names").beginArray().string(name)
//       .endArray().endObject();
//   QByteArray json = w.take();
class JsonWriter
{
public:
    // `capacity`: the bytes expected, so that writing grows the buffer rarely.
    explicit JsonWriter(qsizetype capacity = 256);

    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();

    JsonWriter &key(QLatin1String name);
    JsonWriter &key(QStringView name);
    JsonWriter &key(const char *name) { return key(QLatin1String(name)); }

    JsonWriter &string(QStringView text);
    JsonWriter &string(QLatin1String text);
    JsonWriter &string(const char *latin1) { return string(QLatin1String(latin1)); }
    JsonWriter &integer(qint64 number);
    JsonWriter &number(double number);
    JsonWriter &boolean(bool value);
    JsonWriter &null();
    JsonWriter &value(const QJsonValue &value);
    JsonWriter &object(const QJsonObject &object);
    JsonWriter &array(const QJsonArray &array);
    // The members of `object` (compact JSON text of one object, as this writer or QJsonDocument
    // writes it) into the object being written, as if written here one by one.
    JsonWriter &members(QByteArrayView object);
    // The members of `object` into the object being written.
    JsonWriter &members(const QJsonObject &object);

    const QByteArray &json() const { return m_json; }
    QByteArray take();

    // `text` as a JSON string, quotes included, appended to `out`.
    static void appendString(QByteArray &out, QStringView text);

private:
    void separate();
    void open(char bracket);
    void close(char bracket);

    QByteArray m_json;
    bool m_needsComma = false;
};

} // namespace imprint
