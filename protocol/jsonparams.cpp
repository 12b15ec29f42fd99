#include "jsonparams.h"

#include "apitime.h"
#include "tencenterrorcodes.h"

#include <QJsonArray>
#include <QVariant>

#include <cmath>

namespace imprint {

JsonParams::JsonParams(std::shared_ptr<State> state, QJsonObject object, QString prefix)
    : m_state(std::move(state))
    , m_object(std::move(object))
    , m_prefix(std::move(prefix))
{}

JsonParams JsonParams::request(const QJsonObject &body, Product product, const QString &action)
{
    auto s = std::make_shared<State>();
    s->product = product;
    s->action = action;
    return JsonParams(s, body, QString());
}

JsonParams JsonParams::response(const QJsonObject &response, Product product, const QString &action)
{
    JsonParams p = request(response, product, action);
    p.m_state->response = true;
    return p;
}

bool JsonParams::ok() const
{
    return !m_state->error.isError();
}

Error JsonParams::error() const
{
    return m_state->error;
}

void JsonParams::fail(const QString &wireCode, const QString &message)
{
    if (!ok())
        return;
    if (m_state->response) {
        // Not the server's refusal but an answer we cannot read: no remote code to report.
        m_state->error =
            Error(ErrorCode::RemoteError,
                  QStringLiteral("The answer to %1 could not be read (%2). Check that the "
                                 "endpoint is the cloud's API address.")
                      .arg(m_state->action, message));
        return;
    }
    Error e(TencentErrorCodes::fromWire(m_state->product, m_state->action, wireCode), message);
    e.remoteCode = wireCode;
    m_state->error = e;
}

QString JsonParams::path(const QString &key) const
{
    return m_prefix + key;
}

void JsonParams::failMissing(const QString &key)
{
    if (m_state->response)
        fail(QString(), QStringLiteral("`%1` is missing").arg(path(key)));
    else
        fail(QStringLiteral("MissingParameter"),
             QStringLiteral("The request is missing a required parameter `%1`.").arg(path(key)));
}

void JsonParams::failType(const QString &key, const char *expected)
{
    fail(QStringLiteral("InvalidParameter"),
         QStringLiteral("The parameter `%1` must be %2.").arg(path(key), QLatin1String(expected)));
}

void JsonParams::allowOnly(const QStringList &keys)
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it)
        if (!keys.contains(it.key()))
            fail(QStringLiteral("UnknownParameter"),
                 QStringLiteral("The parameter `%1` is not recognized by %2.")
                     .arg(path(it.key()), m_state->action));
}

bool JsonParams::has(const QString &key) const
{
    const QJsonValue v = m_object.value(key);
    return !v.isUndefined() && !v.isNull();
}

QString JsonParams::string(const QString &key, Need need)
{
    if (!has(key)) {
        if (need == Need::Required)
            failMissing(key);
        return {};
    }
    const QJsonValue v = m_object.value(key);
    if (!v.isString()) {
        failType(key, "a string");
        return {};
    }
    return v.toString();
}

QStringList JsonParams::strings(const QString &key, Need need)
{
    if (!has(key)) {
        if (need == Need::Required)
            failMissing(key);
        return {};
    }
    const QJsonValue v = m_object.value(key);
    if (!v.isArray()) {
        failType(key, "an array of strings");
        return {};
    }
    QStringList out;
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString()) {
            failType(key, "an array of strings");
            return {};
        }
        out << item.toString();
    }
    if (need == Need::Required && out.isEmpty())
        failMissing(key);
    return out;
}

bool JsonParams::boolean(const QString &key, bool fallback)
{
    if (!has(key))
        return fallback;
    const QJsonValue v = m_object.value(key);
    if (!v.isBool()) {
        failType(key, "a boolean");
        return fallback;
    }
    return v.toBool();
}

bool JsonParams::textBoolean(const QString &key, bool fallback)
{
    if (!has(key))
        return fallback;
    const QJsonValue v = m_object.value(key);
    const QString text = v.toString().toUpper();
    if (!v.isString() || (text != QLatin1String("TRUE") && text != QLatin1String("FALSE"))) {
        fail(QStringLiteral("InvalidParameterValue"),
             QStringLiteral("The parameter `%1` must be the string \"TRUE\" or \"FALSE\".")
                 .arg(path(key)));
        return fallback;
    }
    return text == QLatin1String("TRUE");
}

