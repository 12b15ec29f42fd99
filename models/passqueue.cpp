#include "passqueue.h"

#include <QCoreApplication>

namespace imprint {

PassQueue::PassQueue(QObject *parent)
    : QObject(parent)
{}

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
    QMetaObject::invokeMethod(this, &PassQueue::runOne, Qt::QueuedConnection);
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
