#include "editimagedialog.h"

#include "backend.h"
#include "wizardwidgets.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace imprint {

EditImageDialog::EditImageDialog(Backend *backend, const Image &image, QStringList namesInRegion,
                                 QWidget *parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_image(image)
    , m_policy(backend->policyForRegion(image.product, image.regionId))
    , m_namesInRegion(std::move(namesInRegion))
    , m_name(new QLineEdit(image.name, this))
    , m_description(new QPlainTextEdit(image.description, this))
    , m_tags(WizardWidgets::tagsField(this, m_policy))
    , m_nameError(WizardWidgets::error(this, QStringLiteral("nameError")))
    , m_descriptionError(WizardWidgets::error(this, QStringLiteral("descriptionError")))
    , m_tagsError(WizardWidgets::error(this, QStringLiteral("tagsError")))
    , m_submitError(WizardWidgets::error(this, QStringLiteral("submitError")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("editImageDialog"));
    setWindowTitle(tr("Edit Image — %1").arg(image.name));
    m_namesInRegion.removeAll(image.name); // keeping its own name is fine
    m_name->setObjectName(QStringLiteral("nameField"));
    m_description->setObjectName(QStringLiteral("descriptionField"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(100);
    auto *form = new QFormLayout;
    form->addRow(tr("Image:"), new QLabel(image.id, this));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameError);
    form->addRow(m_policy.descriptionLabel() + QLatin1Char(':'), m_description);
    form->addRow(QString(), m_descriptionError);
    m_tags->setText(TagText::format(image.tags));
    WizardWidgets::addTagRows(form, m_tags, m_tagsError, m_policy);
    if (m_policy.supportsImageTags() && !m_policy.imageTagsEditable()) {
        // Shown as they are, with the backend's reason: Save never claims to change them.
        m_tags->setReadOnly(true);
        m_tags->setFrame(false); // reads as a value, like the id above, not as a field to type in
        m_tags->setPlaceholderText(tr("No tags"));
        m_tags->setToolTip(m_policy.imageTagEditUnavailableReason());
        QLabel *why = WizardWidgets::note(this, QStringLiteral("tagsReadOnlyNote"));
        why->setText(m_policy.imageTagEditUnavailableReason());
        form->addRow(QString(), why);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_submitError);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EditImageDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &EditImageDialog::validate);
    connect(m_description, &QPlainTextEdit::textChanged, this, &EditImageDialog::validate);
    connect(m_tags, &QLineEdit::textChanged, this, &EditImageDialog::validate);
    validate();
    resize(480, 0);
    WizardWidgets::growToFit(this);
}

void EditImageDialog::validate()
{
    const Status name = m_policy.validateNewName(m_name->text(), m_namesInRegion);
    const Status description = m_policy.validateDescription(m_description->toPlainText());
    // Tags that cannot be changed here are neither checked nor sent: they stay as they are.
    const bool tagsEditable = m_policy.imageTagsEditable();
    const QList<Tag> tags = TagText::parse(m_tags->text());
    const Status tagsOk = tagsEditable ? m_policy.validateTags(tags) : Status();
    WizardWidgets::setMessage(m_nameError, name ? QString() : name.error().message);
    WizardWidgets::setMessage(m_descriptionError,
                              description ? QString() : description.error().message);
    WizardWidgets::setMessage(m_tagsError, tagsOk ? QString() : tagsOk.error().message);
    m_valid = name.ok() && description.ok() && tagsOk.ok();
    const bool changed = m_name->text() != m_image.name ||
                         m_description->toPlainText() != m_image.description ||
                         (tagsEditable && tags != m_image.tags);
    QPushButton *save = m_buttons->button(QDialogButtonBox::Save);
    save->setEnabled(m_valid && changed && !m_submitting);
    save->setToolTip(!changed ? tr("Nothing has changed yet.") : QString());
}

void EditImageDialog::accept()
{
    if (!m_valid || m_submitting)
        return;
    m_submitting = true;
    validate();
    WizardWidgets::setMessage(m_submitError, {});
    EditImageRequest request{m_image.id, m_name->text(), m_description->toPlainText()};
    if (m_policy.imageTagsEditable())
        request.tags = TagText::parse(m_tags->text());
    m_backend->editImage(request).then(this, [this](const Result<Image> &result) {
        m_submitting = false;
        if (!result) {
            WizardWidgets::setMessage(m_submitError, result.error().message);
            validate();
            WizardWidgets::growToFit(this);
            return;
        }
        QDialog::accept();
    });
}

} // namespace imprint
