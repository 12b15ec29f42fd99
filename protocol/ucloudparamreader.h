#pragma once

#include "error.h"
#include "ucloudparams.h"

#include <QString>
#include <QStringList>

#include <limits>

namespace imprint {

// Reads one UCloud request's parameters on imprint-sim and remembers the first thing wrong with
// them, as a RetCode and a sentence naming the parameter (UCloudErrorCodes::paramsError unless
// a check names another code). Accessors return a neutral value after a failure, so a mapper
// reads every parameter in a row and asks ok() once at the end.
//
// Numbers arrive as text. integer() accepts only an optional '-' and decimal digits, detects
// overflow of 64 bits, and checks the range the caller gives: "4294967297" for a 32-bit count
// is refused with its value, never wrapped to 1.
class UCloudParamReader
{
public:
    enum class Need { Optional, Required };

    UCloudParamReader(const UCloudParams &params, QString action);

    bool ok() const { return !m_error.isError(); }
    const Error &error() const { return m_error; }
    // Records a refusal unless an earlier one is already recorded.
    void fail(int retCode, const QString &message);

    const UCloudParams &params() const { return m_params; }
    bool has(const QString &name) const { return m_params.contains(name); }

    QString string(const QString &name, Need need = Need::Optional);
    qint64 integer(const QString &name, qint64 fallback, qint64 min = 0,
                   qint64 max = std::numeric_limits<qint64>::max(), Need need = Need::Optional);
    // true/false in any case (UCloud's own string enums use True/False).
    bool boolean(const QString &name, bool fallback);
    // name.0, name.1, ... without gaps; Required means at least one entry.
    QStringList list(const QString &name, Need need = Need::Optional);
    // The number of name.N.* structures, refusing gaps.
    int structCount(const QString &name);
    bool checkOneOf(const QString &name, const QString &value, const QStringList &allowed);

private:
    void failMissing(const QString &name);

    const UCloudParams &m_params;
    QString m_action;
    Error m_error;
};

} // namespace imprint
