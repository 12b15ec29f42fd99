#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>

namespace imprint {

// Runs pieces of GUI-thread work one event-loop pass each, in the order they were posted.
//
// Why: answers that arrive together (a load's images, its region counts, the first column
// fit) are delivered in one pass of the event loop, and their costs add up to several frames
// even when each alone fits in one. Work posted here runs one piece per pass instead, from a
// zero timer, so other timers and events get their turn between two pieces.
//
// Only for work whose order against other events does not matter, or that holds back what
// must come after it itself (RegionTreeModel keeps changes waiting until its counts land).
class PassQueue : public QObject
{
    Q_OBJECT

public:
    // The GUI thread's queue.
    static PassQueue &instance();
    // Runs `work` in a later pass, unless `context` is gone by then.
    static void post(QObject *context, std::function<void()> work);

private:
    explicit PassQueue(QObject *parent = nullptr);
    void schedule();
    void runOne();

    struct Piece
    {
        QPointer<QObject> context;
        std::function<void()> work;
    };
    std::deque<Piece> m_pieces;
    bool m_scheduled = false;
    QTimer m_timer;
};

} // namespace imprint
