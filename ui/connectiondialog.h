#pragma once

#include "connectionkind.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace imprint {

// File > Connect: choose one of the kinds the composition root offers (the embedded simulator,
// imprint-sim, each cloud of its registry), with an address and a key where the kind needs
// them. Only the kind and the endpoint are remembered in settings; a key goes to the system
// keyring when the user asks, never to a plain-text file.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    ConnectionDialog(QList<ConnectionKind> kinds, const ConnectionChoice &current,
                     QWidget *parent = nullptr);

    ConnectionChoice choice() const;

private:
    const ConnectionKind &chosenKind() const;
    void updateState();

    QList<ConnectionKind> m_kindList;
    QButtonGroup *m_kinds;
    QLineEdit *m_endpoint;
    QLineEdit *m_secretId;
    QLineEdit *m_secretKey;
    QLabel *m_secretIdLabel;
    QLabel *m_secretKeyLabel;
    QCheckBox *m_remember;
    QLabel *m_credentialsNote;
    QLabel *m_error;
    QPushButton *m_connect = nullptr;
};

} // namespace imprint
