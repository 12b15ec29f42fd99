#include "panewidthpolicy.h"

#include <QEvent>
#include <QSplitter>

#include <algorithm>

namespace imprint {

namespace {

enum Pane { RegionsPane, CentrePane, DetailsPane };

} // namespace

PaneWidthPolicy::Widths PaneWidthPolicy::share(int available, Wanted wanted, Details details)
{
    Widths widths;
    const int regions = qMax(MinRegions, wanted.regions);
    // The details pane is the first to give way: names and key columns identify the rows.
    const bool detailsShown =
        details == Details::Shown ||
        (details == Details::AsRoomAllows && regions + wanted.centre + MinDetails <= available);
    if (detailsShown)
        widths.details =
            qMax(MinDetails,
                 std::min({MaxDetails, available * 22 / 100, available - regions - wanted.centre}));
    // Then the region tree, down to its least width; the centre takes what is left.
    widths.regions = qMin(regions, qMax(MinRegions, available - widths.details - wanted.centre));
    widths.centre = qMax(0, available - widths.regions - widths.details);
    return widths;
}

PaneWidthPolicy::PaneWidthPolicy(QSplitter *splitter, std::function<Wanted()> wanted,
                                 QObject *parent)
    : QObject(parent)
    , m_splitter(splitter)
    , m_wanted(std::move(wanted))
{
    Q_ASSERT(splitter->count() == 3);
    // Side panes keep their width when the window is resized; the tables take the difference.
    m_splitter->setStretchFactor(RegionsPane, 0);
    m_splitter->setStretchFactor(CentrePane, 1);
    m_splitter->setStretchFactor(DetailsPane, 0);
    // Emitted only when the user drags a handle, never for setSizes().
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        m_userSized = true;
        if (isDetailsShown() != m_detailsShown)
            emit detailsShownChanged(m_detailsShown = isDetailsShown());
    });
    m_splitter->installEventFilter(this);
}

void PaneWidthPolicy::restore(const QByteArray &splitterState, bool userSized, Details details)
{
    m_details = details;
    m_userSized = userSized && m_splitter->restoreState(splitterState);
    apply();
    if (isDetailsShown() != m_detailsShown)
        emit detailsShownChanged(m_detailsShown = isDetailsShown());
}

bool PaneWidthPolicy::isDetailsShown() const
{
    return m_splitter->sizes().value(DetailsPane) > 0;
}

void PaneWidthPolicy::setDetailsShown(bool shown)
{
    m_details = shown ? Details::Shown : Details::Hidden;
    if (!m_userSized) {
        apply();
    } else if (shown != isDetailsShown()) {
        // The user's widths stay; the centre gives or takes the details pane's.
        QList<int> sizes = m_splitter->sizes();
        if (shown) {
            const int width = m_userDetailsWidth > 0 ? m_userDetailsWidth : MinDetails;
            sizes[CentrePane] -= width;
            sizes[DetailsPane] = width;
        } else {
            m_userDetailsWidth = sizes[DetailsPane];
            sizes[CentrePane] += sizes[DetailsPane];
            sizes[DetailsPane] = 0;
        }
        m_splitter->setSizes(sizes);
    }
    if (shown != m_detailsShown)
        emit detailsShownChanged(m_detailsShown = shown);
}

void PaneWidthPolicy::reset()
{
    m_userSized = false;
    m_details = Details::AsRoomAllows;
    apply();
}

void PaneWidthPolicy::apply()
{
    // Hidden side panes (the dashboard takes the window) are laid out when they come back.
    if (m_userSized || !m_splitter->widget(RegionsPane)->isVisibleTo(m_splitter) ||
        !m_splitter->widget(DetailsPane)->isVisibleTo(m_splitter))
        return;
    setSizes(share(available(), m_wanted(), m_details));
    if (isDetailsShown() != m_detailsShown)
        emit detailsShownChanged(m_detailsShown = isDetailsShown());
}

int PaneWidthPolicy::available() const
{
    // Every handle shows, a folded pane's too: it is how the user drags that pane back.
    return m_splitter->contentsRect().width() -
           (m_splitter->count() - 1) * m_splitter->handleWidth();
}

void PaneWidthPolicy::setSizes(const Widths &widths)
{
    m_splitter->setSizes({widths.regions, widths.centre, widths.details});
}

bool PaneWidthPolicy::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_splitter && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        apply();
    return QObject::eventFilter(watched, event);
}

} // namespace imprint
