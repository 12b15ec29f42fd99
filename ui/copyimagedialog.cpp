#include "copyimagedialog.h"

#include "placenames.h"
#include "scopedid.h"

#include "backend.h"
#include "wizardwidgets.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace imprint {

CopyImageDialog::CopyImageDialog(Backend *backend, const Image &image, const QList<Region> &regions,
                                 const QHash<QString, QStringList> &namesByRegion, QWidget *parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_image(image)
    , m_policy(backend->policyForRegion(image.product, image.regionId))
    , m_namesByRegion(namesByRegion)
    , m_region(new QComboBox(this))
    , m_project(new QComboBox(this))
    , m_projectLabel(new QLabel(tr("Target &project:"), this))
    , m_name(new QLineEdit(image.name, this))
    , m_nameError(WizardWidgets::error(this, QStringLiteral("nameError")))
    , m_notice(WizardWidgets::note(this, QStringLiteral("copyNotice")))
    , m_submitError(WizardWidgets::error(this, QStringLiteral("submitError")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("copyImageDialog"));
    setWindowTitle(tr("Copy Image — %1").arg(image.name));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Copy"));
    m_region->setObjectName(QStringLiteral("targetRegion"));
    m_project->setObjectName(QStringLiteral("targetProject"));
    m_name->setObjectName(QStringLiteral("nameField"));
    const CopyRule rule = m_policy.copyRule();
    for (const Region &region : regions) {
        // A UHost copy may stay in its region if it goes to another project.
        if (region.product != image.product ||
            (region.id == image.regionId && !rule.needsTargetProject))
            continue;
        m_region->addItem(
            QStringLiteral("%1 (%2)").arg(placeName(region.name), ScopedId::local(region.id)),
            region.id);
    }
    m_projectLabel->setBuddy(m_project);
    m_projectLabel->setVisible(rule.needsTargetProject);
    m_project->setVisible(rule.needsTargetProject);
    if (rule.needsTargetProject) {
        m_project->addItem(tr("Loading projects…"));
        m_project->setEnabled(false);
        // The projects of the image's own account: a copy stays within it.
        backend->fetchProjects(image.product, image.regionId)
            .then(this, [this](const Result<QStringList> &r) {
                m_project->clear();
                if (!r) {
                    // Nothing honest to offer: the copy stays disabled, and the user reads why.
                    WizardWidgets::setMessage(
                        m_submitError,
                        tr("The account's projects could not be read, so there is no project "
                           "to copy to yet; close this dialog and try again. %1")
                            .arg(r.error().message));
                    validate();
                    return;
                }
                m_project->setEnabled(true);
                m_project->addItems(r.value());
                const int own = m_project->findText(m_image.projectId);
                m_project->setCurrentIndex(own >= 0 ? own : 0);
                validate();
            });
    }
    int dataSnapshots = 0;
    for (const ImageDataDisk &disk : image.dataDisks)
        dataSnapshots += disk.snapshotId.isEmpty() ? 0 : 1;
    if (rule.systemDiskOnly)
        m_notice->setText(
            dataSnapshots > 0
                ? tr("Only the system disk image is copied: the %n associated data-disk "
                     "snapshot(s) will be neither copied nor associated with the copy.",
                     "", dataSnapshots)
                : tr("Only the system disk image is copied; data-disk snapshots never are."));
    else
        m_notice->setText(tr("The copy is a new image in the target region; it counts against "
                             "that region's quota and is billed there."));

    // Fields in a form; the wrapped sentences below it in a plain column, which gives each the
    // height its width needs (a form's spanning rows overlapped them).
    auto *form = new QFormLayout;
    form->addRow(tr("Image:"), new QLabel(QStringLiteral("%1 (%2), %3")
                                              .arg(image.name, ScopedId::local(image.id),
                                                   ScopedId::local(image.regionId)),
                                          this));
    form->addRow(tr("Target &region:"), m_region);
    form->addRow(m_projectLabel, m_project);
    form->addRow(tr("&Name of the copy:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_nameError);
    layout->addWidget(m_notice);
    layout->addWidget(m_submitError);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CopyImageDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_region, &QComboBox::currentIndexChanged, this, &CopyImageDialog::validate);
    connect(m_project, &QComboBox::currentIndexChanged, this, &CopyImageDialog::validate);
    connect(m_name, &QLineEdit::textChanged, this, &CopyImageDialog::validate);
    validate();
    resize(520, 0);
    fitToContents();
}

void CopyImageDialog::fitToContents()
{
    WizardWidgets::growToFit(this);
}

CopyImageRequest CopyImageDialog::request() const
{
    CopyImageRequest r;
    r.imageId = m_image.id;
    r.targetRegionId = m_region->currentData().toString();
    if (m_policy.copyRule().needsTargetProject)
        r.targetProjectId = m_project->currentText();
    r.name = m_name->text();
    return r;
}

void CopyImageDialog::validate()
{
    const CopyImageRequest r = request();
    QString error;
    if (r.targetRegionId.isEmpty())
        error = tr("There is no other region to copy to.");
    else if (r.targetRegionId == m_image.regionId && r.targetProjectId == m_image.projectId)
        error = tr("Choose another region or another project: the image is already there.");
    else if (Status name =
                 m_policy.validateNewName(r.name, m_namesByRegion.value(r.targetRegionId));
             !name)
        error = name.error().message;
    WizardWidgets::setMessage(m_nameError, error);
    m_valid =
        error.isEmpty() && (!m_policy.copyRule().needsTargetProject || m_project->isEnabled());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_valid && !m_submitting);
    fitToContents();
}

void CopyImageDialog::accept()
{
    if (!m_valid || m_submitting)
        return;
    m_submitting = true;
    validate();
    WizardWidgets::setMessage(m_submitError, {});
    m_backend->copyImage(request()).then(this, [this](const Result<Operation> &result) {
        m_submitting = false;
        if (!result) {
            WizardWidgets::setMessage(m_submitError, result.error().message);
            validate(); // also fits the dialog to the message
            return;
        }
        emit copyStarted(result.value());
        QDialog::accept();
    });
}

} // namespace imprint
