#pragma once

#include "error.h"
#include "product.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <concepts>
#include <limits>
#include <memory>

namespace imprint {

// Reads one JSON object of an API 3.0 action and remembers the first thing wrong with it.
// response() also reads UCloud's JSON answers (UHostApiMapper): its failures carry no wire code.
//
// Server side (request()): every refusal carries the wire code the real service documents -
// MissingParameter, InvalidParameter (wrong type), UnknownParameter, or the code a check names
// (InvalidParameterValue.TooLong, ...) - and the domain code TencentErrorCodes derives from that
// wire code for this action, so that the client, reading the code back, arrives at the same
// domain code. Client side (response()): anything missing or mistyped means the answer cannot be
// trusted and becomes one RemoteError that says so.
//
// Accessors return a neutral value after a failure, so a mapper reads every field in a row and
// asks ok() once at the end. Absent and JSON null are the same ("may return null").
class JsonParams
{
public:
    enum class Need { Optional, Required };

    static JsonParams request(const QJsonObject &body, Product product, const QString &action);
    static JsonParams response(const QJsonObject &response, Product product, const QString &action);

    bool ok() const;
    Error error() const;
    // Records a refusal unless an earlier one is already recorded.
    void fail(const QString &wireCode, const QString &message);

    // UnknownParameter for any key outside `keys` (the action's documented parameters).
    void allowOnly(const QStringList &keys);
    bool has(const QString &key) const;
    // "Placement.Zone", "DataDisks.1.DiskType": how messages name a key.
    QString path(const QString &key) const;
    const QJsonObject &json() const { return m_object; }

    QString string(const QString &key, Need need = Need::Optional);
    QStringList strings(const QString &key, Need need = Need::Optional);
    bool boolean(const QString &key, bool fallback);
    // CVM's string booleans ("TRUE"/"FALSE", any case), e.g. CreateImage.ForcePoweroff.
    bool textBoolean(const QString &key, bool fallback);
    // The one way an integer parameter is read. The JSON number must be an exact integer and
    // the whole 64-bit value must lie in [min, max] before it is narrowed to T, so a value
    // beyond T can never wrap around (InstanceCount 2^32 + 2 becoming 2). Out of range:
    // `wireCode`. Without a range, T's own range with InvalidParameterValue. On any failure
    // the fallback comes back.
    template <std::integral T>
    T integer(const QString &key, T fallback, qint64 min, qint64 max, const QString &wireCode,
              Need need = Need::Optional)
    {
        Q_ASSERT(min >= qint64(std::numeric_limits<T>::min()) &&
                 max <= qint64(std::numeric_limits<T>::max()));
        return T(checkedInteger(key, fallback, min, max, wireCode, need));
    }
    template <std::integral T> T integer(const QString &key, T fallback, Need need = Need::Optional)
    {
        return integer<T>(key, fallback, qint64(std::numeric_limits<T>::min()),
                          qint64(std::numeric_limits<T>::max()),
                          QStringLiteral("InvalidParameterValue"), need);
    }
    double number(const QString &key, double fallback, Need need = Need::Optional);
    // ISO 8601 with Z or an offset; invalid QDateTime when absent.
    QDateTime dateTime(const QString &key, Need need = Need::Optional);
    JsonParams object(const QString &key, Need need = Need::Optional);
    QList<JsonParams> objects(const QString &key, Need need = Need::Optional);

    // Checks that refuse with the action's documented wire code.
    bool checkLength(const QString &key, const QString &value, int maxCodePoints,
                     const QString &wireCode);
    bool checkRange(const QString &key, qint64 value, qint64 min, qint64 max,
                    const QString &wireCode);
    bool checkOneOf(const QString &key, const QString &value, const QStringList &allowed,
                    const QString &wireCode);

    static int codePoints(const QString &text) { return int(text.toUcs4().size()); }

private:
    struct State
    {
        Product product = Product::Cvm;
        QString action;
        bool response = false;
        Error error;
    };

    JsonParams(std::shared_ptr<State> state, QJsonObject object, QString prefix);
    qint64 checkedInteger(const QString &key, qint64 fallback, qint64 min, qint64 max,
                          const QString &wireCode, Need need);
    void failMissing(const QString &key);
    void failType(const QString &key, const char *expected);

    std::shared_ptr<State> m_state; // shared with child readers: one first failure per message
    QJsonObject m_object;
    QString m_prefix;
};

} // namespace imprint
