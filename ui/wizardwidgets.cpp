#include "wizardwidgets.h"

#include "themecolors.h"

#include <QComboBox>
#include <QLabel>
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
    item->setText(item->text() + QStringLiteral(" — ") + why);
    item->setToolTip(why);
}

bool isComboItemEnabled(const QComboBox *combo, int index)
{
    auto *model = qobject_cast<const QStandardItemModel *>(combo->model());
    return model && model->item(index) && (model->item(index)->flags() & Qt::ItemIsEnabled);
}

} // namespace imprint::WizardWidgets
