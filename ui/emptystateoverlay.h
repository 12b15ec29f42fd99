#pragma once

#include <QLabel>
#include <QPointer>

class QAbstractItemView;

namespace imprint {

// Covers an item view with a sentence that says what to do when the view has no rows, instead
// of an empty grid. The text can differ for "nothing here yet" and "nothing matches the filter".
class EmptyStateOverlay : public QLabel
{
    Q_OBJECT

public:
    explicit EmptyStateOverlay(QAbstractItemView *view);

    void setEmptyText(const QString &text);    // no rows at all
    void setFilteredText(const QString &text); // rows exist but the filter hides them all
    void setFiltering(bool filtering);
    void setLoading(bool loading);
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QAbstractItemView> m_view;
    QString m_emptyText;
    QString m_filteredText;
    bool m_filtering = false;
    bool m_loading = true;
};

} // namespace imprint
