#pragma once

#include "image.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace imprint {

class Backend;
class ProductPolicy;

// Rename an image and edit its description (UHost: remarks) with the product's validation
// shown as the user types. The dialog stays open until the backend accepts the change, so a
// refusal is shown in place and nothing typed is lost.
class EditImageDialog : public QDialog
{
    Q_OBJECT

public:
    EditImageDialog(Backend *backend, const Image &image, QStringList namesInRegion,
                    QWidget *parent = nullptr);

    bool isInputValid() const { return m_valid; }
    void accept() override;

private:
    void validate();

    Backend *m_backend;
    Image m_image;
    const ProductPolicy &m_policy;
    QStringList m_namesInRegion;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QLineEdit *m_tags;
    QLabel *m_nameError;
    QLabel *m_descriptionError;
    QLabel *m_tagsError;
    QLabel *m_submitError;
    QDialogButtonBox *m_buttons;
    bool m_valid = false;
    bool m_submitting = false;
};

} // namespace imprint
