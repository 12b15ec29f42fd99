#pragma once

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
    explicit SettingsDialog(QWidget *parent = nullptr);

    void accept() override;

private:
    void chooseDataDir();
    void updateState();
    QString problem() const;

    QDoubleSpinBox *m_simSpeed;
    QLineEdit *m_dataDir;
    QPushButton *m_browse;
    QComboBox *m_language;
    QComboBox *m_connection;
    QLineEdit *m_endpoint;
    QLabel *m_error;
};

} // namespace imprint
