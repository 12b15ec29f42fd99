#pragma once

#include "image.h"
#include "instance.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace imprint {

// Remembers the images and instances the remote backend last saw and turns each new sighting
// into the Backend's batched upsert signals: changed when a record is new or differs
// (operator==, every field), removed when it is gone. A listing is one reconciliation pass and
// announces one batch per signal. A cloud only answers questions, so this is how changes made
// elsewhere (the console, another client, the cloud's own progress) become change events.
//
// A region listed for the first time is remembered without announcing its records: whoever
// asked for that listing has it already, and announcing thousands of rows they are about to
// receive anyway would only double the models' work. From then on every difference is
// announced.
class ChangeTracker : public QObject
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
    // `deleted`: by this console's own delete, which is never a release.
    void imageGone(const QString &imageId, bool deleted = false);
    void instanceGone(const QString &instanceId);

    std::optional<Image> image(const QString &imageId) const;
    std::optional<Instance> instance(const QString &instanceId) const;

signals:
    void imagesChanged(const QList<imprint::Image> &images);
    void imagesRemoved(const QStringList &imageIds);
    void instancesChanged(const QList<imprint::Instance> &instances);
    void instancesRemoved(const QStringList &instanceIds);
    // Removed images whose last state was ToBeRepossessed (also in imagesRemoved): the cloud
    // released them, since the console never deletes such an image
    // (ProductPolicy::canDeleteImage). The remote path's counterpart of the simulator's own
    // ReleaseImage operation.
    void imagesReleased(const QList<imprint::Image> &images);

private:
    // Forgets the images and announces their removal (and release).
    void forgetImages(const QStringList &imageIds, bool deleted = false);

    QHash<QString, Image> m_images;
    QHash<QString, Instance> m_instances;
    QSet<QString> m_listedImageRegions;
    QSet<QString> m_listedInstanceRegions;
};

} // namespace imprint
