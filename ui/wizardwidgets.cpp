#include "wizardwidgets.h"

#include "productpolicy.h"
#include "themecolors.h"

#include <QComboBox>
#include <QFormLayout>

#include <QCoreApplication>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QStandardItemModel>

namespace imprint::WizardWidgets {

QListWidget *wrappingList(QWidget *parent, const QString &objectName)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(objectName);
    list->setWordWrap(true);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setResizeMode(QListView::Adjust);
    list->setSpacing(2);
    return list;
}

QLabel *note(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    return label;
}

QLabel *error(QWidget *parent, const QString &objectName)
{
    QLabel *label = note(parent, objectName);
    ThemeColors::setTextTone(label, ThemeColors::Tone::Error);
    label->hide();
    return label;
}

void setMessage(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void disableComboItem(QComboBox *combo, int index, const QString &why)
{
    auto *model = qobject_cast<QStandardItemModel *>(combo->model());
    if (!model || !model->item(index))
        return;
    QStandardItem *item = model->item(index);
    item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    // Translated as one pattern, so that a language can set the reason its own way.
    item->setText(QCoreApplication::translate("WizardWidgets", "%1 — %2",
                                              "a choice, then why it cannot be chosen")
                      .arg(item->text(), why));
    item->setToolTip(why);
}

bool isComboItemEnabled(const QComboBox *combo, int index)
{
    auto *model = qobject_cast<const QStandardItemModel *>(combo->model());
    return model && model->item(index) && (model->item(index)->flags() & Qt::ItemIsEnabled);
}

QLineEdit *tagsField(QWidget *parent, const ProductPolicy &policy)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(QStringLiteral("tagsField"));
    field->setPlaceholderText(QCoreApplication::translate("WizardWidgets", "env:prod, team:web"));
    field->setToolTip(QCoreApplication::translate(
                          "WizardWidgets",
                          "Optional: up to %1 key:value tags, separated by commas, to classify "
                          "the image. Type key:value in the filter box to find tagged images.")
                          .arg(policy.maxImageTags()));
    return field;
}

void addTagRows(QFormLayout *form, QLineEdit *field, QLabel *error, const ProductPolicy &policy)
{
    if (!policy.supportsImageTags()) {
        field->hide();
        return;
    }
    form->addRow(QCoreApplication::translate("WizardWidgets", "&Tags:"), field);
    form->addRow(QString(), error);
}

void growToFit(QWidget *window)
{
    QLayout *layout = window->layout();
    if (!layout)
        return;
    layout->activate();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(window->width())
                                                   : layout->totalSizeHint().height();
    if (window->height() < needed)
        window->resize(window->width(), needed);
}

} // namespace imprint::WizardWidgets
