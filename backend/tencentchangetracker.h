#pragma once

#include "image.h"
#include "instance.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace imprint {

// Remembers the images and instances the Tencent backend last saw and turns each new sighting
// into the Backend's upsert signals: changed when a record is new or differs, removed when it
// is gone. The cloud only answers questions, so this is how changes made elsewhere (the
// console, another client, the cloud's own progress) become change events.
//
// A region listed for the first time is remembered without announcing its records: whoever
// asked for that listing has it already, and announcing thousands of rows they are about to
// receive anyway would only double the models' work. From then on every difference is
// announced.
class TencentChangeTracker : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // A complete listing of these regions (Region::key()).
    void listedImages(const QStringList &regionKeys, const QList<Image> &images);
    void listedInstances(const QStringList &regionKeys, const QList<Instance> &instances);
    // One record seen on its own (a poll by id, the answer to a write).
    void sawImage(const Image &image);
    void sawInstance(const Instance &instance);
    void imageGone(const QString &imageId);
    void instanceGone(const QString &instanceId);

    std::optional<Image> image(const QString &imageId) const;
    std::optional<Instance> instance(const QString &instanceId) const;

signals:
    void imageChanged(const imprint::Image &image);
    void imageRemoved(const QString &imageId);
    void instanceChanged(const imprint::Instance &instance);
    void instanceRemoved(const QString &instanceId);

private:
    template <typename T> struct Known
    {
        T record;
        QByteArray fingerprint;
    };

    // Everything the wire carries about the record, so that any visible change shows.
    static QByteArray fingerprint(const Image &image);
    static QByteArray fingerprint(const Instance &instance);

    QHash<QString, Known<Image>> m_images;
    QHash<QString, Known<Instance>> m_instances;
    QSet<QString> m_listedImageRegions;
    QSet<QString> m_listedInstanceRegions;
};

} // namespace imprint
