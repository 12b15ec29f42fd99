#include "ecspolicy.h"

#include <QRegularExpression>

namespace imprint {

QString EcsPolicy::diskKindName(DiskKind kind) const
{
    switch (kind) {
    case DiskKind::CloudPremium:
        return tr("Enhanced SSD (ESSD)");
    case DiskKind::CloudSsd:
        return tr("Standard SSD");
    case DiskKind::CloudBasic:
        return tr("Basic disk");
    case DiskKind::EconomyCloud:
        return tr("Ultra disk");
    case DiskKind::Local:
        return tr("Local disk");
    }
    return {};
}

QList<DiskKind> EcsPolicy::launchDiskKinds(DiskRole) const
{
    return {DiskKind::CloudPremium, DiskKind::CloudSsd, DiskKind::EconomyCloud,
            DiskKind::CloudBasic};
}

qint64 EcsPolicy::creationSeconds(int dataGiB) const
{
    // "Depends on the disk size": every disk is snapshotted.
    return 60 + qint64(qMax(0, dataGiB)) * 5;
}

QStringList EcsPolicy::creationGuidance(OsType osType) const
{
    QStringList list{tr("Delete all confidential data from the instance."),
                     tr("The instance may keep running, but do not stop, start or restart it "
                        "until the image is available.")};
    if (osType == OsType::Linux) {
        list << tr("Do not load data-disk entries in /etc/fstab.")
             << tr("Unmount all file systems mounted on the instance.")
             << tr("Do not upgrade the kernel or the operating system.")
             << tr("Keep one root partition on the system disk.")
             << tr("Make sure the system disk has free space.")
             << tr("Do not modify /sbin, /bin or /lib.") << tr("Keep the default login user root.");
    }
    return list;
}

namespace {
bool startsWithHttp(const QString &text)
{
    return text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}
} // namespace

Status EcsPolicy::validateName(const QString &name) const
{
    if (Status s = ProductPolicy::validateName(name); !s)
        return s;
    if (codePoints(name) < 2)
        return Error(ErrorCode::InvalidName, tr("The name needs at least 2 characters."));
    if (startsWithHttp(name))
        return Error(ErrorCode::InvalidName, tr("The name cannot start with http:// or https://."));
    // ModifyImageAttribute reserves these prefixes; refusing them at creation too keeps every
    // image renameable under its own name.
    if (name.startsWith(QLatin1String("acs:"), Qt::CaseInsensitive) ||
        name.startsWith(QLatin1String("aliyun"), Qt::CaseInsensitive))
        return Error(ErrorCode::InvalidName,
                     tr("The name cannot start with \"acs:\" or \"aliyun\", which Alibaba Cloud "
                        "reserves."));
    // ASCII letters and Chinese (Han) characters, as the API reference states; \p{Han} also
    // covers ideographs outside the BMP, which a QChar test would miss.
    static const QRegularExpression first(QStringLiteral("^[A-Za-z\\p{Han}]"));
    if (!first.match(name).hasMatch())
        return Error(ErrorCode::InvalidName,
                     tr("The name must start with a letter or a Chinese character."));
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9\\p{Han}:_.\\-]+$"));
    if (!allowed.match(name).hasMatch())
        return Error(
            ErrorCode::InvalidName,
            tr("Use only letters, Chinese characters, digits, colons (:), underscores (_), "
               "periods (.) and hyphens (-)."));
    return {};
}

Status EcsPolicy::validateTag(const Tag &tag) const
{
    auto hasLink = [](const QString &text) {
        return text.contains(QLatin1String("http://"), Qt::CaseInsensitive) ||
               text.contains(QLatin1String("https://"), Qt::CaseInsensitive);
    };
    if (tag.key.startsWith(QLatin1String("acs:"), Qt::CaseInsensitive) ||
        tag.key.startsWith(QLatin1String("aliyun"), Qt::CaseInsensitive))
        return Error(ErrorCode::InvalidArgument,
                     tr("The tag key \"%1\" cannot start with \"acs:\" or \"aliyun\", which "
                        "Alibaba Cloud reserves.")
                         .arg(tag.key));
    if (tag.value.startsWith(QLatin1String("acs:"), Qt::CaseInsensitive))
        return Error(ErrorCode::InvalidArgument,
                     tr("The value of tag \"%1\" cannot start with \"acs:\", which Alibaba "
                        "Cloud reserves.")
                         .arg(tag.key));
    if (hasLink(tag.key) || hasLink(tag.value))
        return Error(ErrorCode::InvalidArgument,
                     tr("The tag \"%1\" cannot contain http:// or https://.").arg(tag.key));
    return {};
}

Status EcsPolicy::validateDescription(const QString &description) const
{
    if (description.isEmpty())
        return {};
    if (Status s = ProductPolicy::validateDescription(description); !s)
        return s;
    if (codePoints(description) < 2)
        return Error(ErrorCode::InvalidDescription,
                     tr("A description needs at least 2 characters; leave it empty or write "
                        "more."));
    if (startsWithHttp(description))
        return Error(ErrorCode::InvalidDescription,
                     tr("The description cannot start with http:// or https://."));
    return {};
}

} // namespace imprint
