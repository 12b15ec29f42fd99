#pragma once

#include "error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

namespace imprint {

// The parameters of one UCloud API request, as the API signs and sends them (reference §3.1):
// a flat set of name -> text. Arrays are 0-based dotted names (`DataUDiskIds.0`), structures
// dotted paths (`Disks.1.SnapshotId`), exactly as the official Go SDK's form encoder flattens
// them.
//
// Values are text once they are here, rendered the way the signature wants them: booleans as
// `true`/`false`, numbers without a fraction when they have none (`42`, never `42.0`) and never
// in scientific notation. Both ends render through this class, so a client and imprint-sim
// cannot disagree about a value's spelling and therefore about its signature.
//
// Bodies: the client sends application/x-www-form-urlencoded, as the Go SDK does; imprint-sim
// also accepts a JSON object (UCloud documents both), flattened to the same names.
class UCloudParams
{
public:
    void set(const QString &name, const QString &value);
    void setInteger(const QString &name, qint64 value);
    void setBool(const QString &name, bool value);
    void setNumber(const QString &name, double value);
    // name.0, name.1, ...; nothing for an empty list.
    void setList(const QString &name, const QStringList &values);
    void remove(const QString &name);

    bool contains(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name) const { return m_values.value(name); }
    const QMap<QString, QString> &values() const { return m_values; }
    bool isEmpty() const { return m_values.isEmpty(); }
    // How many consecutive name.0, name.1, ... (or name.0.*, name.1.*) entries there are.
    int listSize(const QString &name) const;
    // Whether any name.N or name.N.* exists with N outside 0..listSize-1 (a gap or a bad index).
    bool hasListGap(const QString &name) const;

    // (name, value) as UTF-8, sorted by name in byte order: the order the signature uses.
    QList<QPair<QByteArray, QByteArray>> sortedUtf8() const;

    // application/x-www-form-urlencoded, names in byte order. RFC 3986 unreserved characters
    // stay literal; everything else is %XX (a space too, so `+` never needs interpreting).
    QByteArray toFormBody() const;
    // Refuses what cannot be one request: bad UTF-8, an empty name, a name given twice (which
    // value would the signature have covered?). `+` is a space, as in every form decoder.
    static Result<UCloudParams> fromFormBody(const QByteArray &body);
    // A JSON object: strings as they are, numbers and booleans rendered as above, arrays and
    // objects flattened to dotted names; null is left out.
    static Result<UCloudParams> fromJsonBody(const QByteArray &body);
    static Result<UCloudParams> fromJson(const QJsonObject &object);
    // Every parameter as a string member: how a remote request carries them to its transport
    // (fromJson reads it back unchanged).
    QJsonObject toJson() const;

    static QString renderBool(bool value);
    static QString renderNumber(double value);

    friend bool operator==(const UCloudParams &, const UCloudParams &) = default;

private:
    QMap<QString, QString> m_values;
};

} // namespace imprint
