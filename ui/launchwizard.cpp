#include "launchwizard.h"

#include "placenames.h"
#include "scopedid.h"

#include "themecolors.h"

#include "backend.h"
#include "costestimator.h"
#include "numberfield.h"
#include "wizardwidgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStandardItemModel>
#include <QUuid>
#include <QVBoxLayout>

namespace imprint {

LaunchWizard::LaunchWizard(Backend *backend, LaunchContext context, QWidget *parent)
    : QWizard(parent)
    , m_backend(backend)
    , m_context(std::move(context))
    , m_policy(backend->policyForRegion(m_context.image.product, m_context.image.regionId))
    , m_clientToken(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    setObjectName(QStringLiteral("launchWizard"));
    setWindowTitle(tr("Launch Instances from \"%1\"").arg(m_context.image.name));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("Launch"));
    setPage(PlacePage, new LaunchPlacePage(this));
    setPage(TypePage, new LaunchTypePage(this));
    setPage(DisksPage, new LaunchDisksPage(this));
    setPage(DetailsPage, new LaunchDetailsPage(this));
    setPage(SummaryPage, new LaunchSummaryPage(this));
    resize(680, 520);
}

bool LaunchWizard::hasDataSnapshots() const
{
    for (const ImageDataDisk &d : m_context.image.dataDisks)
        if (!d.snapshotId.isEmpty())
            return true;
    return false;
}

LaunchRequest LaunchWizard::request() const
{
    LaunchRequest r;
    r.imageId = m_context.image.id;
    r.zoneId = static_cast<LaunchPlacePage *>(page(PlacePage))->zoneId();
    auto *type = static_cast<LaunchTypePage *>(page(TypePage));
    r.instanceType = type->instanceType();
    r.networkAcceleration = type->networkAcceleration();
    auto *disks = static_cast<LaunchDisksPage *>(page(DisksPage));
    r.systemDiskKind = disks->systemDiskKind();
    r.dataDiskKind = disks->dataDiskKind();
    auto *details = static_cast<LaunchDetailsPage *>(page(DetailsPage));
    r.namePattern = details->namePattern();
    r.count = details->count();
    r.billing = details->billing();
    r.clientToken = m_clientToken;
    return r;
}

QList<QPair<QString, int>> LaunchWizard::plannedDisks() const
{
    QList<QPair<QString, int>> disks;
    disks.append({tr("System disk from the image"), m_context.image.systemDiskGiB});
    for (const ImageDataDisk &d : m_context.image.dataDisks)
        // The simulator stores the product's default empty disk (ECS: 5 GiB) in the image.
        disks.append({d.snapshotId.isEmpty() ? tr("Empty data disk")
                                             : tr("Data disk from snapshot %1").arg(d.snapshotId),
                      d.sizeGiB});
    return disks;
}

qint64 LaunchWizard::monthlyCostFen() const
{
    const LaunchRequest r = request();
    qint64 perInstance = m_context.image.parentMonthlyFeeFen;
    for (const InstanceType &t : m_context.instanceTypes)
        if (t.id == r.instanceType)
            perInstance += t.monthlyPriceFen;
    return perInstance * r.count;
}

bool LaunchWizard::validateCurrentPage()
{
    if (currentId() != SummaryPage)
        return QWizard::validateCurrentPage();
    if (m_accepted)
        return true;
    if (m_submitting)
        return false;
    m_submitting = true;
    button(QWizard::FinishButton)->setEnabled(false);
    auto *summary = static_cast<LaunchSummaryPage *>(page(SummaryPage));
    summary->showSubmitError({});
    m_backend->launchInstances(request()).then(this, [this, summary](const Result<Operation> &r) {
        m_submitting = false;
        if (!r) {
            summary->showSubmitError(r.error().message);
            button(QWizard::FinishButton)->setEnabled(true);
            return;
        }
        m_accepted = true;
        emit launchStarted(r.value());
        accept();
    });
    return false;
}

// --- image and place -------------------------------------------------------------------------

