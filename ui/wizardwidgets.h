#pragma once

#include <QString>

class QComboBox;
class QLabel;
class QListWidget;
class QWidget;

namespace imprint {

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

} // namespace WizardWidgets
} // namespace imprint
