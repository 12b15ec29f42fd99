#include "createimagewizard.h"

#include "backend.h"
#include "costestimator.h"
#include "wizardwidgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace imprint {

namespace {

QString durationText(qint64 seconds)
{
    const qint64 minutes = (seconds + 59) / 60;
    if (minutes < 60)
        return CreateImageWizard::tr("about %n minute(s)", nullptr, int(minutes));
    return CreateImageWizard::tr("about %1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

} // namespace

// --- wizard ----------------------------------------------------------------------------------

CreateImageWizard::CreateImageWizard(Backend *backend, CreateImageContext context, QWidget *parent)
    : QWizard(parent)
    , m_backend(backend)
    , m_context(std::move(context))
    , m_policy(backend->policyForRegion(m_context.product, m_context.regionId))
{
    setObjectName(QStringLiteral("createImageWizard"));
    setWindowTitle(tr("Create Custom Image — %1").arg(productShortName(m_context.product)));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("Create Image"));
    setPage(SourcePage, new CreateImageSourcePage(this));
    setPage(InfoPage, new CreateImageInfoPage(this));
    setPage(DataDisksPage, new CreateImageDataDisksPage(this));
    setPage(ShutdownPage, new CreateImageShutdownPage(this));
    setPage(SummaryPage, new CreateImageSummaryPage(this));
    setStartId(SourcePage);
    resize(680, 520);
}

bool CreateImageWizard::fromSnapshots() const
{
    return static_cast<CreateImageSourcePage *>(page(SourcePage))->fromSnapshots();
}

int CreateImageWizard::dataGiBToImage() const
{
    const CreateImageRequest r = request();
    int total = 0;
    if (fromSnapshots()) {
        for (const Snapshot &s : m_context.regionSnapshots)
            if (r.snapshotIds.contains(s.id))
                total += s.sizeGiB;
        return total;
    }
    for (const Disk &disk : m_context.instance.disks) {
        const bool imaged = disk.role == DiskRole::System ||
                            m_policy.dataDiskRule() == DataDiskRule::AllAutomatic ||
                            r.dataDiskIds.contains(disk.id);
        if (imaged)
            total += disk.usedOrSizeGiB();
    }
    return total;
}

CreateImageRequest CreateImageWizard::request() const
{
    CreateImageRequest r;
    r.product = m_context.product;
    r.regionId = m_context.regionId;
    auto *info = static_cast<CreateImageInfoPage *>(page(InfoPage));
    r.name = info->name();
    r.description = info->description();
    r.tags = info->tags();
    auto *source = static_cast<CreateImageSourcePage *>(page(SourcePage));
    if (source->fromSnapshots()) {
        r.snapshotIds = source->selectedSnapshotIds();
        return r;
    }
    r.sourceInstanceId = m_context.instance.id;
    if (m_policy.dataDiskRule() == DataDiskRule::OptionalPerDisk)
        r.dataDiskIds =
            static_cast<CreateImageDataDisksPage *>(page(DataDisksPage))->selectedDiskIds();
    auto *shutdown = static_cast<CreateImageShutdownPage *>(page(ShutdownPage));
    r.forcedShutdownConsent = shutdown->consent();
    r.shutDownFirst = shutdown->shutDownFirst();
    return r;
}

int CreateImageWizard::nextId() const
{
    switch (currentId()) {
    case SourcePage:
        return InfoPage;
    case InfoPage:
        if (fromSnapshots())
            return SummaryPage;
        return m_policy.dataDiskRule() == DataDiskRule::NotSupported ? ShutdownPage : DataDisksPage;
    case DataDisksPage:
        return ShutdownPage;
    case ShutdownPage:
        return SummaryPage;
    default:
        return -1;
    }
}

bool CreateImageWizard::validateCurrentPage()
{
    if (currentId() != SummaryPage)
        return QWizard::validateCurrentPage();
    if (m_accepted)
        return true;
    if (m_submitting)
        return false;
    // Send the request and stay open until the backend answers: a refusal is shown on this
    // page and the user's input is kept.
    m_submitting = true;
    button(QWizard::FinishButton)->setEnabled(false);
    button(QWizard::BackButton)->setEnabled(false);
    auto *summary = static_cast<CreateImageSummaryPage *>(page(SummaryPage));
    summary->showSubmitError({});
    m_backend->createImage(request()).then(this, [this, summary](const Result<Operation> &r) {
        m_submitting = false;
        button(QWizard::BackButton)->setEnabled(true);
        if (!r) {
            summary->showSubmitError(r.error().message);
            button(QWizard::FinishButton)->setEnabled(true);
            return;
        }
        m_accepted = true;
        emit imageCreationStarted(r.value());
        accept();
    });
    return false;
}

// --- source ----------------------------------------------------------------------------------

CreateImageSourcePage::CreateImageSourcePage(CreateImageWizard *wizard)
    : m_wizard(wizard)
    , m_instanceSummary(new QLabel(this))
    , m_systemSnapshot(new QComboBox(this))
    , m_dataSnapshots(WizardWidgets::wrappingList(this, QStringLiteral("dataSnapshotList")))
    , m_error(WizardWidgets::error(this, QStringLiteral("sourceError")))
{
    setTitle(tr("Source"));
    m_instanceSummary->setWordWrap(true);
    m_systemSnapshot->setObjectName(QStringLiteral("systemSnapshotCombo"));
    m_dataSnapshots->setAccessibleName(tr("Data-disk snapshots"));
    m_dataSnapshots->setAccessibleDescription(
        tr("Tick the data-disk snapshots the image includes besides the system-disk snapshot."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_instanceSummary);
    auto *form = new QFormLayout;
    form->addRow(tr("System-disk snapshot:"), m_systemSnapshot);
    form->addRow(tr("Data-disk snapshots:"), m_dataSnapshots);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    connect(m_systemSnapshot, &QComboBox::currentIndexChanged, this,
            &CreateImageSourcePage::updateSelection);
    connect(m_dataSnapshots, &QListWidget::itemChanged, this,
            &CreateImageSourcePage::updateSelection);
}

bool CreateImageSourcePage::fromSnapshots() const
{
    return m_wizard->context().instance.id.isEmpty();
}

void CreateImageSourcePage::initializePage()
{
    const CreateImageContext &c = m_wizard->context();
    const bool snapshots = fromSnapshots();
    m_systemSnapshot->setVisible(snapshots);
    m_dataSnapshots->setVisible(snapshots);
    if (auto *form = findChild<QFormLayout *>()) {
        form->setRowVisible(0, snapshots);
        form->setRowVisible(1, snapshots);
    }
    if (!snapshots) {
        setSubTitle(tr("The image is made from this instance, in its region."));
        const Instance &i = c.instance;
        // One translated line each, so that every language words each line whole.
        QStringList lines;
        lines << tr("<b>%1</b> (%2)").arg(i.name.toHtmlEscaped(), i.id)
              << tr("%1 in %2, zone %3")
                     .arg(instanceStateName(i.state), c.regionName.toHtmlEscaped(), i.zoneId)
              << tr("%1, instance type %2").arg(i.osName.toHtmlEscaped(), i.instanceType);
        for (const Disk &d : i.disks)
            lines << tr("• %1: %2, %3")
                         .arg(diskRoleName(d.role), diskKindName(i.product, d.kind),
                              diskSizeText(d));
        m_instanceSummary->setText(lines.join(QStringLiteral("<br>")));
        return;
    }
    setSubTitle(tr("An image is made from one system-disk snapshot, optionally with data-disk "
                   "snapshots. Encrypted and unencrypted snapshots can both be used."));
    m_instanceSummary->setText(tr("Snapshots in %1:").arg(c.regionName));
    m_systemSnapshot->blockSignals(true);
    m_dataSnapshots->blockSignals(true);
    m_systemSnapshot->clear();
    m_systemSnapshot->addItem(tr("(none — choose a system-disk snapshot)"), QString());
    m_dataSnapshots->clear();
    for (const Snapshot &s : c.regionSnapshots) {
        if (s.state != SnapshotState::Available)
            continue;
        const QString label =
            (s.encrypted ? tr("%1 — %2, %3 GiB, encrypted") : tr("%1 — %2, %3 GiB"))
                .arg(s.id, s.name)
                .arg(s.sizeGiB);
        if (s.role == DiskRole::System) {
            m_systemSnapshot->addItem(label, s.id);
            if (s.id == c.preselectedSnapshotId)
                m_systemSnapshot->setCurrentIndex(m_systemSnapshot->count() - 1);
        } else {
            auto *item = new QListWidgetItem(label, m_dataSnapshots);
            item->setData(Qt::UserRole, s.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(s.id == c.preselectedSnapshotId ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_systemSnapshot->blockSignals(false);
    m_dataSnapshots->blockSignals(false);
    updateSelection();
}

QStringList CreateImageSourcePage::selectedSnapshotIds() const
{
    QStringList ids;
    const QString system = m_systemSnapshot->currentData().toString();
    if (!system.isEmpty())
        ids << system;
    for (int i = 0; i < m_dataSnapshots->count(); ++i)
        if (m_dataSnapshots->item(i)->checkState() == Qt::Checked)
            ids << m_dataSnapshots->item(i)->data(Qt::UserRole).toString();
    return ids;
}

void CreateImageSourcePage::updateSelection()
{
    if (!fromSnapshots()) {
        WizardWidgets::setMessage(m_error, {});
        emit completeChanged();
        return;
    }
    const QStringList ids = selectedSnapshotIds();
    QList<Snapshot> chosen;
    for (const Snapshot &s : m_wizard->context().regionSnapshots)
        if (ids.contains(s.id))
            chosen << s;
    const Status status = m_wizard->policy().validateSnapshotSelection(chosen);
    m_selectionValid = status.ok();
    WizardWidgets::setMessage(m_error, status ? QString() : status.error().message);
    emit completeChanged();
}

bool CreateImageSourcePage::isComplete() const
{
    return !fromSnapshots() || m_selectionValid;
}

// --- information -----------------------------------------------------------------------------

CreateImageInfoPage::CreateImageInfoPage(CreateImageWizard *wizard)
    : m_wizard(wizard)
    , m_name(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_tags(WizardWidgets::tagsField(this, wizard->policy()))
    , m_nameError(WizardWidgets::error(this, QStringLiteral("nameError")))
    , m_descriptionError(WizardWidgets::error(this, QStringLiteral("descriptionError")))
    , m_tagsError(WizardWidgets::error(this, QStringLiteral("tagsError")))
    , m_descriptionLabel(new QLabel(this))
{
    setTitle(tr("Image information"));
    const ProductPolicy &policy = wizard->policy();
    setSubTitle(tr("Name: up to %1 characters, unique in the region. %2: up to %3 characters.")
                    .arg(policy.maxNameLength())
                    .arg(policy.descriptionLabel())
                    .arg(policy.maxDescriptionLength()));
    m_name->setObjectName(QStringLiteral("nameField"));
    m_description->setObjectName(QStringLiteral("descriptionField"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(90);
    m_descriptionLabel->setText(policy.descriptionLabel() + QLatin1Char(':'));
    // Fields at the top, each with a slot of its own for the error under it: a message that
    // appears or goes never moves the fields.
    for (QLabel *error : {m_nameError, m_descriptionError, m_tagsError}) {
        QSizePolicy policy = error->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        error->setSizePolicy(policy);
        error->setMinimumHeight(2 * error->fontMetrics().lineSpacing());
        error->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    }
    // A grid, not a form: QFormLayout collapses a hidden row even when its size is retained.
    auto *grid = new QGridLayout;
    int row = 0;
    auto addField = [&](QLabel *label, QWidget *field, QLabel *error) {
        label->setBuddy(field);
        grid->addWidget(label, row, 0, Qt::AlignLeft | Qt::AlignTop);
        grid->addWidget(field, row++, 1);
        grid->addWidget(error, row++, 1);
    };
    addField(new QLabel(tr("&Name:"), this), m_name, m_nameError);
    addField(m_descriptionLabel, m_description, m_descriptionError);
    // Tags only where the product takes them on images (not UHost).
    if (policy.supportsImageTags())
        addField(new QLabel(tr("&Tags:"), this), m_tags, m_tagsError);
    else
        m_tags->hide();
    grid->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addStretch(1);
    connect(m_name, &QLineEdit::textChanged, this, &CreateImageInfoPage::validate);
    connect(m_tags, &QLineEdit::textChanged, this, &CreateImageInfoPage::validate);
    connect(m_description, &QPlainTextEdit::textChanged, this, &CreateImageInfoPage::validate);
    const Instance &instance = wizard->context().instance;
    if (!instance.name.isEmpty())
        m_name->setPlaceholderText(tr("e.g. %1-image").arg(instance.name));
    // Says at once why Next is disabled ("Enter a name for the image."), as Edit Image does.
    validate();
}

QString CreateImageInfoPage::name() const
{
    return m_name->text();
}

QString CreateImageInfoPage::description() const
{
    return m_description->toPlainText();
}

QList<Tag> CreateImageInfoPage::tags() const
{
    return TagText::parse(m_tags->text());
}

void CreateImageInfoPage::validate()
{
    const ProductPolicy &policy = m_wizard->policy();
    const Status name =
        policy.validateNewName(m_name->text(), m_wizard->context().imageNamesInRegion);
    const Status description = policy.validateDescription(m_description->toPlainText());
    const Status tags = policy.validateTags(this->tags());
    WizardWidgets::setMessage(m_nameError, name ? QString() : name.error().message);
    WizardWidgets::setMessage(m_descriptionError,
                              description ? QString() : description.error().message);
    WizardWidgets::setMessage(m_tagsError, tags ? QString() : tags.error().message);
    m_valid = name.ok() && description.ok() && tags.ok();
    emit completeChanged();
}

bool CreateImageInfoPage::isComplete() const
{
    return m_valid;
}

// --- data disks ------------------------------------------------------------------------------

CreateImageDataDisksPage::CreateImageDataDisksPage(CreateImageWizard *wizard)
    : m_wizard(wizard)
    , m_intro(new QLabel(this))
    , m_disks(WizardWidgets::wrappingList(this, QStringLiteral("dataDiskList")))
    , m_notice(new QLabel(this))
{
    setTitle(tr("Data disks"));
    setSubTitle(tr("Which of the instance's data disks the image includes."));
    m_intro->setWordWrap(true);
    m_notice->setWordWrap(true);
    m_notice->setObjectName(QStringLiteral("snapshotServiceNotice"));
    m_disks->setAccessibleName(tr("Data disks"));
    m_disks->setAccessibleDescription(
        tr("Tick the data disks the image includes; a disk that cannot be included says why."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_disks, 1);
    layout->addWidget(m_notice);
}

void CreateImageDataDisksPage::initializePage()
{
    const ProductPolicy &policy = m_wizard->policy();
    const bool automatic = policy.dataDiskRule() == DataDiskRule::AllAutomatic;
    m_intro->setText(automatic
                         ? tr("Every disk of the instance is snapshotted automatically; the "
                              "snapshots together make the image.")
                         : tr("Choose the data disks to associate: a snapshot is made of each "
                              "and, with the system disk image, forms a complete machine "
                              "image."));
    m_disks->clear();
    const QList<Disk> disks = m_wizard->context().instance.dataDisks();
    for (const Disk &disk : disks) {
        auto *item = new QListWidgetItem(
            tr("%1 — %2, %3").arg(disk.id, policy.diskKindName(disk.kind), diskSizeText(disk)),
            m_disks);
        item->setData(Qt::UserRole, disk.id);
        if (automatic) {
            // Nothing to choose: a plain line, not a ticked box that cannot be unticked.
            item->setFlags(Qt::ItemIsEnabled);
            continue;
        }
        const Status allowed = policy.canAssociateDisk(disk);
        if (allowed) {
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        } else {
            item->setFlags(Qt::ItemIsUserCheckable); // visible, not enabled
            item->setCheckState(Qt::Unchecked);
            item->setText(item->text() + QStringLiteral("\n") + allowed.error().message);
            item->setToolTip(allowed.error().message);
        }
    }
    if (disks.isEmpty())
        new QListWidgetItem(tr("This instance has no data disks."), m_disks);
    m_notice->setText(policy.associationNeedsSnapshotService() && !automatic
                          ? tr("Associating data disks uses the disk snapshot service, which "
                               "is billed separately.")
                          : QString());
    m_notice->setVisible(!m_notice->text().isEmpty());
}

QStringList CreateImageDataDisksPage::selectedDiskIds() const
{
    QStringList ids;
    for (int i = 0; i < m_disks->count(); ++i) {
        const QListWidgetItem *item = m_disks->item(i);
        if ((item->flags() & Qt::ItemIsEnabled) && item->checkState() == Qt::Checked)
            ids << item->data(Qt::UserRole).toString();
    }
    return ids;
}

// --- shutdown --------------------------------------------------------------------------------

CreateImageShutdownPage::CreateImageShutdownPage(CreateImageWizard *wizard)
    : m_wizard(wizard)
    , m_explanation(new QLabel(this))
    , m_consent(new QCheckBox(tr("Agree to a forced shutdown"), this))
    , m_shutDownFirst(new QCheckBox(tr("Shut the instance down first (recommended)"), this))
    , m_guidanceTitle(new QLabel(tr("<b>Before you create the image</b>"), this))
    , m_guidance(WizardWidgets::wrappingList(this, QStringLiteral("guidanceChecklist")))
{
    setTitle(tr("Instance state"));
    setSubTitle(tr("What happens to the instance while the image is made."));
    m_explanation->setWordWrap(true);
    m_consent->setObjectName(QStringLiteral("forcedShutdownConsent"));
    m_shutDownFirst->setObjectName(QStringLiteral("shutDownFirst"));
    m_guidance->setAccessibleName(tr("Before you create the image"));
    m_guidance->setAccessibleDescription(
        tr("What to check on the instance before the image is made."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addWidget(m_consent);
    layout->addWidget(m_shutDownFirst);
    layout->addSpacing(8);
    layout->addWidget(m_guidanceTitle);
    layout->addWidget(m_guidance, 1);
    connect(m_consent, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
}

void CreateImageShutdownPage::initializePage()
{
    const ProductPolicy &policy = m_wizard->policy();
    const Instance &instance = m_wizard->context().instance;
    const bool running = instance.state == InstanceState::Running;
    m_consent->hide();
    m_shutDownFirst->hide();
    m_offersShutdown = false;
    switch (policy.shutdownRule()) {
    case ShutdownRule::ForcedShutdownConsent:
        m_explanation->setText(
            tr("The instance is shut down while the image is made and started again "
               "afterwards. Tick the box to agree; Next stays disabled until you do."));
        m_consent->show();
        break;
    case ShutdownRule::ShutdownRecommended:
        m_explanation->setText(
            running ? tr("Best practice: shut the instance down first, so the image has exactly "
                         "the environment the instance has.")
                    : tr("The instance is already stopped, as recommended."));
        m_offersShutdown = running;
        m_shutDownFirst->setVisible(running);
        m_shutDownFirst->setChecked(running);
        break;
    case ShutdownRule::MayStayRunning:
        m_explanation->setText(
            tr("<b>The instance may keep running.</b> Do not stop, start or restart it until "
               "the image is available; Imprint refuses those actions meanwhile."));
        break;
    case ShutdownRule::NotRequired:
        m_explanation->setText(tr("The instance does not need to be shut down."));
        break;
    }
    m_guidance->clear();
    const QStringList guidance = policy.creationGuidance(instance.osType);
    for (const QString &line : guidance) {
        auto *item = new QListWidgetItem(line, m_guidance);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_guidanceTitle->setVisible(!guidance.isEmpty());
    m_guidance->setVisible(!guidance.isEmpty());
}

bool CreateImageShutdownPage::isComplete() const
{
    if (m_wizard->policy().shutdownRule() == ShutdownRule::ForcedShutdownConsent)
        return m_consent->isChecked();
    return true;
}

bool CreateImageShutdownPage::consent() const
{
    return m_consent->isChecked();
}

bool CreateImageShutdownPage::shutDownFirst() const
{
    // Not isVisible(): the page is hidden once the wizard moves on to the summary.
    return m_offersShutdown && m_shutDownFirst->isChecked();
}

// --- summary ---------------------------------------------------------------------------------

CreateImageSummaryPage::CreateImageSummaryPage(CreateImageWizard *wizard)
    : m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_blocked(WizardWidgets::error(this, QStringLiteral("summaryBlocked")))
{
    setTitle(tr("Summary"));
    setSubTitle(tr("Check what will be created, then create it."));
    setFinalPage(true);
    m_summary->setObjectName(QStringLiteral("summaryText"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_blocked);
    layout->addStretch(1);
}

QString CreateImageSummaryPage::blockReason() const
{
    const CreateImageContext &c = m_wizard->context();
    const ProductPolicy &policy = m_wizard->policy();
    if (c.account.isOverdue() && policy.overdueRule().disablesCreation)
        return tr("The account is overdue, so image creation is disabled. Top up the account, "
                  "then try again.");
    if (c.quota.isFull())
        return tr("%1 already holds %2 of %3 custom images, the quota. Delete an image first.")
            .arg(c.regionName)
            .arg(c.quota.used)
            .arg(c.quota.quota);
    return {};
}

QString CreateImageSummaryPage::summaryText() const
{
    return m_summary->text();
}

void CreateImageSummaryPage::initializePage()
{
    const CreateImageContext &c = m_wizard->context();
    const ProductPolicy &policy = m_wizard->policy();
    const CreateImageRequest r = m_wizard->request();
    // Whole sentences, one per paragraph, chosen by case: each translates as a unit.
    const QString name = r.name.toHtmlEscaped();
    QString what;
    if (m_wizard->fromSnapshots())
        what = tr("<p><b>%1</b> will be created from %n snapshot(s): %2.</p>", "",
                  int(r.snapshotIds.size()))
                   .arg(name, r.snapshotIds.join(QStringLiteral(", ")));
    else if (policy.dataDiskRule() == DataDiskRule::AllAutomatic)
        what = tr("<p><b>%1</b> will be created from instance %2 (%3), with a snapshot of every "
                  "disk.</p>")
                   .arg(name, c.instance.name.toHtmlEscaped(), c.instance.id);
    else if (!r.dataDiskIds.isEmpty())
        what = tr("<p><b>%1</b> will be created from instance %2 (%3), with %n associated data "
                  "disk(s).</p>",
                  "", int(r.dataDiskIds.size()))
                   .arg(name, c.instance.name.toHtmlEscaped(), c.instance.id);
    else
        what = tr("<p><b>%1</b> will be created from instance %2 (%3), system disk only.</p>")
                   .arg(name, c.instance.name.toHtmlEscaped(), c.instance.id);
    QString details;
    if (!r.description.isEmpty())
        details +=
            tr("<p>%1: %2</p>").arg(policy.descriptionLabel(), r.description.toHtmlEscaped());
    if (!r.tags.isEmpty())
        details += tr("<p>Tags: %1</p>").arg(TagText::format(r.tags).toHtmlEscaped());
    const int after = c.quota.used + 1;
    const int beyond = after - c.quota.freeTier;
    const QString monthly = CostEstimator::formatFen(c.nextImageMonthlyFen);
    QString quota;
    if (c.quota.freeTier > 0 && beyond > 0)
        quota = tr("<p>%1 of %2 custom images in %3 after creation — %n beyond the free tier of "
                   "%4, about %5 per month for this one.</p>",
                   "", beyond)
                    .arg(after)
                    .arg(c.quota.quota)
                    .arg(c.regionName)
                    .arg(c.quota.freeTier)
                    .arg(monthly);
    else if (c.quota.freeTier > 0)
        quota = tr("<p>%1 of %2 custom images in %3 after creation — within the free tier of "
                   "%4.</p>")
                    .arg(after)
                    .arg(c.quota.quota)
                    .arg(c.regionName)
                    .arg(c.quota.freeTier);
    else if (c.nextImageMonthlyFen > 0)
        quota = tr("<p>%1 of %2 custom images in %3 after creation — about %4 per month "
                   "(simulated list price).</p>")
                    .arg(after)
                    .arg(c.quota.quota)
                    .arg(c.regionName, monthly);
    else
        quota = tr("<p>%1 of %2 custom images in %3 after creation.</p>")
                    .arg(after)
                    .arg(c.quota.quota)
                    .arg(c.regionName);
    QString state;
    if (!m_wizard->fromSnapshots()) {
        if (r.forcedShutdownConsent)
            state = tr("<p>The instance is shut down during creation and returns to its state "
                       "afterwards.</p>");
        else if (r.shutDownFirst)
            state = tr("<p>The instance is shut down first and started again afterwards.</p>");
        else if (policy.shutdownRule() == ShutdownRule::MayStayRunning)
            state = tr("<p>The instance keeps running; do not stop, start or restart it "
                       "meanwhile.</p>");
    }
    const int dataGiB = m_wizard->dataGiBToImage();
    m_summary->setText(what + details + quota +
                       tr("<p>Expected duration: %1 (%2 GiB of data).</p>")
                           .arg(durationText(policy.creationSeconds(dataGiB)))
                           .arg(dataGiB) +
                       state +
                       tr("<p>Progress appears in Recent Operations; the image can be used once "
                          "it is available.</p>"));
    WizardWidgets::setMessage(m_blocked, blockReason());
    emit completeChanged();
}

void CreateImageSummaryPage::showSubmitError(const QString &text)
{
    WizardWidgets::setMessage(m_blocked, text.isEmpty() ? blockReason() : text);
}

bool CreateImageSummaryPage::isComplete() const
{
    return blockReason().isEmpty();
}

} // namespace imprint