LaunchPlacePage::LaunchPlacePage(LaunchWizard *wizard)
    : m_wizard(wizard)
    , m_image(WizardWidgets::note(this, QStringLiteral("imageSummary")))
    , m_region(WizardWidgets::note(this, QStringLiteral("regionLabel")))
    , m_regionHint(WizardWidgets::note(this, QStringLiteral("regionHint")))
    , m_zone(new QComboBox(this))
    , m_zoneNote(WizardWidgets::note(this, QStringLiteral("zoneNote")))
{
    setTitle(tr("Image and place"));
    setSubTitle(tr("The image, its region and the zone of the new instances."));
    m_zone->setObjectName(QStringLiteral("zoneCombo"));
    ThemeColors::setMutedText(m_regionHint);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Image:"), m_image);
    form->addRow(tr("Region:"), m_region);
    form->addRow(QString(), m_regionHint);
    form->addRow(tr("&Zone:"), m_zone);
    form->addRow(QString(), m_zoneNote);
    connect(m_zone, &QComboBox::currentIndexChanged, this, &QWizardPage::completeChanged);
}

void LaunchPlacePage::initializePage()
{
    const LaunchContext &c = m_wizard->context();
    const ProductPolicy &policy = m_wizard->policy();
    m_image->setText(tr("<b>%1</b> (%2), %3, system disk %4 GiB")
                         .arg(c.image.name.toHtmlEscaped(), c.image.id, c.image.osName)
                         .arg(c.image.systemDiskGiB));
    m_region->setText(tr("%1 (%2) — fixed: the image's region")
                          .arg(placeName(c.region.name), ScopedId::local(c.region.id)));
    m_regionHint->setText(policy.otherRegionHint());
    m_zone->clear();
    const bool confined = !policy.launchZoneNote(c.image).isEmpty();
    int firstAllowed = -1;
    for (const Zone &zone : c.region.zones) {
        m_zone->addItem(QStringLiteral("%1 (%2)").arg(placeName(zone.name), zone.id), zone.id);
        if (confined && zone.id != c.image.snapshotZoneId)
            WizardWidgets::disableComboItem(m_zone, m_zone->count() - 1,
                                            tr("not the snapshots' zone"));
        else if (firstAllowed < 0)
            firstAllowed = m_zone->count() - 1;
    }
    m_zone->setCurrentIndex(qMax(0, firstAllowed));
    WizardWidgets::setMessage(m_zoneNote, policy.launchZoneNote(c.image));
}

bool LaunchPlacePage::isComplete() const
{
    return WizardWidgets::isComboItemEnabled(m_zone, m_zone->currentIndex());
}

QString LaunchPlacePage::zoneId() const
{
    return m_zone->currentData().toString();
}

// --- instance type ---------------------------------------------------------------------------

