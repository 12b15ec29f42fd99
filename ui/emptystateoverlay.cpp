#include "emptystateoverlay.h"

#include "themecolors.h"

#include <QAbstractItemView>
#include <QEvent>

namespace imprint {

EmptyStateOverlay::EmptyStateOverlay(QAbstractItemView *view)
    : QLabel(view->viewport())
    , m_view(view)
{
    setObjectName(QStringLiteral("emptyState"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setMargin(24);
    ThemeColors::setMutedText(this);
    QFont larger = font();
    larger.setPointSizeF(larger.pointSizeF() * 1.1);
    setFont(larger);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    view->viewport()->installEventFilter(this);
    // The view must have its model set before the overlay is made.
    if (QAbstractItemModel *model = view->model()) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyStateOverlay::refresh);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyStateOverlay::refresh);
        connect(model, &QAbstractItemModel::modelReset, this, &EmptyStateOverlay::refresh);
        connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyStateOverlay::refresh);
    }
    refresh();
}

void EmptyStateOverlay::setEmptyText(const QString &text)
{
    m_emptyText = text;
    refresh();
}

void EmptyStateOverlay::setFilteredText(const QString &text)
{
    m_filteredText = text;
    refresh();
}

void EmptyStateOverlay::setFiltering(bool filtering)
{
    m_filtering = filtering;
    refresh();
}

void EmptyStateOverlay::setLoading(bool loading)
{
    m_loading = loading;
    refresh();
}

void EmptyStateOverlay::refresh()
{
    if (!m_view)
        return;
    const bool empty = !m_view->model() || m_view->model()->rowCount() == 0;
    if (m_loading)
        setText(tr("Loading…"));
    else
        setText(m_filtering && !m_filteredText.isEmpty() ? m_filteredText : m_emptyText);
    setGeometry(m_view->viewport()->rect());
    // A refresh keeps the rows it already has on screen: "Loading…" only over an empty table.
    setVisible(empty);
}

bool EmptyStateOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (m_view && watched == m_view->viewport() && event->type() == QEvent::Resize)
        setGeometry(m_view->viewport()->rect());
    return QLabel::eventFilter(watched, event);
}

} // namespace imprint
