#pragma once

#include "connectionkind.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QFormLayout;
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

signals:
    // The user picked another kind.
    void kindChosen();

protected:
    const ConnectionKind &chosenKind() const;
    // The fields' form, for a dialog that asks for more (File > Accounts' account editor).
    QFormLayout *form() const { return m_form; }
    QPushButton *okButton() const { return m_connect; }
    QCheckBox *rememberBox() const { return m_remember; }
    // Re-checks the fields and shows the first problem; call it when a subclass's field changes.
    void updateState();
    // Why the subclass's own fields cannot be used, or empty; checked after the base's fields.
    virtual QString extraProblem() const { return {}; }
    // Whether the typed key fields are in use (a subclass may take the key from elsewhere).
    virtual bool keyTypedHere() const { return true; }

private:
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
    QFormLayout *m_form = nullptr;
};

} // namespace imprint
