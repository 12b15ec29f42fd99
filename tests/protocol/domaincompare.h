#pragma once

// Field-by-field comparison of core domain values for round-trip tests. core defines no
// operator== for them (and the tests must not add one to its types), so each function lists
// the fields that differ; an empty list means equal.

#include "apirequests.h"
#include "image.h"
#include "imagequota.h"
#include "instance.h"
#include "region.h"
#include "requests.h"
#include "tag.h"

#include <QDateTime>
#include <QStringList>
#include <QTest>

#include <optional>
#include <type_traits>

namespace domaincompare {

using namespace imprint;

template <typename T> QString text(const T &v)
{
    if constexpr (std::is_enum_v<T>)
        return QString::number(int(v));
    else if constexpr (std::is_same_v<T, bool>)
        return v ? QStringLiteral("true") : QStringLiteral("false");
    else if constexpr (std::is_arithmetic_v<T>)
        return QString::number(v);
    else if constexpr (std::is_same_v<T, QDateTime>)
        return v.isValid() ? v.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("(invalid)");
    else if constexpr (std::is_same_v<T, std::optional<int>>)
        return v ? QString::number(*v) : QStringLiteral("(none)");
    else if constexpr (std::is_same_v<T, QList<Tag>>)
        return QLatin1Char('[') + TagText::format(v) + QLatin1Char(']');
    else if constexpr (std::is_same_v<T, QStringList>)
        return QLatin1Char('[') + v.join(QLatin1Char(',')) + QLatin1Char(']');
    else
        return QLatin1Char('"') + v + QLatin1Char('"');
}

template <typename T>
void field(QStringList &out, const QString &prefix, const char *name, const T &a, const T &b)
{
    if (!(a == b))
        out << QStringLiteral("%1%2: %3 != %4").arg(prefix, QLatin1String(name), text(a), text(b));
}

#define DC_FIELD(f) field(out, prefix, #f, a.f, b.f)

inline QStringList diff(const Disk &a, const Disk &b, const QString &prefix = {})
{
    QStringList out;
    DC_FIELD(id);
    DC_FIELD(role);
    DC_FIELD(kind);
    DC_FIELD(sizeGiB);
    DC_FIELD(usedGiB);
    return out;
}

inline QStringList diff(const Instance &a, const Instance &b, const QString &prefix = {})
{
    QStringList out;
    DC_FIELD(id);
    DC_FIELD(product);
    DC_FIELD(regionId);
    DC_FIELD(zoneId);
    DC_FIELD(projectId);
    DC_FIELD(name);
    DC_FIELD(state);
    DC_FIELD(instanceType);
    DC_FIELD(cpuCores);
    DC_FIELD(memoryGiB);
    DC_FIELD(networkAcceleration);
    DC_FIELD(osType);
    DC_FIELD(osName);
    DC_FIELD(imageId);
    DC_FIELD(billing);
    DC_FIELD(createdAt);
    DC_FIELD(imagingOperationId);
    field(out, prefix, "disks.size", a.disks.size(), b.disks.size());
    for (qsizetype i = 0; i < qMin(a.disks.size(), b.disks.size()); ++i)
        out << diff(a.disks.at(i), b.disks.at(i), prefix + QStringLiteral("disks[%1].").arg(i));
    return out;
}

inline QStringList diff(const Image &a, const Image &b, const QString &prefix = {})
{
    QStringList out;
    DC_FIELD(id);
    DC_FIELD(product);
    DC_FIELD(regionId);
    DC_FIELD(projectId);
    DC_FIELD(name);
    DC_FIELD(description);
    DC_FIELD(state);
    DC_FIELD(progress);
    DC_FIELD(osType);
    DC_FIELD(osName);
    DC_FIELD(sourceInstanceId);
    DC_FIELD(sourceImageId);
    DC_FIELD(systemSnapshotId);
    DC_FIELD(systemDiskGiB);
    DC_FIELD(snapshotZoneId);
    DC_FIELD(parentIsWindows);
    DC_FIELD(parentMonthlyFeeFen);
    DC_FIELD(createdAt);
    DC_FIELD(repossessedAt);
    DC_FIELD(tags);
    field(out, prefix, "dataDisks.size", a.dataDisks.size(), b.dataDisks.size());
    for (qsizetype i = 0; i < qMin(a.dataDisks.size(), b.dataDisks.size()); ++i) {
        field(out, prefix, "dataDisks.snapshotId", a.dataDisks.at(i).snapshotId,
              b.dataDisks.at(i).snapshotId);
        field(out, prefix, "dataDisks.sizeGiB", a.dataDisks.at(i).sizeGiB,
              b.dataDisks.at(i).sizeGiB);
    }
    return out;
}

inline QStringList diff(const Region &a, const Region &b, const QString &prefix = {})
{
    QStringList out;
    DC_FIELD(id);
    DC_FIELD(product);
    DC_FIELD(name);
    field(out, prefix, "zones.size", a.zones.size(), b.zones.size());
    return out;
}

inline QStringList diff(const Zone &a, const Zone &b, const QString &prefix = {})
{
    QStringList out;
    DC_FIELD(id);
    DC_FIELD(name);
    return out;
}

inline QStringList diff(const CreateImageRequest &a, const CreateImageRequest &b,
                        const QString &prefix = {})
{
    QStringList out;
    DC_FIELD(product);
    DC_FIELD(regionId);
    DC_FIELD(name);
    DC_FIELD(description);
    DC_FIELD(sourceInstanceId);
    DC_FIELD(dataDiskIds);
    DC_FIELD(forcedShutdownConsent);
    DC_FIELD(shutDownFirst);
    DC_FIELD(snapshotIds);
    DC_FIELD(tags);
    return out;
}

inline QStringList diff(const LaunchRequest &a, const LaunchRequest &b, const QString &prefix = {})
{
    QStringList out;
    DC_FIELD(imageId);
    DC_FIELD(zoneId);
    DC_FIELD(instanceType);
    DC_FIELD(count);
    DC_FIELD(namePattern);
    DC_FIELD(billing);
    DC_FIELD(systemDiskKind);
    DC_FIELD(dataDiskKind);
    DC_FIELD(networkAcceleration);
    DC_FIELD(clientToken);
    return out;
}

inline QStringList diff(const LaunchCall &a, const LaunchCall &b, const QString &prefix = {})
{
    QStringList out = diff(a.request, b.request, prefix + QStringLiteral("request."));
    DC_FIELD(systemDiskGiB);
    DC_FIELD(dryRun);
    field(out, prefix, "dataDisks.size", a.dataDisks.size(), b.dataDisks.size());
    for (qsizetype i = 0; i < qMin(a.dataDisks.size(), b.dataDisks.size()); ++i) {
        field(out, prefix, "dataDisks.snapshotId", a.dataDisks.at(i).snapshotId,
              b.dataDisks.at(i).snapshotId);
        field(out, prefix, "dataDisks.sizeGiB", a.dataDisks.at(i).sizeGiB,
              b.dataDisks.at(i).sizeGiB);
    }
    return out;
}

inline QStringList diff(const ImageQuota &a, const ImageQuota &b, const QString &prefix = {})
{
    QStringList out;
    DC_FIELD(product);
    DC_FIELD(regionId);
    DC_FIELD(used);
    DC_FIELD(quota);
    DC_FIELD(freeTier);
    return out;
}

template <typename T> QStringList diffLists(const QList<T> &a, const QList<T> &b)
{
    QStringList out;
    if (a.size() != b.size())
        out << QStringLiteral("size: %1 != %2").arg(a.size()).arg(b.size());
    for (qsizetype i = 0; i < qMin(a.size(), b.size()); ++i)
        out << diff(a.at(i), b.at(i), QStringLiteral("[%1].").arg(i));
    return out;
}

#undef DC_FIELD

} // namespace domaincompare

// Fails the test with every differing field named.
#define QCOMPARE_DOMAIN(differences)                                                               \
    do {                                                                                           \
        const QStringList dcDiff = (differences);                                                  \
        QVERIFY2(dcDiff.isEmpty(), qPrintable(dcDiff.join(QStringLiteral("; "))));                 \
    } while (false)
