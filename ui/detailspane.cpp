#include "detailspane.h"

#include "scopedid.h"

#include "themecolors.h"

#include <QAction>
#include <QGuiApplication>
#include <QLocale>
#include <QUrl>

namespace imprint {

namespace {

// Field names and side notes in the palette's quieter text colour, readable light or dark.
QString mutedStyle()
{
    return ThemeColors::css(ThemeColors::muted(QGuiApplication::palette()));
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='%3 padding-right:12px'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value, mutedStyle());
}

// A side note under the facts.
QString note(const QString &text)
{
    return QStringLiteral("<p style='%2'>%1</p>").arg(text.toHtmlEscaped(), mutedStyle());
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString when(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QStringLiteral("—");
}

QString plainAction(const QAction *action)
{
    QString text = action->text();
    return text.remove(QLatin1Char('&'));
}

} // namespace

DetailsPane::DetailsPane(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("detailsPane"));
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    connect(this, &QTextBrowser::anchorClicked, this, &DetailsPane::onAnchorClicked);
}

void DetailsPane::showNothing(const QString &hint)
{
    m_actions.clear();
    setHtml(note(hint));
}

QString DetailsPane::actionsHtml(const QList<QAction *> &actions) const
{
    QString enabled;
    QString disabled;
    for (int i = 0; i < actions.size(); ++i) {
        const QAction *action = actions.at(i);
        if (action->isEnabled())
            enabled += QStringLiteral("<a href='action:%1'>%2</a>&nbsp;&nbsp; ")
                           .arg(i)
                           .arg(esc(plainAction(action)));
        else
            disabled += QStringLiteral("<li><b>%1</b>: %2</li>")
                            .arg(esc(plainAction(action)), esc(action->toolTip()));
    }
    QString html = QStringLiteral("<h4>%1</h4><p>%2</p>")
                       .arg(tr("Actions"), enabled.isEmpty() ? tr("None available.") : enabled);
    if (!disabled.isEmpty())
        html += QStringLiteral("<h4>%1</h4><ul style='margin-left:-20px'>%2</ul>")
                    .arg(tr("Unavailable"), disabled);
    return html;
}

void DetailsPane::onAnchorClicked(const QUrl &url)
{
    if (url.scheme() != QLatin1String("action"))
        return;
    const int index = url.path().toInt();
    if (index >= 0 && index < m_actions.size() && m_actions.at(index)->isEnabled())
        m_actions.at(index)->trigger();
}

void DetailsPane::showInstance(const Instance &instance, const QList<QAction *> &actions)
{
    m_actions = actions;
    QString disks;
    for (const Disk &d : instance.disks)
        disks += QStringLiteral("%1 · %2 · %3<br>")
                     .arg(esc(diskRoleName(d.role)), esc(diskKindName(instance.product, d.kind)),
                          esc(diskSizeText(d)));
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(esc(instance.name));
    html += row(tr("ID"), esc(ScopedId::local(instance.id)));
    html += row(tr("Product"), esc(productDisplayName(instance.product)));
    html += row(tr("Region / zone"),
                esc(ScopedId::local(instance.regionId) + QStringLiteral(" / ") + instance.zoneId));
    html +=
        row(tr("State"),
            esc(instance.imagingOperationId.isEmpty()
                    ? instanceStateName(instance.state)
                    : tr("%1 — an image is being made").arg(instanceStateName(instance.state))));
    html += row(tr("Type"), esc(QStringLiteral("%1 (%2 vCPU, %3 GiB)")
                                    .arg(instance.instanceType)
                                    .arg(instance.cpuCores)
                                    .arg(instance.memoryGiB)));
    html += row(tr("OS"), esc(instance.osName));
    html += row(tr("Disks"), disks);
    html += row(tr("Billing"), esc(billingMethodName(instance.billing)));
    if (!instance.projectId.isEmpty())
        html += row(tr("Project"), esc(instance.projectId));
    html += row(tr("Created"), esc(when(instance.createdAt)));
    html += QStringLiteral("</table>");
    html += actionsHtml(actions);
    setHtml(html);
}

