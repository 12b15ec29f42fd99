#include "settingsdialog.h"

#include "appsettings.h"
#include "numberfield.h"
#include "wizardwidgets.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace imprint {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    // Made in reading order: Tab follows the order widgets join the dialog.
    , m_simSpeed(new NumberField(this))
    , m_dataDir(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_language(new QComboBox(this))
    , m_speedError(WizardWidgets::error(this, QStringLiteral("simSpeedError")))
    , m_error(WizardWidgets::error(this, QStringLiteral("settingsError")))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    const AppSettings settings;

    m_simSpeed->setObjectName(QStringLiteral("simSpeedField"));
    // A speed outside the limits stays as typed and is refused under the field, naming them.
    m_simSpeed->setLimits(AppSettings::MinSimSpeed, AppSettings::MaxSimSpeed, 1);
    m_simSpeed->setHint(
        tr("Enter a speed from %1 to %2 simulated seconds per real second, with at most one "
           "decimal.")
            .arg(locale().toString(AppSettings::MinSimSpeed),
                 locale().toString(AppSettings::MaxSimSpeed, 'f', 0)));
    m_simSpeed->setNumber(settings.simSpeed());
    m_simSpeed->setAccessibleDescription(tr("Simulated seconds per real second"));

    m_dataDir->setObjectName(QStringLiteral("dataDirField"));
    m_dataDir->setPlaceholderText(AppSettings::defaultDataDir());
    if (settings.dataDir() != AppSettings::defaultDataDir())
        m_dataDir->setText(settings.dataDir());
    m_dataDir->setAccessibleName(tr("Data folder"));
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_browse->setAccessibleDescription(tr("Choose the simulator's data folder"));

    // Each language by its own name, so a user who cannot read the current one still finds it.
    m_language->setObjectName(QStringLiteral("languageField"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language())));

    auto *dataDirRow = new QHBoxLayout;
    dataDirRow->addWidget(m_dataDir, 1);
    dataDirRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Simulator &speed:"), m_simSpeed);
    form->addRow(QString(), m_speedError);
    auto *speedNote = WizardWidgets::note(this, QStringLiteral("simSpeedNote"));
    speedNote->setText(tr("Simulated seconds per real second: at 60, an image that takes ten "
                          "minutes is ready in ten seconds."));
    form->addRow(QString(), speedNote);
    auto *dataDirLabel = new QLabel(tr("&Data folder:"), this);
    dataDirLabel->setBuddy(m_dataDir);
    form->addRow(dataDirLabel, dataDirRow);
    form->addRow(tr("&Language:"), m_language);

    auto *note = WizardWidgets::note(this, QStringLiteral("settingsNote"));
    note->setText(tr("The language, the simulator speed and the data folder take effect the "
                     "next time Imprint starts. Which clouds and accounts open, and their API "
                     "keys (kept in the system keyring, never here), are under File > "
                     "Accounts."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &SettingsDialog::chooseDataDir);
    connect(m_dataDir, &QLineEdit::textChanged, this,
            [this] { WizardWidgets::setMessage(m_error, {}); });
    connect(m_simSpeed, &QLineEdit::textChanged, this, [this] {
        WizardWidgets::setMessage(m_speedError, m_simSpeed->problem());
        m_ok->setEnabled(m_simSpeed->problem().isEmpty());
        WizardWidgets::growToFit(this);
    });
    resize(qMax(560, sizeHint().width()), sizeHint().height());
}

void SettingsDialog::chooseDataDir()
{
    const QString start =
        m_dataDir->text().isEmpty() ? AppSettings::defaultDataDir() : m_dataDir->text();
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Data Folder"), start);
    if (!dir.isEmpty())
        m_dataDir->setText(QDir::toNativeSeparators(dir));
}

QString SettingsDialog::problem() const
{
    const QString dir = m_dataDir->text().trimmed();
    if (!dir.isEmpty()) {
        const QFileInfo info(dir);
        if (info.exists() && !info.isDir())
            return tr("The data folder %1 is a file. Choose a folder.").arg(dir);
        if (!QDir().mkpath(dir) || !QFileInfo(dir).isWritable())
            return tr("Cannot create or write to the data folder %1. Choose another one.").arg(dir);
    }
    return {};
}

void SettingsDialog::accept()
{
    if (const QString speed = m_simSpeed->problem(); !speed.isEmpty()) {
        WizardWidgets::setMessage(m_speedError, speed);
        return;
    }
    const QString why = problem();
    if (!why.isEmpty()) {
        WizardWidgets::setMessage(m_error, why);
        return;
    }
    AppSettings settings;
    settings.setSimSpeed(*m_simSpeed->number());
    settings.setDataDir(m_dataDir->text().trimmed());
    settings.setLanguage(m_language->currentData().toString());
    QDialog::accept();
}

} // namespace imprint
