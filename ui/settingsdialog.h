#pragma once

#include "connectionkind.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace imprint {

// File > Settings: the simulator's speed and data folder, the interface language and what to
// connect to at start-up. Saved through AppSettings when accepted; a data folder that cannot be
// created or an address that is not http(s) keeps the dialog open with the reason. API keys
// are not here: they stay in the system keyring (File > Connect).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // `kinds`: what may be connected to at start-up (the composition root's registry).
    explicit SettingsDialog(QList<ConnectionKind> kinds, QWidget *parent = nullptr);

    void accept() override;

private:
    void chooseDataDir();
    void updateState();
    QString problem() const;
    // The kind chosen in the connection field.
    const ConnectionKind &chosenKind() const;

    QList<ConnectionKind> m_kinds;

    QDoubleSpinBox *m_simSpeed;
    QLineEdit *m_dataDir;
    QPushButton *m_browse;
    QComboBox *m_language;
    QComboBox *m_connection;
    QLineEdit *m_endpoint;
    QLabel *m_error;
};

} // namespace imprint