void DetailsPane::showImage(const Image &image, const QList<Snapshot> &snapshots,
                            const ImageQuota &quota, const QString &monthlyCost,
                            const ProductPolicy &policy, const QList<QAction *> &actions)
{
    m_actions = actions;
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(esc(image.name));
    html += row(tr("ID"), esc(ScopedId::local(image.id)));
    html += row(tr("Product"), esc(productDisplayName(image.product)));
    html += row(tr("Region"), esc(ScopedId::local(image.regionId)));
    QString state = esc(imageStateName(image.state));
    if (image.state == ImageState::Creating || image.state == ImageState::Copying)
        state += QStringLiteral(" %1%").arg(image.progress);
    html += row(tr("State"), state);
    if (const int days = policy.overdueRule().releaseAfterDays;
        image.state == ImageState::ToBeRepossessed && days > 0 && image.repossessedAt.isValid())
        html += row(tr("Released on"), tr("%1, unless the account is topped up")
                                           .arg(esc(when(image.repossessedAt.addDays(days)))));
    if (!image.description.isEmpty())
        html += row(policy.descriptionLabel(), esc(image.description));
    if (!image.tags.isEmpty())
        html += row(tr("Tags"), esc(TagText::format(image.tags)));
    html += row(tr("OS"), esc(image.osName));
    if (image.madeFromSnapshots)
        html += row(tr("Made from snapshots"),
                    esc(image.sourceInstanceId.isEmpty()
                            ? image.snapshotIds().join(QStringLiteral(", "))
                            : tr("%1 (of instance %2)")
                                  .arg(image.snapshotIds().join(QStringLiteral(", ")),
                                       ScopedId::local(image.sourceInstanceId))));
    else if (!image.sourceInstanceId.isEmpty())
        html += row(tr("Made from instance"), esc(ScopedId::local(image.sourceInstanceId)));
    if (!image.sourceImageId.isEmpty())
        html += row(tr("Copied from"), esc(ScopedId::local(image.sourceImageId)));
    if (!image.projectId.isEmpty())
        html += row(tr("Project"), esc(image.projectId));
    html += row(tr("System disk"), tr("%1 GiB").arg(image.systemDiskGiB));
    QString dataDisks;
    for (const ImageDataDisk &d : image.dataDisks)
        dataDisks +=
            d.snapshotId.isEmpty()
                ? tr("empty, %1 GiB<br>").arg(d.sizeGiB)
                : tr("from %1, %2 GiB<br>").arg(esc(ScopedId::local(d.snapshotId))).arg(d.sizeGiB);
    html += row(tr("Data disks"), dataDisks.isEmpty() ? tr("none") : dataDisks);
    // Only where the product confines launches (UHost): ECS images carry snapshots too.
    if (const QString zoneNote = policy.launchZoneNote(image); !zoneNote.isEmpty())
        html += row(tr("Launch zone"), esc(zoneNote));
    if (image.parentIsWindows && policy.inheritsParentTypeRestrictions())
        html += row(tr("Inherited limits"),
                    tr("Windows parent: no 1-core types, no network acceleration"));
    html += row(tr("Created"), esc(when(image.createdAt)));
    html += row(tr("Monthly cost"), esc(monthlyCost));
    const QString quotaText =
        quota.freeTier > 0
            ? tr("%1 of %n custom image(s) in this region; the free tier covers %2", "",
                 quota.quota)
                  .arg(quota.used)
                  .arg(quota.freeTier)
            : tr("%1 of %n custom image(s) in this region", "", quota.quota).arg(quota.used);
    html += row(tr("Quota"), esc(quotaText));
    html += QStringLiteral("</table>");

    if (!snapshots.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul style='margin-left:-20px'>").arg(tr("Snapshots"));
        for (const Snapshot &s : snapshots)
            html += QStringLiteral("<li>%1</li>")
                        .arg(esc(
                            (s.encrypted ? tr("%1 — %2, %3 GiB, encrypted") : tr("%1 — %2, %3 GiB"))
                                .arg(ScopedId::local(s.id), diskRoleName(s.role))
                                .arg(s.sizeGiB)));
        html += QStringLiteral("</ul>");
        if (policy.deleteRemovesAssociatedSnapshots())
            html += note(tr("Deleting this image deletes these snapshots too; snapshot "
                            "service billing continues."));
    }
    html += actionsHtml(actions);
    setHtml(html);
}

void DetailsPane::showSnapshot(const Snapshot &snapshot, const ProductPolicy &policy,
                               const QList<QAction *> &actions)
{
    m_actions = actions;
    QString html = QStringLiteral("<h3>%1</h3><table>")
                       .arg(esc(snapshot.name.isEmpty() ? snapshot.id : snapshot.name));
    html += row(tr("ID"), esc(ScopedId::local(snapshot.id)));
    html += row(tr("Product"), esc(productDisplayName(snapshot.product)));
    html += row(tr("Region / zone"),
                esc(ScopedId::local(snapshot.regionId) + QStringLiteral(" / ") + snapshot.zoneId));
    html += row(tr("Disk"), esc(diskRoleName(snapshot.role) + QStringLiteral(" · ") +
                                diskKindName(snapshot.product, snapshot.diskKind)));
    html += row(tr("Size"), tr("%1 GiB").arg(snapshot.sizeGiB));
    html += row(tr("Encrypted"), snapshot.encrypted ? tr("yes") : tr("no"));
    html += row(tr("Source"), esc(ScopedId::local(snapshot.sourceInstanceId) +
                                  QStringLiteral(" / ") + ScopedId::local(snapshot.sourceDiskId)));
    html += row(tr("Created"), esc(when(snapshot.createdAt)));
    if (!snapshot.imageId.isEmpty())
        html += row(tr("Backs image"), esc(ScopedId::local(snapshot.imageId)));
    html += QStringLiteral("</table>");
    if (!snapshot.imageId.isEmpty() && !policy.associatedSnapshotsDeletableAlone())
        html += note(tr("This snapshot is associated with a custom image and cannot be "
                        "deleted on its own: delete the image instead."));
    if (policy.supportsCreateFromSnapshots() && snapshot.role == DiskRole::System)
        html += note(tr("A custom image can be made from this system-disk snapshot."));
    if (policy.supportsCreateFromSnapshots())
        html += actionsHtml(actions);
    setHtml(html);
}

} // namespace imprint
