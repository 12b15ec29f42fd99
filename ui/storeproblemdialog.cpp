#include "storeproblemdialog.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace imprint {

StoreProblemDialog::StoreProblemDialog(const QString &sentence, const QList<Remedy> &remedies,
                                       QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("The simulator's store"));
    setObjectName(QStringLiteral("storeProblemDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);
    auto *text = new QLabel(sentence, this);
    text->setObjectName(QStringLiteral("storeProblem"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setMinimumWidth(460);
    top->addWidget(text, 1);
    layout->addLayout(top);
    layout->addSpacing(8);
    for (const Remedy &remedy : remedies) {
        auto *button = new QCommandLinkButton(remedy.text, remedy.explanation, this);
        button->setObjectName(QStringLiteral("remedy-%1").arg(remedy.id));
        const int id = remedy.id;
        connect(button, &QCommandLinkButton::clicked, this, [this, id] {
            m_chosen = id;
            accept();
        });
        layout->addWidget(button);
    }
}

} // namespace imprint
