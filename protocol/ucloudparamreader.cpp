#include "ucloudparamreader.h"

#include "uclouderrorcodes.h"

namespace imprint {

UCloudParamReader::UCloudParamReader(const UCloudParams &params, QString action)
    : m_params(params)
    , m_action(std::move(action))
{}

void UCloudParamReader::fail(int retCode, const QString &message)
{
    if (ok())
        m_error = UCloudErrorCodes::error(retCode, message);
}

void UCloudParamReader::failMissing(const QString &name)
{
    fail(UCloudErrorCodes::paramsError,
         QStringLiteral("%1 needs the parameter `%2`; the request has none.").arg(m_action, name));
}

QString UCloudParamReader::string(const QString &name, Need need)
{
    const QString value = m_params.value(name);
    if (value.isEmpty() && need == Need::Required)
        failMissing(name);
    return value;
}

qint64 UCloudParamReader::integer(const QString &name, qint64 fallback, qint64 min, qint64 max,
                                  Need need)
{
    if (!has(name) || m_params.value(name).isEmpty()) {
        if (need == Need::Required)
            failMissing(name);
        return fallback;
    }
    const QString text = m_params.value(name);
    // Digits only: toLongLong would also take "0x10", " 7" or "+7", which no encoder sends.
    const bool negative = text.startsWith(QLatin1Char('-'));
    const QStringView digits = QStringView(text).mid(negative ? 1 : 0);
    bool wellFormed = !digits.isEmpty();
    for (QChar c : digits)
        wellFormed = wellFormed && c >= QLatin1Char('0') && c <= QLatin1Char('9');
    bool fits = false;
    const qint64 value = wellFormed ? text.toLongLong(&fits) : 0;
    if (!wellFormed || !fits || value < min || value > max) {
        fail(UCloudErrorCodes::paramsError,
             QStringLiteral("The parameter `%1` must be a whole number from %2 to %3; it is "
                            "\"%4\".")
                 .arg(name)
                 .arg(min)
                 .arg(max)
                 .arg(text));
        return fallback;
    }
    return value;
}

bool UCloudParamReader::boolean(const QString &name, bool fallback)
{
    if (!has(name))
        return fallback;
    const QString text = m_params.value(name).toLower();
    if (text == QLatin1String("true"))
        return true;
    if (text == QLatin1String("false"))
        return false;
    fail(UCloudErrorCodes::paramsError,
         QStringLiteral("The parameter `%1` must be true or false; it is \"%2\".")
             .arg(name, m_params.value(name)));
    return fallback;
}

QStringList UCloudParamReader::list(const QString &name, Need need)
{
    const int size = structCount(name);
    QStringList out;
    for (int i = 0; i < size; ++i) {
        const QString key = name + QLatin1Char('.') + QString::number(i);
        if (!has(key)) {
            fail(UCloudErrorCodes::paramsError,
                 QStringLiteral("The parameter `%1` must be a plain value.").arg(key));
            return {};
        }
        out << m_params.value(key);
    }
    if (out.isEmpty() && need == Need::Required)
        failMissing(name + QStringLiteral(".0"));
    return out;
}

int UCloudParamReader::structCount(const QString &name)
{
    if (m_params.hasListGap(name)) {
        fail(UCloudErrorCodes::paramsError,
             QStringLiteral("The entries of `%1` must be numbered %1.0, %1.1, ... without gaps.")
                 .arg(name));
        return 0;
    }
    return m_params.listSize(name);
}

bool UCloudParamReader::checkOneOf(const QString &name, const QString &value,
                                   const QStringList &allowed)
{
    if (allowed.contains(value))
        return true;
    fail(UCloudErrorCodes::paramsError,
         QStringLiteral("The parameter `%1` must be one of %2; it is \"%3\".")
             .arg(name, allowed.join(QStringLiteral(", ")), value));
    return false;
}

} // namespace imprint
