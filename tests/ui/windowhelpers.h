#pragma once

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QDialog>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>

namespace imprint::WindowHelpers {

// The first row whose first column reads `name`; -1 when none does.
inline int rowOf(QAbstractItemModel *model, const QString &name)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data().toString() == name)
            return r;
    return -1;
}

// Selects one row as a click would (focus first, so the window's actions follow it).
inline void selectRow(QTableView *table, int row)
{
    table->setFocus();
    table->selectionModel()->select(table->model()->index(row, 0),
                                    QItemSelectionModel::ClearAndSelect |
                                        QItemSelectionModel::Rows);
}

inline QAbstractButton *buttonStartingWith(QDialog *dialog, const QString &text)
{
    for (auto *button : dialog->findChildren<QPushButton *>())
        if (button->text().startsWith(text))
            return button;
    return nullptr;
}

} // namespace imprint::WindowHelpers
