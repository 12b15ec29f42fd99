#pragma once

#include <QStyledItemDelegate>

namespace imprint {

// Paints a progress bar in cells whose model reports a progress (ProgressRole) between 0 and
// 99 while work is under way, and the plain text otherwise.
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ProgressDelegate(int progressRole, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    int m_progressRole;
};

} // namespace imprint
