#pragma once

#include <QHash>
#include <QString>

class QObject;

namespace imprint {

class Backend;

// The names of a backend's accounts by id, for the Account column of every table: read once
// and kept current from Backend::accountStatusChanged. Empty for a single-account backend.
class AccountNames
{
public:
    // `context` owns the connection (the model that shows the names).
    void follow(Backend *backend, QObject *context);
    bool isEmpty() const { return m_names.isEmpty(); }
    // The name of the account a scoped id or region key belongs to; empty when unknown.
    QString of(const QString &scopedId) const;

private:
    QHash<QString, QString> m_names;
};

} // namespace imprint
