#pragma once

#include "account.h"
#include "image.h"
#include "imagequota.h"
#include "instance.h"
#include "operation.h"
#include "productpolicy.h"
#include "snapshot.h"

#include <QWizard>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace imprint {

class Backend;

// What the wizard needs to know up front, gathered by the caller from its models so that every
// page validates synchronously as the user types.
struct CreateImageContext
{
    Product product = Product::Lighthouse;
    QString regionId;
    QString regionName;
    Instance instance;               // the source when made from an instance
    QList<Snapshot> regionSnapshots; // candidates when made from snapshots
    QString preselectedSnapshotId;   // opened from a snapshot
    QStringList imageNamesInRegion;  // for the duplicate check
    ImageQuota quota;
    Account account;
    qint64 nextImageMonthlyFen = 0; // what one more image adds (CostEstimator)
};

// Create a custom image from an instance or from snapshots. Its pages adapt to the product
// policy the backend reports; no page names a product. Finishing sends one request and closes
// as soon as the backend accepts it; the creation goes on as an Operation.
class CreateImageWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { SourcePage, InfoPage, DataDisksPage, ShutdownPage, SummaryPage };

    CreateImageWizard(Backend *backend, CreateImageContext context, QWidget *parent = nullptr);

    const CreateImageContext &context() const { return m_context; }
    const ProductPolicy &policy() const { return m_policy; }
    bool fromSnapshots() const;
    // The request as the pages currently describe it.
    CreateImageRequest request() const;
    int dataGiBToImage() const;

    int nextId() const override;
    bool validateCurrentPage() override;

signals:
    void imageCreationStarted(const imprint::Operation &operation);

private:
    Backend *m_backend;
    CreateImageContext m_context;
    const ProductPolicy &m_policy;
    bool m_submitting = false;
    bool m_accepted = false;
};

// --- pages -----------------------------------------------------------------------------------

class CreateImageSourcePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CreateImageSourcePage(CreateImageWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool fromSnapshots() const;
    QStringList selectedSnapshotIds() const;

private:
    void updateSelection();

    CreateImageWizard *m_wizard;
    QLabel *m_instanceSummary;
    QComboBox *m_systemSnapshot;
    QListWidget *m_dataSnapshots;
    QLabel *m_error;
    bool m_selectionValid = false;
};

class CreateImageInfoPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CreateImageInfoPage(CreateImageWizard *wizard);
    bool isComplete() const override;
    QString name() const;
    QString description() const;
    QList<Tag> tags() const;

private:
    void validate();

    CreateImageWizard *m_wizard;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QLineEdit *m_tags;
    QLabel *m_nameError;
    QLabel *m_descriptionError;
    QLabel *m_tagsError;
    QLabel *m_descriptionLabel;
    bool m_valid = false;
};

class CreateImageDataDisksPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CreateImageDataDisksPage(CreateImageWizard *wizard);
    void initializePage() override;
    QStringList selectedDiskIds() const;

private:
    CreateImageWizard *m_wizard;
    QLabel *m_intro;
    QListWidget *m_disks;
    QLabel *m_notice;
};

class CreateImageShutdownPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CreateImageShutdownPage(CreateImageWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool consent() const;
    bool shutDownFirst() const;

private:
    CreateImageWizard *m_wizard;
    QLabel *m_explanation;
    QCheckBox *m_consent;
    QCheckBox *m_shutDownFirst;
    bool m_offersShutdown = false;
    QLabel *m_guidanceTitle;
    QListWidget *m_guidance;
};

class CreateImageSummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CreateImageSummaryPage(CreateImageWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    void showSubmitError(const QString &text);
    QString blockReason() const;
    QString summaryText() const;

private:
    CreateImageWizard *m_wizard;
    QLabel *m_summary;
    QLabel *m_blocked;
};

} // namespace imprint
