#include "ecsparams.h"

#include "ecserrorcodes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <algorithm>

namespace imprint {

namespace {
const QString kMissing = QStringLiteral("MissingParameter");
const QString kInvalid = QStringLiteral("InvalidParameter");
} // namespace

EcsParams::EcsParams(const EcsParamList &params, const QString &action)
    : m_state(std::make_shared<State>())
{
    m_state->action = action;
    for (const auto &p : params)
        m_values.insert(p.first, p.second);
}

EcsParams::EcsParams(std::shared_ptr<State> state, QMap<QString, QString> values, QString prefix)
    : m_state(std::move(state))
    , m_values(std::move(values))
    , m_prefix(std::move(prefix))
{}

void EcsParams::fail(const QString &wireCode, const QString &message)
{
    if (!ok())
        return;
    Error e(EcsErrorCodes::fromWire(m_state->action, wireCode), message);
    e.remoteCode = wireCode;
    m_state->error = e;
}

bool EcsParams::has(const QString &key) const
{
    return m_values.contains(key);
}

QString EcsParams::string(const QString &key, Need need)
{
    const auto it = m_values.constFind(key);
    if (it == m_values.cend()) {
        if (need == Need::Required)
            fail(kMissing, QStringLiteral("The input parameter \"%1\" that is mandatory for "
                                          "processing this request is not supplied.")
                               .arg(path(key)));
        return {};
    }
    if (need == Need::Required && it->isEmpty())
        fail(kMissing, QStringLiteral("The input parameter \"%1\" that is mandatory for "
                                      "processing this request is empty.")
                           .arg(path(key)));
    return it.value();
}

qint64 EcsParams::integer(const QString &key, qint64 fallback, qint64 min, qint64 max, Need need)
{
    if (!has(key)) {
        string(key, need); // records MissingParameter when required
        return fallback;
    }
    const QString text = m_values.value(key).trimmed();
    bool ok = false;
    // toLongLong refuses anything outside qint64 instead of wrapping; the range check then
    // keeps the value inside what the caller narrows it to.
    const qint64 value = text.toLongLong(&ok, 10);
    if (!ok || value < min || value > max) {
        fail(kInvalid, QStringLiteral("The specified parameter \"%1\" is not valid: \"%2\" is not "
                                      "an integer from %3 to %4.")
                           .arg(path(key), text)
                           .arg(min)
                           .arg(max));
        return fallback;
    }
    return value;
}

bool EcsParams::boolean(const QString &key, bool fallback)
{
    if (!has(key))
        return fallback;
    const QString text = m_values.value(key).trimmed();
    if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
        return true;
    if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
        return false;
    fail(kInvalid, QStringLiteral("The specified parameter \"%1\" is not valid: \"%2\" is "
                                  "neither true nor false.")
                       .arg(path(key), text));
    return fallback;
}

QStringList EcsParams::jsonStrings(const QString &key, int maxCount)
{
    if (!has(key))
        return {};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(m_values.value(key).toUtf8(), &error);
    auto refuse = [&](const QString &why) {
        fail(
            kInvalid,
            QStringLiteral("The specified parameter \"%1\" is not valid: %2.").arg(path(key), why));
        return QStringList();
    };
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return refuse(QStringLiteral("it must be a JSON array of strings, such as "
                                     "[\"i-1\", \"i-2\"]"));
    QStringList out;
    for (const QJsonValue &v : doc.array()) {
        if (!v.isString())
            return refuse(QStringLiteral("every item of the JSON array must be a string"));
        out << v.toString();
    }
    if (out.size() > maxCount)
        return refuse(QStringLiteral("it names %1 items; at most %2 are allowed")
                          .arg(out.size())
                          .arg(maxCount));
    return out;
}

QStringList EcsParams::commaList(const QString &key)
{
    QStringList out;
    for (const QString &item : m_values.value(key).split(QLatin1Char(','))) {
        const QString t = item.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

bool EcsParams::checkOneOf(const QString &key, const QString &value, const QStringList &allowed,
                           const QString &code)
{
    if (allowed.contains(value))
        return true;
    fail(code, QStringLiteral("The specified parameter \"%1\" is not valid: \"%2\" is not one of "
                              "%3.")
                   .arg(path(key), value, allowed.join(QStringLiteral(", "))));
    return false;
}

QList<int> EcsParams::indexes(const QString &listName, int maxCount, const QString &tooManyCode)
{
    static const QRegularExpression indexForm(QStringLiteral("^[1-9][0-9]{0,8}$"));
    const QString prefix = listName + QLatin1Char('.');
    QList<int> out;
    for (auto it = m_values.constBegin(); it != m_values.constEnd(); ++it) {
        if (!it.key().startsWith(prefix))
            continue;
        const QString index = it.key().mid(prefix.size()).section(QLatin1Char('.'), 0, 0);
        if (!indexForm.match(index).hasMatch()) {
            fail(kInvalid, QStringLiteral("The parameter \"%1\" is not valid: list entries are "
                                          "numbered from 1, as in %2.1.")
                               .arg(path(it.key()), path(listName)));
            return {};
        }
        const int n = index.toInt();
        if (n > maxCount) {
            fail(tooManyCode.isEmpty() ? kInvalid : tooManyCode,
                 QStringLiteral("The parameter \"%1\" is not valid: %2 takes at most "
                                "%3 entries.")
                     .arg(path(it.key()), path(listName))
                     .arg(maxCount));
            return {};
        }
        if (!out.contains(n))
            out << n;
    }
    std::sort(out.begin(), out.end());
    return out;
}

QList<EcsParams> EcsParams::entries(const QString &listName, int maxCount,
                                    const QString &tooManyCode)
{
    QList<EcsParams> out;
    for (int n : indexes(listName, maxCount, tooManyCode)) {
        const QString prefix = listName + QLatin1Char('.') + QString::number(n) + QLatin1Char('.');
        QMap<QString, QString> values;
        for (auto it = m_values.constBegin(); it != m_values.constEnd(); ++it)
            if (it.key().startsWith(prefix))
                values.insert(it.key().mid(prefix.size()), it.value());
        out.append(EcsParams(m_state, values, m_prefix + prefix));
    }
    return out;
}

QStringList EcsParams::values(const QString &listName, int maxCount, const QString &tooManyCode)
{
    QStringList out;
    for (int n : indexes(listName, maxCount, tooManyCode))
        out << m_values.value(listName + QLatin1Char('.') + QString::number(n));
    return out;
}

QJsonObject EcsParams::toJson(const EcsParamList &params)
{
    QJsonObject o;
    for (const auto &p : params)
        o.insert(p.first, p.second);
    return o;
}

EcsParamList EcsParams::fromJson(const QJsonObject &object)
{
    EcsParamList out;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonValue v = it.value();
        // Numbers and booleans are accepted so that a hand-built body still encodes exactly.
        QString text;
        if (v.isString())
            text = v.toString();
        else if (v.isBool())
            text = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else if (v.isDouble())
            text = QString::number(v.toInteger());
        else
            continue;
        out.append({it.key(), text});
    }
    return out;
}

void EcsParamWriter::set(const QString &key, const QString &value)
{
    m_params.append({key, value});
}

void EcsParamWriter::setIfNotEmpty(const QString &key, const QString &value)
{
    if (!value.isEmpty())
        set(key, value);
}

void EcsParamWriter::setInteger(const QString &key, qint64 value)
{
    set(key, QString::number(value));
}

void EcsParamWriter::setBoolean(const QString &key, bool value)
{
    set(key, value ? QStringLiteral("true") : QStringLiteral("false"));
}

void EcsParamWriter::setJsonStrings(const QString &key, const QStringList &values)
{
    set(key, QString::fromUtf8(
                 QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact)));
}

void EcsParamWriter::setEntry(const QString &listName, int index, const QString &field,
                              const QString &value)
{
    set(listName + QLatin1Char('.') + QString::number(index) + QLatin1Char('.') + field, value);
}

} // namespace imprint
