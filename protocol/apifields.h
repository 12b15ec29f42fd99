#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace imprint {

class JsonWriter;

// The fields of one answer, without the envelope: what a server-side action hands its wire
// gateway, which adds the request id and the protocol's envelope.
//
// Most actions build a QJsonObject. A hot read (CVM DescribeImages) writes its fields straight
// as JSON text with a JsonWriter instead: building a tree of QJsonObjects just to serialise it
// was most of the server's time per request. Both forms are the same answer; each converts to
// the other on demand (tests and the JSON-object envelopes read the object form).
class ApiFields
{
public:
    ApiFields() = default;
    // Implicit: a handler that builds a QJsonObject returns it as it is.
    ApiFields(QJsonObject object);
    // Compact JSON text of one object, as JsonWriter writes it.
    static ApiFields fromJson(QByteArray object);

    // The members, into the object `writer` is writing.
    void writeMembers(JsonWriter &writer) const;
    QJsonObject toObject() const;

private:
    QJsonObject m_object;
    QByteArray m_json; // when not empty, the fields; m_object is then unused
};

} // namespace imprint