LaunchTypePage::LaunchTypePage(LaunchWizard *wizard)
    : m_wizard(wizard)
    , m_types(WizardWidgets::wrappingList(this, QStringLiteral("typeList")))
    , m_acceleration(new QCheckBox(tr("Enable network acceleration"), this))
    , m_note(WizardWidgets::note(this, QStringLiteral("typeNote")))
{
    setTitle(tr("Instance type"));
    setSubTitle(tr("The sizes this image can run on; the others say why not."));
    m_acceleration->setObjectName(QStringLiteral("networkAcceleration"));
    m_types->setAccessibleName(tr("Instance type"));
    m_types->setAccessibleDescription(
        tr("The instance types of this product; a type the image cannot run on says why."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_types, 1);
    layout->addWidget(m_acceleration);
    layout->addWidget(m_note);
    connect(m_types, &QListWidget::currentRowChanged, this, &QWizardPage::completeChanged);
    connect(m_acceleration, &QCheckBox::toggled, this, &LaunchTypePage::refresh);
}

void LaunchTypePage::initializePage()
{
    const Image &image = m_wizard->context().image;
    const ProductPolicy &policy = m_wizard->policy();
    // Whether the image allows acceleration at all, asked of the policy with a capable type.
    InstanceType probe;
    probe.cpuCores = 64;
    const Status acceleration = policy.canUseInstanceType(image, probe, true);
    // Only a product that sells the option shows it (UHost); the others never mention it.
    m_acceleration->setVisible(policy.offersNetworkAcceleration());
    m_acceleration->setEnabled(acceleration.ok());
    m_acceleration->setChecked(false);
    m_acceleration->setToolTip(acceleration ? QString() : acceleration.error().message);
    m_note->setText(acceleration ? QString() : acceleration.error().message);
    refresh();
}

void LaunchTypePage::refresh()
{
    const QString current = instanceType();
    const Image &image = m_wizard->context().image;
    const ProductPolicy &policy = m_wizard->policy();
    m_types->clear();
    int firstAllowed = -1;
    for (const InstanceType &type : m_wizard->context().instanceTypes) {
        const bool lacksAcceleration = m_acceleration->isChecked() && !type.networkAcceleration;
        const QString text =
            (lacksAcceleration ? tr("%1 — %2 vCPU, %3 GiB, %4/month, no network acceleration")
                               : tr("%1 — %2 vCPU, %3 GiB, %4/month"))
                .arg(type.id)
                .arg(type.cpuCores)
                .arg(type.memoryGiB)
                .arg(CostEstimator::formatFen(type.monthlyPriceFen));
        auto *item = new QListWidgetItem(text, m_types);
        item->setData(Qt::UserRole, type.id);
        Status allowed = policy.canUseInstanceType(image, type, m_acceleration->isChecked());
        if (allowed && m_acceleration->isChecked() && !type.networkAcceleration)
            allowed = Error(ErrorCode::InstanceTypeNotAllowed,
                            tr("This type does not support network acceleration."));
        if (!allowed) {
            item->setFlags(Qt::NoItemFlags);
            item->setText(tr("%1 — %2", "an instance type, then why it cannot be chosen")
                              .arg(text, allowed.error().message));
            item->setToolTip(allowed.error().message);
        } else if (firstAllowed < 0 || type.id == current) {
            firstAllowed = m_types->count() - 1;
        }
    }
    m_types->setCurrentRow(firstAllowed);
    emit completeChanged();
}

bool LaunchTypePage::isComplete() const
{
    const QListWidgetItem *item = m_types->currentItem();
    return item && (item->flags() & Qt::ItemIsEnabled);
}

QString LaunchTypePage::instanceType() const
{
    const QListWidgetItem *item = m_types->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

bool LaunchTypePage::networkAcceleration() const
{
    return m_acceleration->isChecked();
}

// --- disks -----------------------------------------------------------------------------------

LaunchDisksPage::LaunchDisksPage(LaunchWizard *wizard)
    : m_wizard(wizard)
    , m_disks(WizardWidgets::note(this, QStringLiteral("diskSummary")))
    , m_systemKind(new QComboBox(this))
    , m_dataKind(new QComboBox(this))
    , m_note(WizardWidgets::note(this, QStringLiteral("diskNote")))
{
    setTitle(tr("Disks"));
    setSubTitle(tr("The disks each new instance gets."));
    m_systemKind->setObjectName(QStringLiteral("systemDiskKind"));
    m_dataKind->setObjectName(QStringLiteral("dataDiskKind"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Each instance gets:"), m_disks);
    form->addRow(tr("&System disk type:"), m_systemKind);
    form->addRow(tr("&Data disk type:"), m_dataKind);
    form->addRow(QString(), m_note);
}

void LaunchDisksPage::initializePage()
{
    QString lines;
    const auto disks = m_wizard->plannedDisks();
    for (const auto &disk : disks)
        lines += tr("• %1: %2 GiB<br>").arg(disk.first.toHtmlEscaped()).arg(disk.second);
    m_disks->setText(lines);
    const bool refuseLocal =
        m_wizard->policy().refusesLocalDisksWithDataSnapshots() && m_wizard->hasDataSnapshots();
    const QString why = tr("not with data-disk snapshots");
    const ProductPolicy &policy = m_wizard->policy();
    for (QComboBox *combo : {m_systemKind, m_dataKind}) {
        combo->clear();
        const DiskRole role = combo == m_systemKind ? DiskRole::System : DiskRole::Data;
        for (DiskKind kind : policy.launchDiskKinds(role)) {
            combo->addItem(policy.diskKindName(kind), int(kind));
            if (refuseLocal && kind == DiskKind::Local)
                WizardWidgets::disableComboItem(combo, combo->count() - 1, why);
        }
        combo->setCurrentIndex(0);
    }
    m_dataKind->setEnabled(disks.size() > 1);
    m_note->setText(refuseLocal ? tr("This image carries data-disk snapshots, so local disks "
                                     "are not supported; the data disks are created from the "
                                     "snapshots at their size.")
                                : QString());
    m_note->setVisible(refuseLocal);
}

DiskKind LaunchDisksPage::systemDiskKind() const
{
    return DiskKind(m_systemKind->currentData().toInt());
}

DiskKind LaunchDisksPage::dataDiskKind() const
{
    return DiskKind(m_dataKind->currentData().toInt());
}

// --- details ---------------------------------------------------------------------------------

LaunchDetailsPage::LaunchDetailsPage(LaunchWizard *wizard)
    : m_wizard(wizard)
    , m_name(new QLineEdit(this))
    , m_count(new NumberField(this))
    , m_billing(new QComboBox(this))
    , m_preview(WizardWidgets::note(this, QStringLiteral("namePreview")))
    , m_error(WizardWidgets::error(this, QStringLiteral("detailsError")))
    , m_note(WizardWidgets::note(this, QStringLiteral("detailsNote")))
{
    setTitle(tr("Details"));
    setSubTitle(tr("Use {n} in the name for a number: web-{n} gives web-1, web-2, …"));
    m_name->setObjectName(QStringLiteral("namePattern"));
    m_count->setObjectName(QStringLiteral("countField"));
    m_count->setText(QStringLiteral("1"));
    m_billing->setObjectName(QStringLiteral("billingCombo"));
    m_billing->addItem(billingMethodName(BillingMethod::PayAsYouGo),
                       int(BillingMethod::PayAsYouGo));
    m_billing->addItem(billingMethodName(BillingMethod::Subscription),
                       int(BillingMethod::Subscription));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_preview);
    form->addRow(tr("&Count:"), m_count);
    form->addRow(tr("&Billing:"), m_billing);
    form->addRow(QString(), m_error);
    form->addRow(QString(), m_note);
    connect(m_name, &QLineEdit::textChanged, this, &LaunchDetailsPage::validate);
    connect(m_count, &QLineEdit::textChanged, this, &LaunchDetailsPage::validate);
}

void LaunchDetailsPage::initializePage()
{
    const ProductPolicy &policy = m_wizard->policy();
    // A number outside the product's limit stays as typed and is refused inline, naming the
    // limit, instead of being clamped to it behind the user's back.
    m_count->setLimits(1, policy.maxLaunchCount());
    m_count->setHint(tr("Enter how many instances to launch, as a number from 1 to %1.")
                         .arg(policy.maxLaunchCount()));
    m_count->setRule([&policy](double n) { return policy.validateLaunchCount(int(n)); });
    if (m_name->text().isEmpty())
        m_name->setText(m_wizard->context().image.name + QStringLiteral("-{n}"));
    QStringList notes;
    if (policy.billingIndependentOfSource())
        notes << tr("The billing method is independent of the instance the image was made from.");
    if (!policy.offersPreinstalledApplications())
        notes << tr("Custom images have no pre-installed application to choose.");
    m_note->setText(notes.join(QLatin1Char(' ')));
    validate();
}

QStringList LaunchDetailsPage::previewNames() const
{
    QStringList names;
    const QString pattern = m_name->text().trimmed();
    const int n = count();
    for (int i = 1; i <= n && i <= 3; ++i) {
        if (pattern.contains(QLatin1String("{n}")))
            names << QString(pattern).replace(QLatin1String("{n}"), QString::number(i));
        else
            names << (n > 1 ? QStringLiteral("%1-%2").arg(pattern).arg(i) : pattern);
    }
    if (n > 3)
        names << QStringLiteral("…");
    return names;
}

void LaunchDetailsPage::validate()
{
    const QString pattern = m_name->text().trimmed();
    QString error;
    if (pattern.isEmpty())
        error = tr("Enter a name for the instances.");
    else if (pattern.size() > 60)
        error = tr("The name is %1 characters long; use at most 60.").arg(pattern.size());
    else
        error = m_count->problem();
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_preview->setVisible(error.isEmpty());
    m_preview->setText(error.isEmpty()
                           ? tr("Names: %1").arg(previewNames().join(QStringLiteral(", ")))
                           : QString());
    emit completeChanged();
}

bool LaunchDetailsPage::isComplete() const
{
    return m_error->text().isEmpty();
}

QString LaunchDetailsPage::namePattern() const
{
    return m_name->text().trimmed();
}

int LaunchDetailsPage::count() const
{
    return int(m_count->number().value_or(0));
}

BillingMethod LaunchDetailsPage::billing() const
{
    return BillingMethod(m_billing->currentData().toInt());
}

// --- summary ---------------------------------------------------------------------------------

LaunchSummaryPage::LaunchSummaryPage(LaunchWizard *wizard)
    : m_wizard(wizard)
    , m_summary(WizardWidgets::note(this, QStringLiteral("summaryText")))
    , m_error(WizardWidgets::error(this, QStringLiteral("summaryError")))
{
    setTitle(tr("Summary"));
    setSubTitle(tr("Check what will be launched and what it costs."));
    setFinalPage(true);
    m_summary->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addStretch(1);
    m_error->hide();
}

void LaunchSummaryPage::initializePage()
{
    const LaunchRequest r = m_wizard->request();
    // A heading line, then one translated line per disk.
    QStringList disks{tr("Disks of each instance:")};
    for (const auto &disk : m_wizard->plannedDisks())
        disks << tr("• %1: %2 GiB").arg(disk.first.toHtmlEscaped()).arg(disk.second);
    const Image &image = m_wizard->context().image;
    const QString monthly = CostEstimator::formatFen(m_wizard->monthlyCostFen());
    // Whole sentences, one per paragraph, so that each translates as a unit.
    const QString launch =
        tr("<p>Launch <b>%n instance(s)</b> from <b>%1</b> in zone %2.</p>", "", r.count)
            .arg(image.name.toHtmlEscaped(), r.zoneId);
    const QString billing = billingMethodName(r.billing).toLower();
    const QString type = r.networkAcceleration
                             ? tr("<p>Type %1 with network acceleration, %2 billing.</p>")
                                   .arg(r.instanceType, billing)
                             : tr("<p>Type %1, %2 billing.</p>").arg(r.instanceType, billing);
    const QString cost =
        image.parentMonthlyFeeFen > 0
            ? tr("<p>Estimated cost: about %1 per month (simulated list price), including the "
                 "paid parent image's %2 per instance.</p>")
                  .arg(monthly, CostEstimator::formatFen(image.parentMonthlyFeeFen))
            : tr("<p>Estimated cost: about %1 per month (simulated list price).</p>").arg(monthly);
    m_summary->setText(launch + type +
                       QStringLiteral("<p>%1</p>").arg(disks.join(QStringLiteral("<br>"))) + cost +
                       tr("<p>Progress appears in Recent Operations; the instances appear in the "
                          "Instances tab.</p>"));
    m_error->hide();
}

void LaunchSummaryPage::showSubmitError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QString LaunchSummaryPage::summaryText() const
{
    return m_summary->text();
}

} // namespace imprint