qint64 JsonParams::checkedInteger(const QString &key, qint64 fallback, qint64 min, qint64 max,
                                  const QString &wireCode, Need need)
{
    if (!has(key)) {
        if (need == Need::Required)
            failMissing(key);
        return fallback;
    }
    const QJsonValue v = m_object.value(key);
    if (!v.isDouble()) {
        failType(key, "an integer");
        return fallback;
    }
    // Qt keeps a JSON integer literal that fits 64 bits as an exact integer; anything else
    // (1e3, 2.5, 2^70) is a double, exact as an integer only up to 2^53.
    constexpr double kExactDouble = 9007199254740992.0; // 2^53
    const QVariant raw = v.toVariant();
    qint64 value = 0;
    if (raw.typeId() == QMetaType::LongLong) {
        value = raw.toLongLong();
    } else {
        const double d = v.toDouble();
        if (std::floor(d) != d || std::fabs(d) > kExactDouble) {
            failType(key, "an integer");
            return fallback;
        }
        value = qint64(d);
    }
    return checkRange(key, value, min, max, wireCode) ? value : fallback;
}

double JsonParams::number(const QString &key, double fallback, Need need)
{
    if (!has(key)) {
        if (need == Need::Required)
            failMissing(key);
        return fallback;
    }
    const QJsonValue v = m_object.value(key);
    if (!v.isDouble()) {
        failType(key, "a number");
        return fallback;
    }
    return v.toDouble();
}

QDateTime JsonParams::dateTime(const QString &key, Need need)
{
    const QString text = string(key, need);
    if (text.isEmpty())
        return {};
    const QDateTime t = ApiTime::fromWire(text);
    if (!t.isValid())
        fail(QStringLiteral("InvalidParameterValue"),
             QStringLiteral("The parameter `%1` must be an ISO 8601 time in UTC.").arg(path(key)));
    return t;
}

JsonParams JsonParams::object(const QString &key, Need need)
{
    const QString prefix = path(key) + QLatin1Char('.');
    if (!has(key)) {
        if (need == Need::Required)
            failMissing(key);
        return JsonParams(m_state, {}, prefix);
    }
    const QJsonValue v = m_object.value(key);
    if (!v.isObject()) {
        failType(key, "an object");
        return JsonParams(m_state, {}, prefix);
    }
    return JsonParams(m_state, v.toObject(), prefix);
}

QList<JsonParams> JsonParams::objects(const QString &key, Need need)
{
    if (!has(key)) {
        if (need == Need::Required)
            failMissing(key);
        return {};
    }
    const QJsonValue v = m_object.value(key);
    if (!v.isArray()) {
        failType(key, "an array of objects");
        return {};
    }
    QList<JsonParams> out;
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            failType(key, "an array of objects");
            return {};
        }
        out.append(
            JsonParams(m_state, array.at(i).toObject(),
                       path(key) + QLatin1Char('.') + QString::number(i) + QLatin1Char('.')));
    }
    if (need == Need::Required && out.isEmpty())
        failMissing(key);
    return out;
}

bool JsonParams::checkLength(const QString &key, const QString &value, int maxCodePoints,
                             const QString &wireCode)
{
    const int n = codePoints(value);
    if (n <= maxCodePoints)
        return true;
    fail(wireCode, QStringLiteral("The parameter `%1` is %2 characters long; at most %3 are "
                                  "allowed.")
                       .arg(path(key))
                       .arg(n)
                       .arg(maxCodePoints));
    return false;
}

bool JsonParams::checkRange(const QString &key, qint64 value, qint64 min, qint64 max,
                            const QString &wireCode)
{
    if (value >= min && value <= max)
        return true;
    fail(wireCode, QStringLiteral("The value of parameter `%1` must be between %2 and %3; it "
                                  "is %4.")
                       .arg(path(key))
                       .arg(min)
                       .arg(max)
                       .arg(value));
    return false;
}

bool JsonParams::checkOneOf(const QString &key, const QString &value, const QStringList &allowed,
                            const QString &wireCode)
{
    if (allowed.contains(value))
        return true;
    fail(wireCode, QStringLiteral("The value of parameter `%1` must be one of %2; it is \"%3\".")
                       .arg(path(key), allowed.join(QStringLiteral(", ")), value));
    return false;
}

} // namespace imprint
