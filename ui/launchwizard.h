#pragma once

#include "image.h"
#include "instancetype.h"
#include "operation.h"
#include "productpolicy.h"
#include "region.h"

#include <QWizard>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace imprint {

class Backend;
class NumberField;

struct LaunchContext
{
    Image image;
    Region region;                     // the image's region, with its zones
    QList<InstanceType> instanceTypes; // what the product sells
};

// Launch instances from a custom image. Pages follow the product policy the backend reports:
// the region is the image's, zones and instance types are filtered by the image's constraints
// (each excluded choice greyed with its reason), disks come from the image.
class LaunchWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { PlacePage, TypePage, DisksPage, DetailsPage, SummaryPage };

    LaunchWizard(Backend *backend, LaunchContext context, QWidget *parent = nullptr);

    const LaunchContext &context() const { return m_context; }
    const ProductPolicy &policy() const { return m_policy; }
    bool hasDataSnapshots() const;
    LaunchRequest request() const;
    // The disks each instance gets: system first; sizes in GiB.
    QList<QPair<QString, int>> plannedDisks() const;
    qint64 monthlyCostFen() const;

    bool validateCurrentPage() override;

signals:
    void launchStarted(const imprint::Operation &operation);

private:
    Backend *m_backend;
    LaunchContext m_context;
    const ProductPolicy &m_policy;
    QString m_clientToken; // one per wizard: a retried Finish never launches twice
    bool m_submitting = false;
    bool m_accepted = false;
};

class LaunchPlacePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit LaunchPlacePage(LaunchWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    QString zoneId() const;

private:
    LaunchWizard *m_wizard;
    QLabel *m_image;
    QLabel *m_region;
    QLabel *m_regionHint;
    QComboBox *m_zone;
    QLabel *m_zoneNote;
};

class LaunchTypePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit LaunchTypePage(LaunchWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    QString instanceType() const;
    bool networkAcceleration() const;

private:
    void refresh();

    LaunchWizard *m_wizard;
    QListWidget *m_types;
    QCheckBox *m_acceleration;
    QLabel *m_note;
};

class LaunchDisksPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit LaunchDisksPage(LaunchWizard *wizard);
    void initializePage() override;
    DiskKind systemDiskKind() const;
    DiskKind dataDiskKind() const;

private:
    LaunchWizard *m_wizard;
    QLabel *m_disks;
    QComboBox *m_systemKind;
    QComboBox *m_dataKind;
    QLabel *m_note;
};

class LaunchDetailsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit LaunchDetailsPage(LaunchWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    QString namePattern() const;
    int count() const;
    BillingMethod billing() const;
    QStringList previewNames() const;

private:
    void validate();

    LaunchWizard *m_wizard;
    QLineEdit *m_name;
    // Not a QSpinBox: a spin box clamps or restores what was typed (1000 became the limit, 0 the
    // last valid value); here the number stays as typed and is refused inline.
    NumberField *m_count;
    QComboBox *m_billing;
    QLabel *m_preview;
    QLabel *m_error;
    QLabel *m_note;
};

class LaunchSummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit LaunchSummaryPage(LaunchWizard *wizard);
    void initializePage() override;
    void showSubmitError(const QString &text);
    QString summaryText() const;

private:
    LaunchWizard *m_wizard;
    QLabel *m_summary;
    QLabel *m_error;
};

} // namespace imprint
