#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace imprint {

// Answers the next modal dialog with the given object name from a timer, which the dialog's
// own event loop runs. It only records and clicks: the test asserts afterwards, never inside
// the modal loop, so a failing check cannot leave a dialog open and hang the run.
class DialogAnswerer : public QObject
{
public:
    // inspect: called once with the dialog before the answer (record what it shows).
    // choose: the button to click; nullptr closes the dialog with Esc (reject).
    DialogAnswerer(QString objectName, std::function<void(QDialog *)> inspect,
                   std::function<QAbstractButton *(QDialog *)> choose)
        : m_name(std::move(objectName))
        , m_inspect(std::move(inspect))
        , m_choose(std::move(choose))
    {
        connect(&m_timer, &QTimer::timeout, this, &DialogAnswerer::poll);
        m_timer.start(10);
    }

    bool answered() const { return m_answered; }

private:
    void poll()
    {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != m_name || !dialog->isVisible())
            return;
        m_timer.stop();
        if (m_inspect)
            m_inspect(dialog);
        QAbstractButton *button = m_choose ? m_choose(dialog) : nullptr;
        if (button)
            button->click();
        else
            dialog->reject();
        m_answered = true;
    }

    QString m_name;
    std::function<void(QDialog *)> m_inspect;
    std::function<QAbstractButton *(QDialog *)> m_choose;
    QTimer m_timer;
    bool m_answered = false;
};

} // namespace imprint
