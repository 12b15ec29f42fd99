#pragma once

#include "image.h"
#include "operation.h"
#include "region.h"
#include "requests.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace imprint {

class Backend;
class ProductPolicy;

// Copy an image to another region (and, for UHost, a target project). What the product does
// not copy is said before the user confirms. Stays open until the backend accepts the request.
class CopyImageDialog : public QDialog
{
    Q_OBJECT

public:
    // regions: the product's regions; namesByRegion: image names per region id, for the
    // duplicate check in the target region.
    CopyImageDialog(Backend *backend, const Image &image, const QList<Region> &regions,
                    const QHash<QString, QStringList> &namesByRegion, QWidget *parent = nullptr);

    CopyImageRequest request() const;
    void accept() override;

signals:
    void copyStarted(const imprint::Operation &operation);

private:
    void validate();
    void fitToContents();

    Backend *m_backend;
    Image m_image;
    const ProductPolicy &m_policy;
    QHash<QString, QStringList> m_namesByRegion;
    QComboBox *m_region;
    QComboBox *m_project;
    QLabel *m_projectLabel;
    QLineEdit *m_name;
    QLabel *m_nameError;
    QLabel *m_notice;
    QLabel *m_submitError;
    QDialogButtonBox *m_buttons;
    bool m_valid = false;
    bool m_submitting = false;
};

} // namespace imprint
