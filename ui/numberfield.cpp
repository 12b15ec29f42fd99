#include "numberfield.h"

#include <QLocale>

namespace imprint {

NumberField::NumberField(QWidget *parent)
    : QLineEdit(parent)
{}

void NumberField::setLimits(double minimum, double maximum, int decimals)
{
    m_minimum = minimum;
    m_maximum = maximum;
    m_decimals = decimals;
    // Wide enough for the largest number, not wider: a short field says "a number goes here".
    const QString widest = locale().toString(maximum, 'f', decimals);
    setMaximumWidth(fontMetrics().horizontalAdvance(widest + QStringLiteral("00")) + 24);
    setToolTip(hint());
}

void NumberField::setHint(const QString &hint)
{
    m_hint = hint;
    setToolTip(this->hint());
}

void NumberField::setRule(std::function<Status(double)> rule)
{
    m_rule = std::move(rule);
}

void NumberField::setNumber(double value)
{
    setText(locale().toString(value, 'f', m_decimals));
}

std::optional<double> NumberField::number() const
{
    const QString typed = text().trimmed();
    bool ok = false;
    // The user's locale first ("1,5" in some), then the C form every user may type.
    double value = m_decimals == 0 ? locale().toInt(typed, &ok) : locale().toDouble(typed, &ok);
    if (!ok)
        value = m_decimals == 0 ? typed.toInt(&ok) : typed.toDouble(&ok);
    if (!ok || !qIsFinite(value))
        return std::nullopt;
    // More decimals than allowed are refused, not rounded away behind the user's back.
    const qsizetype point =
        qMax(typed.lastIndexOf(locale().decimalPoint()), typed.lastIndexOf(QLatin1Char('.')));
    if (point >= 0 && typed.size() - point - 1 > m_decimals)
        return std::nullopt;
    return value;
}

QString NumberField::problem() const
{
    const std::optional<double> value = number();
    if (!value)
        return hint();
    if (m_rule) {
        if (const Status checked = m_rule(*value); !checked)
            return checked.error().message;
    }
    if (*value < m_minimum || *value > m_maximum)
        return hint();
    return {};
}

QString NumberField::hint() const
{
    if (!m_hint.isEmpty())
        return m_hint;
    return tr("Enter a number from %1 to %2.")
        .arg(locale().toString(m_minimum, 'g', 15), locale().toString(m_maximum, 'g', 15));
}

} // namespace imprint
