#pragma once

#include <QList>
#include <QString>
#include <QWidget>

namespace imprint {

// The widgets Tab visits inside `container`, in the window's focus-chain order.
inline QList<QWidget *> tabChain(QWidget *container)
{
    QList<QWidget *> chain;
    QWidget *window = container->window();
    QWidget *w = window;
    do {
        w = w->nextInFocusChain();
        if (w != container && container->isAncestorOf(w) && w->isVisible() && w->isEnabled() &&
            (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy() && !chain.contains(w))
            chain << w;
    } while (w != window);
    return chain;
}

// Why Tab does not move through `container` in reading order (top to bottom, and left to right
// within a row), or an empty string when it does.
inline QString readingOrderProblem(QWidget *container)
{
    const QList<QWidget *> chain = tabChain(container);
    auto name = [](const QWidget *w) {
        return QStringLiteral("%1 \"%2\"")
            .arg(QString::fromLatin1(w->metaObject()->className()),
                 w->objectName().isEmpty() ? w->accessibleName() : w->objectName());
    };
    for (qsizetype i = 1; i < chain.size(); ++i) {
        const QRect a(chain[i - 1]->mapTo(container, QPoint(0, 0)), chain[i - 1]->size());
        const QRect b(chain[i]->mapTo(container, QPoint(0, 0)), chain[i]->size());
        const bool sameRow = b.top() < a.bottom() && a.top() < b.bottom();
        const bool inOrder = sameRow ? b.left() >= a.left() : b.center().y() > a.center().y();
        if (!inOrder)
            return QStringLiteral("Tab goes from %1 at (%2,%3) back to %4 at (%5,%6)")
                .arg(name(chain[i - 1]))
                .arg(a.left())
                .arg(a.top())
                .arg(name(chain[i]))
                .arg(b.left())
                .arg(b.top());
    }
    return {};
}

} // namespace imprint
