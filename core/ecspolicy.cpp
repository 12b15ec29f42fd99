#include "ecspolicy.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace imprint {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("EcsPolicy", text);
}
} // namespace

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
             << tr("Do not modify /sbin, /bin or /lib.")
             << tr("Keep the default login user root.");
    }
    return list;
}

Status EcsPolicy::validateName(const QString &name) const
{
    if (Status s = ProductPolicy::validateName(name); !s)
        return s;
    if (codePoints(name) < 2)
        return Error(ErrorCode::InvalidName, tr("The name needs at least 2 characters."));
    if (name.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
        name.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
        return Error(ErrorCode::InvalidName, tr("The name cannot start with http:// or https://."));
    if (!name.at(0).isLetter())
        return Error(ErrorCode::InvalidName, tr("The name must start with a letter."));
    // Letters (including CJK), digits, colon, underscore, period and hyphen.
    static const QRegularExpression allowed(QStringLiteral("^[\\p{L}0-9:_.\\-]+$"));
    if (!allowed.match(name).hasMatch())
        return Error(ErrorCode::InvalidName,
                     tr("Use only letters, digits, colons (:), underscores (_), periods (.) and "
                        "hyphens (-)."));
    return {};
}

} // namespace imprint
