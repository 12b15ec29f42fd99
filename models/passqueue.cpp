#include "passqueue.h"

#include <QCoreApplication>

namespace imprint {

PassQueue::PassQueue(QObject *parent)
    : QObject(parent)
{
    // A zero timer, not a posted event: the event loop runs due timers together, so another
    // timer due as well (a paint, an animation, a meter) runs between two pieces. Posted
    // events are delivered in one go: a piece posted as an event after another could share
    // its pass when the loop reached both at once.
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &PassQueue::runOne);
}

PassQueue &PassQueue::instance()
{
    // Owned by the application object: gone with it, never touched after.
    static QPointer<PassQueue> queue;
    if (!queue)
        queue = new PassQueue(QCoreApplication::instance());
    return *queue;
}

void PassQueue::post(QObject *context, std::function<void()> work)
{
    PassQueue &queue = instance();
    queue.m_pieces.push_back({context, std::move(work)});
    queue.schedule();
}

void PassQueue::schedule()
{
    if (m_scheduled || m_pieces.empty())
        return;
    m_scheduled = true;
    m_timer.start();
}

void PassQueue::runOne()
{
    m_scheduled = false;
    if (m_pieces.empty())
        return;
    Piece piece = std::move(m_pieces.front());
    m_pieces.pop_front();
    if (piece.context)
        piece.work();
    schedule(); // the next piece in the next pass
}

} // namespace imprint
