#pragma once

#include "connectionkind.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace imprint {

class NumberField;

// File > Settings: the simulator's speed and data folder and the interface language. Saved
// through AppSettings when accepted; a data folder that cannot be created keeps the dialog open
// with the reason. What opens at start-up (the accounts) and the API keys are File > Accounts'.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    void accept() override;

private:
    void chooseDataDir();
    QString problem() const;

    NumberField *m_simSpeed;
    QLineEdit *m_dataDir;
    QPushButton *m_browse;
    QComboBox *m_language;
    QLabel *m_speedError;
    QLabel *m_error;
    QPushButton *m_ok = nullptr;
};

} // namespace imprint
