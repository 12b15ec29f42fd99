#include "ucloudparams.h"

#include "uclouderrorcodes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <cmath>

namespace imprint {

namespace {

Error badBody(const QString &why)
{
    return UCloudErrorCodes::error(
        UCloudErrorCodes::paramsError,
        QStringLiteral("The request body could not be read: %1.").arg(why));
}

// Strict UTF-8: a form value with broken bytes would be signed as something else than it means.
bool decodeUtf8(const QByteArray &bytes, QString *out)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *out = decoder.decode(bytes);
    return !decoder.hasError();
}

// The index right after "name." in `key`, or -1 when key is not name.N or name.N.*.
int listIndex(const QString &key, const QString &name)
{
    if (!key.startsWith(name) || key.size() <= name.size() + 1 ||
        key.at(name.size()) != QLatin1Char('.'))
        return -1;
    const qsizetype start = name.size() + 1;
    qsizetype end = key.indexOf(QLatin1Char('.'), start);
    if (end < 0)
        end = key.size();
    bool ok = false;
    const QStringView digits = QStringView(key).mid(start, end - start);
    // "01" or "+1" are not indices the encoder writes.
    if (digits.isEmpty() || (digits.size() > 1 && digits.front() == QLatin1Char('0')))
        return -1;
    const int n = digits.toInt(&ok);
    return ok && n >= 0 && digits.front().isDigit() ? n : -1;
}

bool flatten(const QJsonValue &value, const QString &name, UCloudParams *out, QString *why)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return true;
    case QJsonValue::Bool:
        out->setBool(name, value.toBool());
        return true;
    case QJsonValue::Double:
        out->setNumber(name, value.toDouble());
        return true;
    case QJsonValue::String:
        out->set(name, value.toString());
        return true;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            if (!flatten(array.at(i), name + QLatin1Char('.') + QString::number(i), out, why))
                return false;
        return true;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key().isEmpty()) {
                *why = QStringLiteral("`%1` has a member without a name").arg(name);
                return false;
            }
            const QString child = name.isEmpty() ? it.key() : name + QLatin1Char('.') + it.key();
            if (!flatten(it.value(), child, out, why))
                return false;
        }
        return true;
    }
    }
    return true;
}

} // namespace

void UCloudParams::set(const QString &name, const QString &value)
{
    m_values.insert(name, value);
}

void UCloudParams::setInteger(const QString &name, qint64 value)
{
    set(name, QString::number(value));
}

void UCloudParams::setBool(const QString &name, bool value)
{
    set(name, renderBool(value));
}

void UCloudParams::setNumber(const QString &name, double value)
{
    set(name, renderNumber(value));
}

void UCloudParams::setList(const QString &name, const QStringList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        set(name + QLatin1Char('.') + QString::number(i), values.at(i));
}

void UCloudParams::remove(const QString &name)
{
    m_values.remove(name);
}

int UCloudParams::listSize(const QString &name) const
{
    QList<int> seen;
    for (auto it = m_values.begin(); it != m_values.end(); ++it)
        if (const int n = listIndex(it.key(), name); n >= 0)
            seen.append(n);
    std::sort(seen.begin(), seen.end());
    seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
    int size = 0;
    while (size < seen.size() && seen.at(size) == size)
        ++size;
    return size;
}

bool UCloudParams::hasListGap(const QString &name) const
{
    const int size = listSize(name);
    const QString prefix = name + QLatin1Char('.');
    for (auto it = m_values.begin(); it != m_values.end(); ++it) {
        if (!it.key().startsWith(prefix))
            continue;
        const int n = listIndex(it.key(), name);
        if (n < 0 || n >= size)
            return true;
    }
    return false;
}

QList<QPair<QByteArray, QByteArray>> UCloudParams::sortedUtf8() const
{
    QList<QPair<QByteArray, QByteArray>> out;
    out.reserve(m_values.size());
    for (auto it = m_values.begin(); it != m_values.end(); ++it)
        out.append({it.key().toUtf8(), it.value().toUtf8()});
    // QMap orders by UTF-16 code units; byte order of UTF-8 differs above U+FFFF, and the
    // signature is defined on bytes (Go's sort.Strings).
    std::sort(out.begin(), out.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    return out;
}

QByteArray UCloudParams::toFormBody() const
{
    QByteArray body;
    for (const auto &[name, value] : sortedUtf8()) {
        if (!body.isEmpty())
            body += '&';
        body += name.toPercentEncoding() + '=' + value.toPercentEncoding();
    }
    return body;
}

Result<UCloudParams> UCloudParams::fromFormBody(const QByteArray &body)
{
    UCloudParams params;
    if (body.isEmpty())
        return params;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray rawName = eq < 0 ? pair : pair.left(eq);
        QByteArray rawValue = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        rawName.replace('+', ' ');
        rawValue.replace('+', ' ');
        QString name;
        QString value;
        if (!decodeUtf8(QByteArray::fromPercentEncoding(rawName), &name) ||
            !decodeUtf8(QByteArray::fromPercentEncoding(rawValue), &value))
            return badBody(QStringLiteral("a parameter is not valid UTF-8"));
        if (name.isEmpty())
            return badBody(QStringLiteral("a parameter has no name"));
        if (params.contains(name))
            return badBody(QStringLiteral("the parameter `%1` is given twice").arg(name));
        params.set(name, value);
    }
    return params;
}

Result<UCloudParams> UCloudParams::fromJsonBody(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return badBody(QStringLiteral("invalid JSON (%1)").arg(parseError.errorString()));
    if (!doc.isObject())
        return badBody(QStringLiteral("the JSON body is not an object"));
    return fromJson(doc.object());
}

Result<UCloudParams> UCloudParams::fromJson(const QJsonObject &object)
{
    UCloudParams params;
    QString why;
    if (!flatten(object, QString(), &params, &why))
        return badBody(why);
    return params;
}

QJsonObject UCloudParams::toJson() const
{
    QJsonObject object;
    for (auto it = m_values.begin(); it != m_values.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QString UCloudParams::renderBool(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QString UCloudParams::renderNumber(double value)
{
    if (!std::isfinite(value))
        return QString(); // JSON has no such numbers; nothing sensible to sign
    if (value == std::trunc(value))
        return QString::number(value, 'f', 0); // 42.0 -> "42"; 1e21 -> all its digits
    // The shortest text that reads back as the same double, in fixed notation (Go's
    // strconv.FormatFloat(v, 'f', -1, 64)).
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

} // namespace imprint
