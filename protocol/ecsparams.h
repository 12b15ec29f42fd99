#pragma once

#include "error.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

#include <memory>

namespace imprint {

// The parameters of one ECS RPC request (reference §1.1): flat name/value text, as the query
// string or the form body carries them. Lists are 1-based and dotted ("Tag.1.Key",
// "DataDisk.2.Size"); a few parameters carry a JSON array in a string ("InstanceIds").
// In sending order; the signers sort. Names may repeat on the wire; EcsParams reads the last.
using EcsParamList = QList<QPair<QString, QString>>;

// Reads one request's parameters on the server and remembers the first thing wrong with them,
// as the ECS wire code and message the real service answers with (ErrorCode from
// EcsErrorCodes, remoteCode = the wire code). Accessors return a neutral value after a failure,
// so a mapper reads every parameter in a row and asks ok() once at the end.
//
// Every number goes through integer(): checked to be decimal and inside the documented range
// before it is narrowed, so "4294967297" is refused instead of silently becoming 1.
//
// Parameters a request may carry but the domain does not model (OwnerId, ResourceGroupId, ...)
// are ignored, as the real service ignores parameters it does not know.
class EcsParams
{
public:
    enum class Need { Optional, Required };

    EcsParams(const EcsParamList &params, const QString &action);

    bool ok() const { return !m_state->error.isError(); }
    Error error() const { return m_state->error; }
    const QString &action() const { return m_state->action; }
    // Records a refusal unless an earlier one is already recorded.
    void fail(const QString &wireCode, const QString &message);

    bool has(const QString &key) const;
    // "Tag.2.Key": how messages name a key of a list entry.
    QString path(const QString &key) const { return m_prefix + key; }

    QString string(const QString &key, Need need = Need::Optional);
    // Decimal, within [min, max]; `fallback` when absent.
    qint64 integer(const QString &key, qint64 fallback, qint64 min, qint64 max,
                   Need need = Need::Optional);
    // "true"/"false" in any case.
    bool boolean(const QString &key, bool fallback);
    // A JSON array of strings in one parameter: InstanceIds=["i-1","i-2"]. At most maxCount.
    QStringList jsonStrings(const QString &key, int maxCount);
    // Comma-separated values: ImageId=m-1,m-2 or Status=Creating,Available. Blank items dropped.
    QStringList commaList(const QString &key);
    // One value must be among `allowed` (case-sensitive, as documented); `code` otherwise.
    bool checkOneOf(const QString &key, const QString &value, const QStringList &allowed,
                    const QString &code);
    // The entries of a 1-based dotted list, in index order: "Tag.1.Key", "Tag.1.Value", ...
    // each as a reader whose keys are "Key", "Value". Indexes must be 1..maxCount; a larger
    // one is refused with `tooManyCode` (InvalidParameter unless the action documents its own,
    // as TagResources does with NumberExceed.Tags).
    QList<EcsParams> entries(const QString &listName, int maxCount,
                             const QString &tooManyCode = QString());
    // A dotted list of plain values: "InstanceId.1", "InstanceId.2".
    QStringList values(const QString &listName, int maxCount,
                       const QString &tooManyCode = QString());

    // Flat parameters <-> the JSON object that carries them inside the client's RemoteRequest
    // (every value a string).
    static QJsonObject toJson(const EcsParamList &params);
    static EcsParamList fromJson(const QJsonObject &object);

private:
    struct State
    {
        QString action;
        Error error;
    };
    EcsParams(std::shared_ptr<State> state, QMap<QString, QString> values, QString prefix);
    // Indexes N of "<listName>.N" or "<listName>.N.<rest>", sorted; refuses bad indexes.
    QList<int> indexes(const QString &listName, int maxCount, const QString &tooManyCode);

    std::shared_ptr<State> m_state; // shared with entry readers: one first failure per request
    QMap<QString, QString> m_values;
    QString m_prefix;
};

// Builds the parameters of one request on the client, in the dotted form the server reads.
class EcsParamWriter
{
public:
    void set(const QString &key, const QString &value);
    // Nothing when empty: absent and empty differ on the wire (an empty name is refused).
    void setIfNotEmpty(const QString &key, const QString &value);
    void setInteger(const QString &key, qint64 value);
    void setBoolean(const QString &key, bool value);
    void setJsonStrings(const QString &key, const QStringList &values);
    // "<listName>.<index>.<field>" with a 1-based index.
    void setEntry(const QString &listName, int index, const QString &field, const QString &value);

    const EcsParamList &params() const { return m_params; }

private:
    EcsParamList m_params;
};

} // namespace imprint
