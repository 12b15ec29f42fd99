#pragma once

#include <QDialog>
#include <QList>
#include <QString>

namespace imprint {

// A problem with the simulator's store (damaged, or held by another program) and the remedies
// the user can choose from: the sentence, then one command button per remedy. It only asks;
// the caller carries the choice out (StoreRecovery, a new connection), so it knows nothing of
// the simulator.
class StoreProblemDialog : public QDialog
{
    Q_OBJECT

public:
    struct Remedy
    {
        int id = 0;
        QString text;        // "Move it aside and start afresh"
        QString explanation; // what happens to the file, in a sentence
    };

    StoreProblemDialog(const QString &sentence, const QList<Remedy> &remedies,
                       QWidget *parent = nullptr);

    // The chosen remedy's id; -1 when the dialog was closed without a choice.
    int chosen() const { return m_chosen; }

private:
    int m_chosen = -1;
};

} // namespace imprint
