#include "amountdialog.h"

#include "numberfield.h"
#include "pricetable.h"
#include "wizardwidgets.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace imprint {

AmountDialog::AmountDialog(const QString &title, const QString &label, qint64 initialFen,
                           qint64 minimumFen, qint64 maximumFen, QWidget *parent)
    : QDialog(parent)
    , m_field(new NumberField(this))
    , m_error(WizardWidgets::error(this, QStringLiteral("amountError")))
{
    setObjectName(QStringLiteral("amountDialog"));
    setWindowTitle(title);
    auto *prompt = new QLabel(label, this);
    prompt->setWordWrap(true);
    prompt->setBuddy(m_field);
    m_field->setObjectName(QStringLiteral("amountField"));
    m_field->setLimits(double(minimumFen) / 100.0, double(maximumFen) / 100.0, 2);
    m_field->setHint(
        tr("Enter an amount in yuan from %1 to %2, with at most two decimals.")
            .arg(PriceTable::fenToDecimal(minimumFen), PriceTable::fenToDecimal(maximumFen)));
    m_field->setText(PriceTable::fenToDecimal(initialFen));
    m_field->setMaximumWidth(QWIDGETSIZE_MAX);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(prompt);
    layout->addWidget(m_field);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AmountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_field, &QLineEdit::textChanged, this, &AmountDialog::validate);
    resize(qMax(420, sizeHint().width()), sizeHint().height());
}

qint64 AmountDialog::amountFen() const
{
    // At most two decimals, so the fen are exact.
    return qRound64(m_field->number().value_or(0) * 100.0);
}

void AmountDialog::validate()
{
    const QString problem = m_field->problem();
    WizardWidgets::setMessage(m_error, problem);
    m_ok->setEnabled(problem.isEmpty());
    WizardWidgets::growToFit(this);
}

void AmountDialog::accept()
{
    validate();
    if (m_field->problem().isEmpty())
        QDialog::accept();
}

std::optional<qint64> AmountDialog::ask(QWidget *parent, const QString &title, const QString &label,
                                        qint64 initialFen, qint64 minimumFen, qint64 maximumFen)
{
    AmountDialog dialog(title, label, initialFen, minimumFen, maximumFen, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.amountFen();
}

} // namespace imprint
