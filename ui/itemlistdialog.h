#pragma once

#include <QDialog>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QStringList>

class QLabel;
class QListWidget;
class QVBoxLayout;

namespace imprint {

// A dialog about user data: one summary sentence, then the items in scrollable lists, then an
// optional note and the buttons. Its size is bounded by the screen, so listing 2 000 images
// never pushes the buttons out of reach (a QMessageBox grows with its text instead).
class ItemListDialog : public QDialog
{
    Q_OBJECT

public:
    ItemListDialog(QMessageBox::Icon icon, const QString &title, const QString &summary,
                   QWidget *parent = nullptr);

    // A heading sentence and a list under it; several lists stack, each bounded.
    QListWidget *addList(const QString &heading, const QStringList &items,
                         const QString &objectName);
    // A sentence below the lists.
    void setNote(const QString &note);
    QPushButton *addButton(const QString &text, QDialogButtonBox::ButtonRole role);
    QPushButton *addButton(QDialogButtonBox::StandardButton button);
    void setDefaultButton(QPushButton *button);

    QString summary() const;
    QString note() const;
    // The button the user pressed; nullptr after Esc or closing the window.
    QAbstractButton *clickedButton() const { return m_clicked; }

    // Rows shown before a list scrolls, and the share of the screen the dialog may cover.
    static constexpr int visibleRows = 10;
    static constexpr double maxScreenShare = 0.8;

    QSize sizeHint() const override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    QRect availableScreen() const;

    QLabel *m_summary;
    QLabel *m_note;
    QVBoxLayout *m_lists;
    QDialogButtonBox *m_buttons;
    QAbstractButton *m_clicked = nullptr;
};

} // namespace imprint
