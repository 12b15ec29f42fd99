#pragma once

#include "disk.h"
#include "instance.h"
#include "product.h"
#include "tag.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace imprint {

// What the create-image wizard asks for. Exactly one of sourceInstanceId / snapshotIds is set.
struct CreateImageRequest
{
    Product product = Product::Lighthouse;
    QString regionId;
    QString name;
    QString description;
    QString sourceInstanceId;
    QStringList dataDiskIds;            // data disks to associate (UHost optional, CVM DataDiskIds)
    bool forcedShutdownConsent = false; // Lighthouse: "Agree to a forced shutdown"
    bool shutDownFirst = false;         // CVM: the recommended shut-down, offered by the wizard
    QStringList snapshotIds;            // from snapshots: one system-disk snapshot + optional data
    QList<Tag> tags{};                  // where the product supports image tags
    QString clientToken{};              // idempotency: a repeated token returns the first image

    friend bool operator==(const CreateImageRequest &, const CreateImageRequest &) = default;
};

struct CopyImageRequest
{
    QString imageId;
    QString targetRegionId;
    QString targetProjectId;                       // UHost requires one
    QString name;                                  // empty: keep the source's name
    std::optional<QList<Tag>> tags = std::nullopt; // nullopt: the source's tags
    QString clientToken{}; // idempotency: a repeated token returns the first copy

    friend bool operator==(const CopyImageRequest &, const CopyImageRequest &) = default;
};

struct EditImageRequest
{
    QString imageId;
    QString name;
    QString description;
    std::optional<QList<Tag>> tags = std::nullopt; // nullopt: keep the image's tags as they are

    friend bool operator==(const EditImageRequest &, const EditImageRequest &) = default;
};

struct LaunchRequest
{
    QString imageId;
    QString zoneId;
    QString instanceType;
    int count = 1;
    QString namePattern; // "web-{n}" -> web-1, web-2; plain names get "-N" when count > 1
    BillingMethod billing = BillingMethod::PayAsYouGo;
    DiskKind systemDiskKind = DiskKind::CloudPremium;
    DiskKind dataDiskKind = DiskKind::CloudPremium;
    bool networkAcceleration = false;
    QString clientToken; // idempotency: a repeated token returns the first launch

    friend bool operator==(const LaunchRequest &, const LaunchRequest &) = default;
};

} // namespace imprint
