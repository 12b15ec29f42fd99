#pragma once

#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;

namespace imprint {

class NumberField;

// Asks for an amount of yuan (Top Up, Set Balance). What is not an amount with at most two
// decimals, or lies outside the limits, is refused under the field, naming them; the text stays
// as typed and OK stays disabled, never clamped to a limit as a spin box would.
class AmountDialog : public QDialog
{
    Q_OBJECT

public:
    AmountDialog(const QString &title, const QString &label, qint64 initialFen, qint64 minimumFen,
                 qint64 maximumFen, QWidget *parent = nullptr);

    // The amount typed, in fen; only meaningful once accepted.
    qint64 amountFen() const;
    void accept() override;

    // Opens the dialog and waits: the amount, or nothing when cancelled.
    static std::optional<qint64> ask(QWidget *parent, const QString &title, const QString &label,
                                     qint64 initialFen, qint64 minimumFen, qint64 maximumFen);

private:
    void validate();

    NumberField *m_field;
    QLabel *m_error;
    QPushButton *m_ok = nullptr;
};

} // namespace imprint
