#pragma once

#include "image.h"
#include "imagequota.h"
#include "instance.h"
#include "operation.h"
#include "region.h"
#include "requests.h"
#include "scopedid.h"
#include "snapshot.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace imprint {

// Translates between one account's own ids and the scoped ids the window sees (ScopedId), in
// both directions: records going out get every id they hold scoped - their own, their
// region's, and every id they point at - and requests coming in get them back. One place, so
// a field added to a record is scoped once, not wherever records pass.
class AccountScope
{
public:
    explicit AccountScope(QString scope)
        : m_scope(std::move(scope))
    {}

    const QString &scope() const { return m_scope; }
    // Whether an id, region id or region key belongs to this account.
    bool owns(const QString &scopedId) const { return ScopedId::scopeOf(scopedId) == m_scope; }

    QString out(const QString &id) const { return ScopedId::make(m_scope, id); }
    QStringList out(const QStringList &ids) const;
    Region out(Region region) const;
    Instance out(Instance instance) const;
    Image out(Image image) const;
    Snapshot out(Snapshot snapshot) const;
    Operation out(Operation operation) const;
    ImageQuota out(ImageQuota quota) const;
    template <typename Record> QList<Record> out(QList<Record> records) const
    {
        for (Record &record : records)
            record = out(std::move(record));
        return records;
    }

    // The account's own id of a scoped id (or region key); unscoped ids pass unchanged.
    static QString in(const QString &scopedId) { return ScopedId::local(scopedId); }
    static QStringList in(const QStringList &scopedIds);
    static CreateImageRequest in(CreateImageRequest request);
    static CopyImageRequest in(CopyImageRequest request);
    static EditImageRequest in(EditImageRequest request);
    static LaunchRequest in(LaunchRequest request);

private:
    QString m_scope;
};

} // namespace imprint
