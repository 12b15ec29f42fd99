#pragma once

#include <QCoreApplication>
#include <QDialog>
#include <QUrl>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace imprint {

// What the user chose to connect to. The composition root (app/) turns it into a backend;
// nothing in ui/ knows the concrete backends.
struct ConnectionChoice
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionChoice)

public:
    enum class Kind { EmbeddedSimulator, LocalImprintSim, TencentCloud };
    Kind kind = Kind::EmbeddedSimulator;
    QUrl endpoint;     // imprint-sim's base URL; empty for the real cloud's endpoints
    QString secretId;  // empty: take credentials from the environment or the keyring
    QString secretKey; // held in memory only; never written to settings or logs
    bool rememberInKeyring = false;

    static QString kindName(Kind kind);
    // Why the typed imprint-sim address cannot be used, or empty when it can.
    static QString endpointProblem(const QString &typed);
};

// File > Connect: choose the embedded simulator, a local imprint-sim, or Tencent Cloud with
// credentials. Only the kind and the endpoint are remembered in settings; a key goes to the
// system keyring when the user asks, never to a plain-text file.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionDialog(const ConnectionChoice &current, QWidget *parent = nullptr);

    ConnectionChoice choice() const;
    // Whether credentials are available without typing them (environment variables).
    static bool environmentHasCredentials();

private:
    void updateState();

    QButtonGroup *m_kinds;
    QLineEdit *m_endpoint;
    QLineEdit *m_secretId;
    QLineEdit *m_secretKey;
    QCheckBox *m_remember;
    QLabel *m_credentialsNote;
    QLabel *m_error;
    QPushButton *m_connect = nullptr;
};

} // namespace imprint
