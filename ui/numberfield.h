#pragma once

#include "error.h"

#include <QLineEdit>

#include <functional>
#include <optional>

namespace imprint {

// A number typed as text. Unlike a spin box it never clamps what was typed to a limit nor puts
// back the last valid value: the text stays as typed, and problem() says why it is refused,
// naming the limit, for the dialog or page to show inline and to keep OK or Next disabled.
class NumberField : public QLineEdit
{
    Q_OBJECT

public:
    explicit NumberField(QWidget *parent = nullptr);

    // Accepted numbers lie from minimum to maximum, with at most `decimals` decimals (0: whole
    // numbers only).
    void setLimits(double minimum, double maximum, int decimals = 0);
    // What is said when the text is not a number or lies outside the limits. It should name
    // them; the default is "Enter a number from 1 to 10."
    void setHint(const QString &hint);
    // A further check (a product's own limit, say) whose error is said instead of the hint's
    // when the text is a number.
    void setRule(std::function<Status(double)> rule);

    void setNumber(double value);
    // The number typed, or nothing when the text is not one (limits aside).
    std::optional<double> number() const;
    // Why the text is refused; empty when it is accepted.
    QString problem() const;

private:
    QString hint() const;

    double m_minimum = 0;
    double m_maximum = 0;
    int m_decimals = 0;
    QString m_hint;
    std::function<Status(double)> m_rule;
};

} // namespace imprint
