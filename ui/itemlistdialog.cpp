#include "itemlistdialog.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QStyle>
#include <QVBoxLayout>

namespace imprint {

namespace {

QStyle::StandardPixmap pixmapFor(QMessageBox::Icon icon)
{
    switch (icon) {
    case QMessageBox::Warning:
        return QStyle::SP_MessageBoxWarning;
    case QMessageBox::Critical:
        return QStyle::SP_MessageBoxCritical;
    case QMessageBox::Question:
        return QStyle::SP_MessageBoxQuestion;
    case QMessageBox::Information:
    case QMessageBox::NoIcon:
        break;
    }
    return QStyle::SP_MessageBoxInformation;
}

} // namespace

ItemListDialog::ItemListDialog(QMessageBox::Icon icon, const QString &title, const QString &summary,
                               QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(summary, this))
    , m_note(new QLabel(this))
    , m_lists(new QVBoxLayout)
    , m_buttons(new QDialogButtonBox(this))
{
    setWindowTitle(title);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->hide();

    auto *iconLabel = new QLabel(this);
    const int extent = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    iconLabel->setPixmap(style()->standardIcon(pixmapFor(icon), nullptr, this).pixmap(extent));
    iconLabel->setAlignment(Qt::AlignTop);
    iconLabel->setVisible(icon != QMessageBox::NoIcon);

    auto *text = new QVBoxLayout;
    text->addWidget(m_summary);
    text->addLayout(m_lists, 1);
    text->addWidget(m_note);
    auto *top = new QHBoxLayout;
    top->addWidget(iconLabel, 0, Qt::AlignTop);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::clicked, this, [this](QAbstractButton *button) {
        m_clicked = button;
        const QDialogButtonBox::ButtonRole role = m_buttons->buttonRole(button);
        if (role == QDialogButtonBox::RejectRole || role == QDialogButtonBox::NoRole)
            reject();
        else
            accept();
    });
}

QListWidget *ItemListDialog::addList(const QString &heading, const QStringList &items,
                                     const QString &objectName)
{
    if (!heading.isEmpty()) {
        auto *label = new QLabel(heading, this);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        m_lists->addWidget(label);
    }
    auto *list = new QListWidget(this);
    list->setObjectName(objectName);
    // A screen reader names the list by its heading (or the dialog's title) and says what is
    // in it; the visible label is not tied to the list otherwise.
    list->setAccessibleName(heading.isEmpty() ? windowTitle() : heading);
    list->setAccessibleDescription(tr(
        "%n item(s), one per row; the list scrolls when they do not fit.", "", int(items.size())));
    // Uniform rows: 2 000 entries lay out at once; the list, not the dialog, scrolls.
    list->setUniformItemSizes(true);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setFocusPolicy(Qt::StrongFocus);
    list->addItems(items);
    const int rows = qMin<int>(visibleRows, qMax<int>(1, int(items.size())));
    const int rowHeight = qMax(list->sizeHintForRow(0), fontMetrics().height());
    list->setMinimumHeight(qMin(rows, 3) * rowHeight + 2 * list->frameWidth());
    list->setMaximumHeight(rows * rowHeight + 2 * list->frameWidth() + 4);
    m_lists->addWidget(list, rows);
    return list;
}

void ItemListDialog::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

QPushButton *ItemListDialog::addButton(const QString &text, QDialogButtonBox::ButtonRole role)
{
    return m_buttons->addButton(text, role);
}

QPushButton *ItemListDialog::addButton(QDialogButtonBox::StandardButton button)
{
    return m_buttons->addButton(button);
}

void ItemListDialog::setDefaultButton(QPushButton *button)
{
    for (QAbstractButton *b : m_buttons->buttons())
        if (auto *push = qobject_cast<QPushButton *>(b))
            push->setDefault(push == button);
    button->setFocus();
}

QString ItemListDialog::summary() const
{
    return m_summary->text();
}

QString ItemListDialog::note() const
{
    return m_note->text();
}

QRect ItemListDialog::availableScreen() const
{
    const QScreen *screen = parentWidget() ? parentWidget()->screen() : this->screen();
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect(0, 0, 1024, 700);
}

QSize ItemListDialog::sizeHint() const
{
    const QRect screen = availableScreen();
    const QSize hint = QDialog::sizeHint().expandedTo(QSize(460, 0));
    return hint.boundedTo(
        QSize(int(screen.width() * maxScreenShare), int(screen.height() * maxScreenShare)));
}

void ItemListDialog::showEvent(QShowEvent *event)
{
    // Bounded whatever the lists hold: the buttons always stay on the screen.
    const QRect screen = availableScreen();
    setMaximumSize(int(screen.width() * maxScreenShare), int(screen.height() * maxScreenShare));
    resize(sizeHint());
    QDialog::showEvent(event);
}

} // namespace imprint
