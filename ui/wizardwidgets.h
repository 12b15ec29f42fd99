#pragma once

#include <QString>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QLabel;
class QListWidget;
class QWidget;

namespace imprint {

class ProductPolicy;

// Small widget factories the wizard pages share, so every page words and shows errors alike.
namespace WizardWidgets {

// A list that wraps long lines (reasons, guidance) instead of scrolling sideways.
QListWidget *wrappingList(QWidget *parent, const QString &objectName);
// A word-wrapped label; an error label is in the error colour and starts hidden.
QLabel *note(QWidget *parent, const QString &objectName);
QLabel *error(QWidget *parent, const QString &objectName);
// Shows text in the label, or hides it when text is empty.
void setMessage(QLabel *label, const QString &text);
// Greys one combo entry and says why in its text and tooltip: never hidden.
void disableComboItem(QComboBox *combo, int index, const QString &why);
bool isComboItemEnabled(const QComboBox *combo, int index);
// The "key:value, key:value" tags field of the create wizard and the edit dialog.
QLineEdit *tagsField(QWidget *parent, const ProductPolicy &policy);
// Adds the field and its error under it, where the product takes image tags; hides it elsewhere.
void addTagRows(QFormLayout *form, QLineEdit *field, QLabel *error, const ProductPolicy &policy);
// Makes a dialog tall enough for its wrapped messages at its current width; never shrinks it.
void growToFit(QWidget *window);

} // namespace WizardWidgets
} // namespace imprint
