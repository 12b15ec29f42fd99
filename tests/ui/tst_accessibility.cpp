#include "dialogtour.h"
#include "mainwindow.h"
#include "simfixture.h"
#include "translationloader.h"
#include "wizardtour.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QChartView>
#include <QComboBox>
#include <QLineEdit>
#include <QTabWidget>
#include <QtTest>

using namespace imprint;

namespace {

QString accessibleText(QWidget *widget, QAccessible::Text which)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(which).trimmed() : QString();
}

QString describe(const QWidget *w)
{
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
}

// Every control a screen reader can land on has a name; every view and chart also says what it
// holds. Icon-only buttons count as controls: their name cannot come from their text.
QStringList problems(QWidget *root)
{
    QStringList found;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->focusPolicy() == Qt::NoFocus)
            continue;
        // Qt's own helpers inside a control (a spin box's line edit, a view's viewport).
        if (qobject_cast<QLineEdit *>(w) && (qobject_cast<QAbstractSpinBox *>(w->parentWidget()) ||
                                             qobject_cast<QComboBox *>(w->parentWidget())))
            continue;
        const bool view = qobject_cast<QAbstractItemView *>(w) || qobject_cast<QChartView *>(w);
        const bool control = view || qobject_cast<QAbstractButton *>(w) ||
                             qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
                             qobject_cast<QAbstractSpinBox *>(w);
        if (!control)
            continue;
        if (accessibleText(w, QAccessible::Name).isEmpty())
            found << QStringLiteral("no accessible name: ") + describe(w);
        if (view && w->accessibleDescription().isEmpty())
            found << QStringLiteral("no accessible description: ") + describe(w);
    }
    return found;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    SimFixture m_sim;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations();
        QVERIFY(m_sim.start());
    }

    void mainWindowEveryTab()
    {
        MainWindow window(m_sim.backend.get());
        window.resize(1400, 900);
        window.show();
        window.waitForBackend(QtFuture::makeReadyFuture(Status()));
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("resourceTabs"));
        QVERIFY(tabs);
        QStringList found;
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            found << problems(&window);
        }
        found.removeDuplicates();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
        // The filter box says it finds tags too, not only names.
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchField"));
        QVERIFY(search);
        QVERIFY2(search->accessibleDescription().contains(QLatin1String("key:value")),
                 qPrintable(search->accessibleDescription()));
    }

    // Copy, Edit, a list of user data (the delete box) and the store-problem dialog: each
    // control named, each list described.
    void everyDialog()
    {
        QStringList found;
        const int dialogs = DialogTour::walkAll(m_sim, [&](QDialog &dialog, const QString &name) {
            for (const QString &problem : problems(&dialog))
                found << name + QStringLiteral(": ") + problem;
        });
        QVERIFY(dialogs >= 10);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void everyWizardPage()
    {
        QStringList found;
        int pages = 0;
        WizardTour::walkAll(m_sim, [&](QWizard &wizard, const QString &pageName) {
            QCoreApplication::processEvents();
            ++pages;
            for (const QString &problem : problems(wizard.currentPage()))
                found << pageName + QStringLiteral(": ") + problem;
        });
        QVERIFY(pages >= 25);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
