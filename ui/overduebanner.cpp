#include "overduebanner.h"

#include "costestimator.h"
#include "themecolors.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace imprint {

OverdueBanner::OverdueBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_topUp(new QPushButton(tr("Top Up…"), this))
{
    setObjectName(QStringLiteral("overdueBanner"));
    setFrameShape(QFrame::StyledPanel);
    // A background tinted with the error colour under the palette's own text: readable on
    // light and dark themes alike. The text says "overdue" itself.
    setAutoFillBackground(true);
    applyPalette();
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(24, 24));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(icon);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_topUp);
    m_topUp->setObjectName(QStringLiteral("topUpButton"));
    connect(m_topUp, &QPushButton::clicked, this, &OverdueBanner::topUpRequested);
    hide();
}

void OverdueBanner::applyPalette()
{
    QPalette palette = QApplication::palette(this);
    palette.setColor(QPalette::Window, ThemeColors::banner(ThemeColors::Tone::Error, palette));
    setPalette(palette);
}

void OverdueBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    // A theme switch replaces the application palette: tint the new one.
    if (event->type() == QEvent::ApplicationPaletteChange)
        applyPalette();
}

int OverdueBanner::daysLeft(const Account &account, int releaseAfterDays)
{
    if (!account.isOverdue() || releaseAfterDays <= 0)
        return 0;
    const QDateTime now = account.asOf.isValid() ? account.asOf : account.overdueSince;
    const qint64 seconds = now.secsTo(account.overdueSince.addDays(releaseAfterDays));
    return seconds <= 0 ? 0 : int((seconds + 86399) / 86400);
}

void OverdueBanner::setAccount(const Account &account, int releaseAfterDays, bool canTopUp)
{
    setVisible(account.isOverdue());
    m_topUp->setVisible(canTopUp);
    if (!account.isOverdue())
        return;
    const QString balance = CostEstimator::formatFen(account.balanceFen);
    const int days = daysLeft(account, releaseAfterDays);
    // Whole sentences per situation: before the release, after it, and without one.
    if (releaseAfterDays <= 0)
        m_label->setText(tr("<b>The account is overdue</b> (balance %1). Creating Lighthouse "
                            "custom images is disabled, and every Lighthouse custom image is "
                            "<b>to be repossessed</b> and unusable.")
                             .arg(balance));
    else if (days > 0)
        m_label->setText(tr("<b>The account is overdue</b> (balance %1). Creating Lighthouse "
                            "custom images is disabled, and every Lighthouse custom image is "
                            "<b>to be repossessed</b> and unusable. They will be released in %n "
                            "day(s) unless you top up.",
                            "", days)
                             .arg(balance));
    else
        m_label->setText(tr("<b>The account is overdue</b> (balance %1). Creating Lighthouse "
                            "custom images is disabled. The Lighthouse custom images were "
                            "released after %n day(s) without a top-up; Recent Operations lists "
                            "the release.",
                            "", releaseAfterDays)
                             .arg(balance));
}

QString OverdueBanner::text() const
{
    return m_label->text();
}

} // namespace imprint
