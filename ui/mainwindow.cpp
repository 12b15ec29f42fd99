#include "mainwindow.h"

#include "accountsdialog.h"
#include "actionicons.h"
#include "amountdialog.h"
#include "appsettings.h"
#include "backend.h"
#include "copyimagedialog.h"
#include "costestimator.h"
#include "createimagewizard.h"
#include "dashboardwidget.h"
#include "detailspane.h"
#include "editimagedialog.h"
#include "emptystateoverlay.h"
#include "imagetablemodel.h"
#include "instancetablemodel.h"
#include "instancetypecatalog.h"
#include "itemlistdialog.h"
#include "launchwizard.h"
#include "linkdelegate.h"
#include "operationlistmodel.h"
#include "overduebanner.h"
#include "panewidthpolicy.h"
#include "passqueue.h"
#include "progressdelegate.h"
#include "regiontreemodel.h"
#include "resourcefilterproxy.h"
#include "scopedid.h"
#include "settingsdialog.h"
#include "snapshottablemodel.h"
#include "themecolors.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <tuple>

namespace imprint {

namespace {

QTableView *makeTable(QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    view->verticalHeader()->hide();
    // Uniform row heights keep 100 000-row tables cheap to lay out.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionsMovable(true);
    return view;
}

template <typename T, typename Model>
QList<T> selectedRows(QTableView *view, ResourceFilterProxy *proxy, Model *model,
                      const T &(Model::*at)(int) const)
{
    QList<T> out;
    if (!view || !view->selectionModel())
        return out;
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    out.reserve(rows.size());
    for (const QModelIndex &index : rows)
        out << (model->*at)(proxy->mapToSource(index).row());
    return out;
}

} // namespace

MainWindow::MainWindow(Backend *backend, QWidget *parent)
    : QMainWindow(parent)
    , m_backend(backend)
    , m_regions(new RegionTreeModel(backend, this))
    , m_instances(new InstanceTableModel(backend, this))
    , m_images(new ImageTableModel(backend, this))
    , m_snapshots(new SnapshotTableModel(backend, this))
    , m_operations(new OperationListModel(backend, this))
    , m_instanceProxy(new ResourceFilterProxy(this))
    , m_imageProxy(new ResourceFilterProxy(this))
    , m_snapshotProxy(new ResourceFilterProxy(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Imprint — custom images"));
    m_instanceProxy->setSourceModel(m_instances);
    m_imageProxy->setSourceModel(m_images);
    m_snapshotProxy->setSourceModel(m_snapshots);

    createActions();
    createWidgets();
    createMenus();
    connectBackend();
    restoreSettings();
    updateActions();
    updateStatusBar();
    m_details->showNothing(tr("Loading the account…"));
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto make = [this](const QString &text, const QKeySequence &shortcut, const QIcon &icon,
                       const QString &name) {
        auto *action = new QAction(icon, text, this);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WindowShortcut);
        return action;
    };
    m_createImageAction =
        make(tr("&Create Image…"), QKeySequence(Qt::CTRL | Qt::Key_I),
             actionIcon(ActionIcon::CreateImage), QStringLiteral("createImageAction"));
    m_launchAction = make(tr("&Launch Instances…"), QKeySequence(Qt::CTRL | Qt::Key_L),
                          actionIcon(ActionIcon::Launch), QStringLiteral("launchAction"));
    m_copyAction = make(tr("C&opy Image…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                        actionIcon(ActionIcon::Copy), QStringLiteral("copyAction"));
    m_editAction = make(tr("&Edit Image…"), QKeySequence(Qt::Key_F2), actionIcon(ActionIcon::Edit),
                        QStringLiteral("editAction"));
    m_deleteAction = make(tr("&Delete Image…"), QKeySequence(QKeySequence::Delete),
                          actionIcon(ActionIcon::Delete), QStringLiteral("deleteAction"));
    m_startAction = make(tr("&Start"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                         actionIcon(ActionIcon::Start), QStringLiteral("startAction"));
    m_stopAction = make(tr("S&top"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X),
                        actionIcon(ActionIcon::Stop), QStringLiteral("stopAction"));
    m_refreshAction = make(tr("&Refresh"), QKeySequence(QKeySequence::Refresh),
                           actionIcon(ActionIcon::Refresh), QStringLiteral("refreshAction"));
    m_findAction =
        make(tr("&Find"), QKeySequence(QKeySequence::Find),
             QIcon::fromTheme(QStringLiteral("edit-find")), QStringLiteral("findAction"));
    m_topUpAction = make(tr("&Top Up…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U),
                         actionIcon(ActionIcon::TopUp), QStringLiteral("topUpAction"));
    m_setBalanceAction = make(tr("Set &Balance…"), {}, QIcon(), QStringLiteral("setBalanceAction"));
    // Ctrl+O: choosing the accounts opens clouds, as File > Open opens a document (Ctrl+Shift+N
    // means "new window" everywhere else). It replaces File > Connect, which swapped everything
    // for one cloud: with several accounts a user adds, fixes or turns off one of them and keeps
    // the others, and turning all but one off is still one click per account.
    m_accountsAction = make(tr("&Accounts…"), QKeySequence(QKeySequence::Open),
                            actionIcon(ActionIcon::Connect), QStringLiteral("accountsAction"));
    m_accountsAction->setToolTip(
        tr("Add, edit, remove, order and turn on or off the accounts this window shows"));
    m_accountsAction->setEnabled(false); // until the composition root says what it offers
    connect(m_accountsAction, &QAction::triggered, this, [this] {
        AccountsDialog dialog(m_connectionKinds, AppSettings().accounts(m_connectionKinds), this);
        QHash<QString, QString> states;
        for (const AccountStatus &account : m_backend->accounts())
            states.insert(account.id, accountStateText(account));
        dialog.setStates(states);
        if (dialog.exec() == QDialog::Accepted)
            emit accountsChosen(dialog.accounts(), dialog.typedKeys(), dialog.removedIds());
    });
    m_settingsAction = make(tr("&Settings…"), QKeySequence(QKeySequence::Preferences),
                            QIcon::fromTheme(QStringLiteral("preferences-system")),
                            QStringLiteral("settingsAction"));
    connect(m_settingsAction, &QAction::triggered, this, [this] {
        SettingsDialog dialog(this);
        dialog.exec();
    });
    m_quitAction =
        make(tr("&Quit"), QKeySequence(QKeySequence::Quit),
             QIcon::fromTheme(QStringLiteral("application-exit")), QStringLiteral("quitAction"));
    m_aboutAction = make(tr("&About Imprint"), {}, QIcon::fromTheme(QStringLiteral("help-about")),
                         QStringLiteral("aboutAction"));

    connect(m_createImageAction, &QAction::triggered, this, &MainWindow::createImageFromSelection);
    connect(m_launchAction, &QAction::triggered, this, &MainWindow::launchFromSelection);
    connect(m_copyAction, &QAction::triggered, this, &MainWindow::copySelectedImage);
    connect(m_editAction, &QAction::triggered, this, &MainWindow::editSelectedImage);
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteSelectedImages);
    connect(m_startAction, &QAction::triggered, this, &MainWindow::startSelected);
    connect(m_stopAction, &QAction::triggered, this, &MainWindow::stopSelected);
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::reloadAll);
    connect(m_topUpAction, &QAction::triggered, this, &MainWindow::topUp);
    connect(m_setBalanceAction, &QAction::triggered, this, &MainWindow::setBalance);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About Imprint"),
            tr("<h3>Imprint %1</h3><p>A console for custom machine images on Tencent Cloud "
               "Lighthouse, Tencent Cloud CVM, UCloud UHost and Alibaba Cloud ECS.</p><p>Prices "
               "shown are simulated list prices.</p>")
                .arg(QApplication::applicationVersion()));
    });
    // A narrow window folds the details pane away (PaneWidthPolicy); this brings it back.
    m_detailsAction = new QAction(tr("&Details Pane"), this);
    m_detailsAction->setObjectName(QStringLiteral("detailsPaneAction"));
    m_detailsAction->setCheckable(true);
    m_detailsAction->setChecked(true);
    m_detailsAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Return));
    m_detailsAction->setToolTip(tr("Show or hide the details of the selected rows"));
    connect(m_detailsAction, &QAction::triggered, this,
            [this](bool shown) { m_paneWidths->setDetailsShown(shown); });
    addAction(m_detailsAction);
    m_resetPanesAction = new QAction(tr("&Reset Pane Widths"), this);
    m_resetPanesAction->setObjectName(QStringLiteral("resetPanesAction"));
    connect(m_resetPanesAction, &QAction::triggered, this, [this] { m_paneWidths->reset(); });
    const bool accountControls = m_backend->canControlAccount();
    m_topUpAction->setVisible(accountControls);
    m_setBalanceAction->setVisible(accountControls);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_accountsAction);
    file->addAction(m_refreshAction);
    file->addSeparator();
    file->addAction(m_settingsAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_findAction);

    QMenu *instance = menuBar()->addMenu(tr("&Instance"));
    instance->addAction(m_createImageAction);
    instance->addSeparator();
    instance->addAction(m_startAction);
    instance->addAction(m_stopAction);

    QMenu *image = menuBar()->addMenu(tr("I&mage"));
    image->addAction(m_launchAction);
    image->addAction(m_copyAction);
    image->addAction(m_editAction);
    image->addSeparator();
    image->addAction(m_deleteAction);

    QMenu *account = menuBar()->addMenu(tr("&Account"));
    account->addAction(m_topUpAction);
    account->addAction(m_setBalanceAction);
    account->menuAction()->setVisible(m_backend->canControlAccount());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_tabs->count(); ++i) {
        // The tab's own text: its mnemonic and its "&&" read the same in a menu.
        auto *action = view->addAction(m_tabs->tabText(i));
        action->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { m_tabs->setCurrentIndex(i); });
    }
    view->addSeparator();
    view->addAction(m_detailsAction);
    view->addAction(m_resetPanesAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_createImageAction);
    toolbar->addAction(m_launchAction);
    toolbar->addSeparator();
    toolbar->addAction(m_copyAction);
    toolbar->addAction(m_editAction);
    toolbar->addAction(m_deleteAction);
    toolbar->addSeparator();
    toolbar->addAction(m_startAction);
    toolbar->addAction(m_stopAction);
    toolbar->addSeparator();
    toolbar->addAction(m_refreshAction);
    // Disabled toolbar buttons still show their tooltip: it says why.
}

void MainWindow::createWidgets()
{
    m_regionView = new QTreeView(this);
    m_regionView->setObjectName(QStringLiteral("regionView"));
    m_regionView->setModel(m_regions);
    m_regionView->setUniformRowHeights(true);
    m_regionView->header()->setStretchLastSection(false);
    m_regionView->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    // Count columns as wide as their widest count, fitted at most once a pass. Not
    // ResizeToContents: every count repaint would then measure every row of the tree again
    // (a view asks the header where a changed cell is, which runs the pending resize), and a
    // load repaints hundreds of counts in one pass.
    for (int c = 1; c < m_regions->columnCount(); ++c)
        m_regionView->header()->setSectionResizeMode(c, QHeaderView::Fixed);
    fitCountColumns();
    connect(m_regions, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &bottomRight) {
                if (bottomRight.column() > RegionTreeModel::NameColumn)
                    scheduleCountFit();
            });
    connect(m_regions, &QAbstractItemModel::modelReset, this, &MainWindow::scheduleCountFit);
    connect(m_regions, &QAbstractItemModel::layoutChanged, this, &MainWindow::scheduleCountFit);
    connect(m_regions, &QAbstractItemModel::rowsInserted, this, &MainWindow::scheduleCountFit);

    m_instanceView = makeTable(this, QStringLiteral("instanceView"));
    m_instanceView->setModel(m_instanceProxy);
    m_imageView = makeTable(this, QStringLiteral("imageView"));
    m_imageView->setModel(m_imageProxy);
    m_imageView->setItemDelegateForColumn(
        ImageTableModel::StateColumn,
        new ProgressDelegate(ImageTableModel::ProgressRole, m_imageView));
    auto *launchLink = new LinkDelegate(m_imageView);
    m_imageView->setItemDelegateForColumn(ImageTableModel::LaunchColumn, launchLink);
    connect(launchLink, &LinkDelegate::linkActivated, this, [this](const QModelIndex &index) {
        // The row's own "Create instance": select it, then take the one launch path.
        m_imageView->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
        if (m_launchAction->isEnabled())
            m_launchAction->trigger();
    });
    m_snapshotView = makeTable(this, QStringLiteral("snapshotView"));
    m_snapshotView->setModel(m_snapshotProxy);

    m_instanceEmpty = new EmptyStateOverlay(m_instanceView);
    m_imageEmpty = new EmptyStateOverlay(m_imageView);
    m_snapshotEmpty = new EmptyStateOverlay(m_snapshotView);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Filter by name, ID, state, zone or key:value tag (Ctrl+F)"));
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    // What the "nothing matches" message promises: Esc in the field clears the filter.
    m_search->installEventFilter(this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("resourceTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_instanceView, tr("&Instances"));
    m_tabs->addTab(m_imageView, tr("I&mages"));
    m_tabs->addTab(m_snapshotView, tr("&Snapshots"));
    m_dashboardPage = new QWidget(this);
    m_dashboardPage->setObjectName(QStringLiteral("dashboardPage"));
    (new QVBoxLayout(m_dashboardPage))->setContentsMargins(0, 0, 0, 0);
    m_tabs->addTab(m_dashboardPage, tr("&Quota && Cost"));

    m_banner = new OverdueBanner(this);
    connect(m_banner, &OverdueBanner::topUpRequested, this, &MainWindow::topUp);

    auto *center = new QWidget(this);
    auto *centerLayout = new QVBoxLayout(center);
    centerLayout->setContentsMargins(0, 0, 0, 0);
    centerLayout->setSpacing(4);
    centerLayout->addWidget(m_banner);
    centerLayout->addWidget(m_search);
    centerLayout->addWidget(m_tabs, 1);

    m_operationView = makeTable(this, QStringLiteral("operationView"));
    m_operationView->setModel(m_operations);
    m_operationView->setSortingEnabled(false);
    m_operationView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_operationView->setItemDelegateForColumn(
        OperationListModel::ProgressColumn,
        new ProgressDelegate(OperationListModel::ProgressRole, m_operationView));
    // Operation and Target read whole: a few hundred rows at most, cheap to measure.
    for (int column :
         {int(OperationListModel::KindColumn), int(OperationListModel::TargetColumn),
          int(OperationListModel::StartedColumn), int(OperationListModel::FinishedColumn)})
        m_operationView->horizontalHeader()->setSectionResizeMode(column,
                                                                  QHeaderView::ResizeToContents);
    m_operationEmpty = new EmptyStateOverlay(m_operationView);
    connect(m_operations, &OperationListModel::loadingChanged, m_operationEmpty,
            &EmptyStateOverlay::setLoading);
    m_operationEmpty->setEmptyText(
        tr("No recent operations yet: image and instance work shows its progress here."));
    fitColumnsOnFirstLoad(m_instanceView, m_instances);
    fitColumnsOnFirstLoad(m_imageView, m_images);
    fitColumnsOnFirstLoad(m_snapshotView, m_snapshots);
    fitColumnsOnFirstLoad(m_operationView, m_operations);
    m_cancelOperation = new QPushButton(tr("Cancel Operation"), this);
    m_cancelOperation->setObjectName(QStringLiteral("cancelOperationButton"));
    connect(m_cancelOperation, &QPushButton::clicked, this, &MainWindow::cancelSelectedOperation);

    auto *operations = new QWidget(this);
    m_operationsPane = operations;
    auto *operationsLayout = new QVBoxLayout(operations);
    operationsLayout->setContentsMargins(0, 0, 0, 0);
    auto *operationsTitle = new QLabel(tr("<b>Recent Operations</b>"), operations);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(operationsTitle);
    titleRow->addStretch(1);
    titleRow->addWidget(m_cancelOperation);
    operationsLayout->addLayout(titleRow);
    operationsLayout->addWidget(m_operationView, 1);

    m_centerSplitter = new QSplitter(Qt::Vertical, this);
    m_centerSplitter->setObjectName(QStringLiteral("centerSplitter"));
    m_centerSplitter->addWidget(center);
    m_centerSplitter->addWidget(operations);
    m_centerSplitter->setStretchFactor(0, 4);
    m_centerSplitter->setStretchFactor(1, 1);
    m_centerSplitter->setSizes({640, 200}); // room for a few operations with their progress

    m_details = new DetailsPane(this);
    describeForAssistiveTechnology();

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_regionView);
    m_mainSplitter->addWidget(m_centerSplitter);
    m_mainSplitter->addWidget(m_details);
    m_regionView->setMinimumWidth(PaneWidthPolicy::MinRegions);
    m_details->setMinimumWidth(PaneWidthPolicy::MinDetails);
    setCentralWidget(m_mainSplitter);
    m_paneWidths = new PaneWidthPolicy(
        m_mainSplitter,
        [this] {
            return PaneWidthPolicy::Wanted{regionTreeWidth(), keyColumnsWidth()};
        },
        this);
    connect(m_paneWidths, &PaneWidthPolicy::detailsShownChanged, m_detailsAction,
            &QAction::setChecked);

    m_backendLabel = new QLabel(this);
    m_backendLabel->setObjectName(QStringLiteral("backendLabel"));
    m_accountLabel = new QLabel(this);
    m_accountLabel->setObjectName(QStringLiteral("accountLabel"));
    m_accountProblemLabel = new QLabel(this);
    m_accountProblemLabel->setObjectName(QStringLiteral("accountProblemLabel"));
    ThemeColors::setTextTone(m_accountProblemLabel, ThemeColors::Tone::Error);
    m_retryAccountsButton = new QPushButton(tr("Retry"), this);
    m_retryAccountsButton->setObjectName(QStringLiteral("retryAccountsButton"));
    m_retryAccountsButton->setToolTip(tr("Connect again to the accounts that are not connected"));
    connect(m_retryAccountsButton, &QPushButton::clicked, this, &MainWindow::retryFailedAccounts);
    m_accountProblemLabel->hide();
    m_retryAccountsButton->hide();
    statusBar()->addPermanentWidget(m_accountProblemLabel);
    statusBar()->addPermanentWidget(m_retryAccountsButton);
    statusBar()->addPermanentWidget(m_accountLabel);
    statusBar()->addPermanentWidget(m_backendLabel);

    m_regionView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_regionView, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_regionView->indexAt(pos);
        const auto status = index.siblingAtColumn(0)
                                .data(RegionTreeModel::AccountStatusRole)
                                .value<AccountStatus>();
        if (status.id.isEmpty() || status.state != AccountStatus::State::Failed)
            return;
        QMenu menu(this);
        menu.addAction(tr("Retry connecting to %1").arg(status.name), this,
                       [this, id = status.id] { m_backend->retryAccount(id); });
        menu.exec(m_regionView->viewport()->mapToGlobal(pos));
    });

    connect(m_regionView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onRegionChanged(current); });
    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::onSearchChanged);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::onTabChanged);
    for (QTableView *view : {m_instanceView, m_imageView, m_snapshotView}) {
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
            updateActions();
            updateDetails();
        });
        connect(view, &QWidget::customContextMenuRequested, this,
                [this, view](const QPoint &pos) { showContextMenu(view, pos); });
    }
    connect(m_imageView, &QAbstractItemView::doubleClicked, this, [this] {
        if (m_launchAction->isEnabled())
            m_launchAction->trigger();
    });
    connect(m_operationView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateCancelButton);
    // Recent Operations leads to what each operation made or touched (CVM seed, step 6).
    connect(m_operationView, &QAbstractItemView::doubleClicked, this,
            &MainWindow::revealOperationTarget);
    connect(m_operationView, &QAbstractItemView::activated, this,
            &MainWindow::revealOperationTarget);
    // A target that arrives after the request (a new image) is revealed when its row reaches
    // the view (the proxies, not the models: a proxy may take the row a moment later).
    for (ResourceFilterProxy *proxy : {m_imageProxy, m_instanceProxy}) {
        auto retry = [this] {
            if (m_pendingReveal && revealNow(*m_pendingReveal))
                m_pendingReveal.reset();
        };
        connect(proxy, &QAbstractItemModel::rowsInserted, this, retry);
        connect(proxy, &QAbstractItemModel::modelReset, this, retry);
        connect(proxy, &QAbstractItemModel::layoutChanged, this, retry);
    }
    updateCancelButton();
}

void MainWindow::describeForAssistiveTechnology()
{
    // Screen readers announce these when a view gets focus: what it is, then what it holds.
    const QList<std::tuple<QWidget *, QString, QString>> described{
        {m_regionView, tr("Regions"),
         tr("Products and their regions, with the number of instances and custom images in "
            "each. Choose one to show its resources.")},
        {m_instanceView, tr("Instances"), tr("The instances of the chosen region.")},
        {m_imageView, tr("Custom images"),
         tr("The custom images of the chosen region, with their state and progress.")},
        {m_snapshotView, tr("Snapshots"), tr("The disk snapshots of the chosen region.")},
        {m_operationView, tr("Recent operations"),
         tr("Image and instance work in progress and finished, with its progress.")},
        {m_search, tr("Filter"),
         tr("Shows only the rows whose name, ID, state or zone contain the text. Type "
            "key:value, or key: alone, to find the resources that carry that tag.")},
        {m_tabs, tr("Resources"), tr("Instances, images, snapshots, and quota and cost.")},
        {m_details, tr("Details"),
         tr("Details of the selected row and the actions available for it.")},
    };
    for (const auto &[widget, name, description] : described) {
        widget->setAccessibleName(name);
        widget->setAccessibleDescription(description);
    }
}

void MainWindow::scheduleCountFit()
{
    if (m_countFitScheduled)
        return;
    m_countFitScheduled = true;
    PassQueue::post(this, [this] {
        m_countFitScheduled = false;
        fitCountColumns();
    });
}

void MainWindow::fitCountColumns()
{
    for (int c = 1; c < m_regions->columnCount(); ++c)
        m_regionView->resizeColumnToContents(c);
    if (m_paneWidths)
        m_paneWidths->apply(); // the tree wants another width
}

int MainWindow::regionTreeWidth() const
{
    // Every region's name whole (with its indentation), its counts, and the frame.
    const QHeaderView *header = m_regionView->header();
    // (QTreeView's own override, with the indentation of each row, is only protected there.)
    const QAbstractItemView *tree = m_regionView;
    int width = qMax(tree->sizeHintForColumn(RegionTreeModel::NameColumn),
                     header->sectionSizeHint(RegionTreeModel::NameColumn));
    for (int c = RegionTreeModel::NameColumn + 1; c < header->count(); ++c)
        if (!header->isSectionHidden(c))
            width += header->sectionSize(c);
    width += 2 * m_regionView->frameWidth();
    if (m_regionView->verticalScrollBar()->isVisible())
        width += m_regionView->verticalScrollBar()->width();
    return width;
}

int MainWindow::keyColumnsWidth() const
{
    // Name, ID, State and Product (and Account, moved beside the name with several accounts)
    // whole in every resource table: they are its first columns in each model.
    static_assert(int(ImageTableModel::ProductColumn) == int(InstanceTableModel::ProductColumn) &&
                  int(ImageTableModel::ProductColumn) == int(SnapshotTableModel::ProductColumn));
    int width = 0;
    for (const QTableView *table : {m_instanceView, m_imageView, m_snapshotView}) {
        const QHeaderView *header = table->horizontalHeader();
        int right = 0;
        for (int c = 0; c <= ImageTableModel::ProductColumn; ++c)
            if (!header->isSectionHidden(c))
                right = qMax(right, header->sectionPosition(c) + header->sectionSize(c));
        const int scrollBar =
            table->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, table);
        width = qMax(width, right + scrollBar + 2 * table->frameWidth());
    }
    return width;
}

void MainWindow::fitColumnsOnFirstLoad(QTableView *table, QAbstractItemModel *model)
{
    // First run only (saved widths win): fit columns to the loaded rows. Qt samples a bounded
    // number of rows, so this stays cheap on 100 000-row tables; very long text is capped.
    auto fit = [this, table](bool loading) {
        if (loading || m_sizedTables.contains(table))
            return;
        // Later: the model announces the end of loading just before it inserts the rows; and
        // in a pass of its own, since the load took most of this one.
        PassQueue::post(table, [this, table] {
            // Nothing loaded (a failed connection): keep waiting for rows to size by.
            if (table->model()->rowCount() == 0)
                return;
            m_sizedTables.insert(table);
            // A few screenfuls decide the widths; Qt's default samples 1000 rows per column.
            table->horizontalHeader()->setResizeContentsPrecision(100);
            table->resizeColumnsToContents();
            QHeaderView *header = table->horizontalHeader();
            // Those screenfuls are one region's (say Lighthouse's narrow "lhins-" ids); other
            // regions' text may be wider ("uhost-" ids). A sample spread over every row of the
            // source widens what it must, whichever region is shown.
            const QAbstractItemModel *rows = table->model();
            if (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(rows))
                rows = proxy->sourceModel();
            const int samples = 200;
            const int stride = qMax(1, rows->rowCount() / samples);
            const QFontMetrics metrics(table->font());
            const int padding =
                2 * table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 4;
            for (int c = 0; c < header->count(); ++c) {
                int widest = header->sectionSize(c);
                for (int r = 0; r < rows->rowCount(); r += stride) {
                    const QString text = rows->index(r, c).data().toString();
                    widest = qMax(widest, metrics.horizontalAdvance(text) + padding);
                }
                header->resizeSection(c, qMin(widest + 8, 320));
            }
            // Names identify rows: never squeeze them below a readable width.
            header->resizeSection(0, qMax(header->sectionSize(0), kMinNameColumnWidth));
            m_paneWidths->apply(); // the key columns want another width
        });
    };
    if (auto *resources = qobject_cast<ResourceTableModel *>(model))
        connect(resources, &ResourceTableModel::loadingChanged, table, fit);
    else if (auto *operations = qobject_cast<OperationListModel *>(model))
        connect(operations, &OperationListModel::loadingChanged, table, fit);
}

QString MainWindow::accountStateText(const AccountStatus &account)
{
    switch (account.state) {
    case AccountStatus::State::Loading:
        return tr("Opening…");
    case AccountStatus::State::Connected:
        return tr("Connected");
    case AccountStatus::State::Failed:
        break;
    }
    return tr("Failed: %1").arg(account.problem);
}

void MainWindow::setConnectionKinds(QList<ConnectionKind> kinds)
{
    m_connectionKinds = std::move(kinds);
    m_accountsAction->setEnabled(!m_connectionKinds.isEmpty());
}

void MainWindow::connectBackend()
{
    connect(m_backend, &Backend::accountChanged, this, &MainWindow::onAccountChanged);
    connect(m_backend, &Backend::operationsChanged, this, [this](const QList<Operation> &ops) {
        for (const Operation &operation : ops)
            onOperationChanged(operation);
    });
    // Any change to the selected record or its region's counts can change what is allowed.
    // A burst (20 000 images repossessed at once) must cost one refresh, not 20 000: the
    // timer coalesces every change of one event-loop pass.
    m_selectionRefresh.setSingleShot(true);
    m_selectionRefresh.setInterval(0);
    connect(&m_selectionRefresh, &QTimer::timeout, this, [this] {
        updateActions();
        updateDetails();
    });
    auto refresh = [this] { m_selectionRefresh.start(); };
    connect(m_backend, &Backend::imagesChanged, this, refresh);
    connect(m_backend, &Backend::imagesRemoved, this, refresh);
    connect(m_backend, &Backend::instancesChanged, this, refresh);
    connect(m_backend, &Backend::instancesRemoved, this, refresh);
    connect(m_backend, &Backend::snapshotsRemoved, this, refresh);
    connect(m_backend, &Backend::accountStatusChanged, this, &MainWindow::onAccountStatusChanged);
    for (const AccountStatus &account : m_backend->accounts())
        m_accountStates.insert(account.id, account.state);
}

void MainWindow::onAccountStatusChanged(const AccountStatus &status)
{
    const AccountStatus::State before =
        m_accountStates.value(status.id, AccountStatus::State::Loading);
    m_accountStates.insert(status.id, status.state);
    updateAccountProblems();
    // An account that connects after the window loaded (a slow one, a revived server, a
    // retry) has records the views have not seen: read everything again. The models keep
    // their rows until the answer replaces them, so nothing flickers.
    if (status.state == AccountStatus::State::Connected &&
        before != AccountStatus::State::Connected && m_reloadStarted)
        reloadAll();
}

void MainWindow::updateAccountProblems()
{
    QList<AccountStatus> failed;
    for (const AccountStatus &account : m_backend->accounts())
        if (account.state == AccountStatus::State::Failed)
            failed << account;
    m_accountProblemLabel->setVisible(!failed.isEmpty());
    m_retryAccountsButton->setVisible(!failed.isEmpty());
    if (failed.isEmpty())
        return;
    QStringList why;
    for (const AccountStatus &account : std::as_const(failed))
        why << tr("%1: %2").arg(account.name, account.problem);
    m_accountProblemLabel->setText(
        failed.size() == 1 ? tr("%1 is not connected.").arg(failed.first().name)
                           : tr("%n account(s) not connected.", nullptr, int(failed.size())));
    m_accountProblemLabel->setToolTip(why.join(QLatin1Char('\n')));
    statusBar()->showMessage(why.join(QLatin1Char(' ')), 10000);
}

void MainWindow::retryFailedAccounts()
{
    for (const AccountStatus &account : m_backend->accounts())
        if (account.state == AccountStatus::State::Failed)
            m_backend->retryAccount(account.id);
}

QString MainWindow::regionTitle(const QString &regionKey) const
{
    const QString region = m_regions->displayNameForKey(regionKey);
    const QString scope = ScopedId::scopeOf(regionKey);
    if (scope.isEmpty())
        return region;
    for (const AccountStatus &account : m_backend->accounts())
        if (account.id == scope)
            //: A region and the account it belongs to, e.g. "South China (Guangzhou) - Company"
            return tr("%1 - %2").arg(region, account.name);
    return region;
}

void MainWindow::waitForBackend(QFuture<Status> ready)
{
    statusBar()->showMessage(tr("Opening %1…").arg(m_backend->displayName()));
    ready.then(this, [this](const Status &status) {
        if (!status) {
            // Every "Loading…" ends here with the reason, and the way out is one click away.
            m_details->showNothing(status.error().message);
            for (EmptyStateOverlay *overlay :
                 {m_instanceEmpty, m_imageEmpty, m_snapshotEmpty, m_operationEmpty}) {
                overlay->setLoading(false);
                overlay->setEmptyText(status.error().message);
            }
            m_unavailableReason = status.error().message;
            if (m_dashboard)
                m_dashboard->showUnavailable(status.error().message);
            statusBar()->showMessage(status.error().message);
            QMessageBox box(QMessageBox::Warning, windowTitle(),
                            tr("Imprint could not open %1.").arg(m_backend->displayName()),
                            QMessageBox::Close, this);
            box.setObjectName(QStringLiteral("connectionFailed"));
            box.setInformativeText(status.error().message);
            QPushButton *accountsButton = box.addButton(tr("Accounts…"), QMessageBox::AcceptRole);
            box.setDefaultButton(accountsButton);
            box.exec();
            if (box.clickedButton() == accountsButton)
                m_accountsAction->trigger();
            return;
        }
        statusBar()->clearMessage();
        reloadAll();
    });
}

void MainWindow::reloadAll()
{
    m_reloadStarted = true;
    // Connected before the reloads start: a continuation on an already finished future runs
    // at once, so `loaded` may be emitted inside reload() itself.
    connect(m_regions, &RegionTreeModel::loaded, this, &MainWindow::onRegionsLoaded,
            Qt::UniqueConnection);
    m_regions->reload();
    m_instances->reload();
    m_images->reload();
    m_snapshots->reload();
    m_operations->reload();
    if (m_dashboard)
        m_dashboard->reload();
    m_backend->fetchAccount().then(this, [this](const Result<Account> &account) {
        // Some APIs have no account to show (billing is another service): say nothing then.
        m_accountKnown = account.ok();
        if (account)
            onAccountChanged(account.value());
        updateStatusBar();
    });
}

void MainWindow::onRegionsLoaded()
{
    const bool first = !m_loaded;
    m_loaded = true;
    m_regionView->expandAll();
    if (first)
        selectRegion(QSettings().value(QStringLiteral("ui/lastRegion")).toString());
    else
        selectRegion(m_regionKey);
    for (EmptyStateOverlay *overlay : {m_instanceEmpty, m_imageEmpty, m_snapshotEmpty})
        overlay->setLoading(false);
    updateEmptyStates();
    updateActions();
    updateDetails();
}

void MainWindow::selectRegion(const QString &regionKey)
{
    QModelIndex index = m_regions->indexForKey(regionKey);
    if (!index.isValid())
        index = m_regions->index(0, 0);
    m_regionView->setCurrentIndex(index);
}

void MainWindow::onRegionChanged(const QModelIndex &current)
{
    m_regionKey = current.data(RegionTreeModel::RegionKeyRole).toString();
    // The visible table now, the hidden ones when they are shown (onTabChanged), as with the
    // search text: each table is a pass over every row at 100 000 rows.
    if (ResourceFilterProxy *proxy = currentProxy())
        proxy->setRegionKey(m_regionKey);
    if (m_loaded)
        QSettings().setValue(QStringLiteral("ui/lastRegion"), m_regionKey);
    updateEmptyStates();
    updateActions();
    updateDetails();
}

void MainWindow::onSearchChanged(const QString &text)
{
    // Filter the visible tab now and the hidden ones when they are shown: one filter pass per
    // keystroke keeps typing smooth on 100 000 rows.
    m_pendingFilter = text;
    if (ResourceFilterProxy *proxy = currentProxy())
        proxy->setFilterText(text);
    updateEmptyStates();
}

DashboardWidget *MainWindow::dashboard()
{
    if (m_dashboard)
        return m_dashboard;
    m_dashboard = new DashboardWidget(m_backend, m_dashboardPage);
    m_dashboardPage->layout()->addWidget(m_dashboard);
    // Catch up with what the page would have been told had it been there from the start.
    if (m_unavailableReason)
        m_dashboard->showUnavailable(*m_unavailableReason);
    else if (m_reloadStarted)
        m_dashboard->reload();
    return m_dashboard;
}

void MainWindow::setSidePanesVisible(bool visible)
{
    m_regionView->setVisible(visible);
    m_details->setVisible(visible);
    m_operationsPane->setVisible(visible);
    if (visible)
        m_paneWidths->apply(); // the window may have changed width meanwhile
}

void MainWindow::onTabChanged(int)
{
    const bool dashboard = m_tabs->currentWidget() == m_dashboardPage;
    if (dashboard)
        this->dashboard();
    setSidePanesVisible(!dashboard);
    m_search->setEnabled(!dashboard);
    m_search->setToolTip(dashboard ? tr("The dashboard always covers every product and region.")
                                   : QString());
    if (ResourceFilterProxy *proxy = currentProxy()) {
        proxy->setRegionKey(m_regionKey);
        proxy->setFilterText(m_pendingFilter);
    }
    updateEmptyStates();
    updateActions();
    updateDetails();
}

void MainWindow::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void MainWindow::reveal(Tab tab, const QString &regionKey, const QString &id)
{
    const PendingReveal target{tab, regionKey, id};
    if (revealNow(target))
        m_pendingReveal.reset();
    else
        m_pendingReveal = target;
}

bool MainWindow::revealNow(const PendingReveal &target)
{
    const bool images = target.tab == Tab::Images;
    ResourceTableModel *model = images ? static_cast<ResourceTableModel *>(m_images)
                                       : static_cast<ResourceTableModel *>(m_instances);
    QTableView *table = images ? m_imageView : m_instanceView;
    ResourceFilterProxy *proxy = images ? m_imageProxy : m_instanceProxy;
    const int sourceRow = model->rowOfId(target.id);
    if (sourceRow < 0)
        return false;
    // Stay on a product-wide view that already holds the record; otherwise go to its region.
    const QString product = target.regionKey.section(QLatin1Char('/'), 0, 0);
    if (m_regionKey != target.regionKey && m_regionKey != product &&
        m_regionKey != product + QLatin1Char('/'))
        selectRegion(target.regionKey);
    showTab(target.tab);
    QModelIndex index = proxy->mapFromSource(model->index(sourceRow, 0));
    if (!index.isValid() && !m_search->text().isEmpty()) {
        m_search->clear();
        index = proxy->mapFromSource(model->index(sourceRow, 0));
    }
    if (!index.isValid())
        return false;
    table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
    table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    table->setFocus();
    return true;
}

void MainWindow::revealOperationTarget(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const Operation &operation = m_operations->operationAt(index.row());
    const QString regionKey = Region::regionKey(operation.product, operation.regionId);
    switch (operation.kind) {
    case OperationKind::CreateImage:
    case OperationKind::CopyImage:
    case OperationKind::EditImage:
        if (m_images->rowOfId(operation.targetId) < 0)
            statusBar()->showMessage(tr("Image \"%1\" no longer exists.").arg(operation.targetName),
                                     5000);
        reveal(Tab::Images, regionKey, operation.targetId);
        return;
    case OperationKind::LaunchInstances:
    case OperationKind::StartInstance:
    case OperationKind::StopInstance:
        reveal(Tab::Instances, regionKey, operation.targetId);
        return;
    case OperationKind::DeleteImage:
    case OperationKind::ReleaseImage:
        statusBar()->showMessage(OperationText::outcome(operation), 5000);
        return;
    }
}

void MainWindow::updateEmptyStates()
{
    const QString region = m_regions->displayNameForKey(m_regionKey);
    const bool filtering = !m_pendingFilter.isEmpty();
    const QString filtered = tr("Nothing matches \"%1\". Clear the filter (Esc in the search "
                                "field) to see everything in %2.")
                                 .arg(m_pendingFilter, region);
    m_instanceEmpty->setEmptyText(tr("No instances in %1.").arg(region));
    m_imageEmpty->setEmptyText(
        tr("No custom images in %1 yet.\nSelect an instance on the Instances tab and choose "
           "Create Image (Ctrl+I).")
            .arg(region));
    m_snapshotEmpty->setEmptyText(
        tr("No snapshots in %1.\nSnapshots appear when images are made from instances.")
            .arg(region));
    for (EmptyStateOverlay *overlay : {m_instanceEmpty, m_imageEmpty, m_snapshotEmpty}) {
        overlay->setFilteredText(filtered);
        overlay->setFiltering(filtering);
    }
}

QTableView *MainWindow::currentTable() const
{
    return qobject_cast<QTableView *>(m_tabs->currentWidget());
}

ResourceFilterProxy *MainWindow::currentProxy() const
{
    switch (Tab(m_tabs->currentIndex())) {
    case Tab::Instances:
        return m_instanceProxy;
    case Tab::Images:
        return m_imageProxy;
    case Tab::Snapshots:
        return m_snapshotProxy;
    case Tab::Dashboard:
        return nullptr;
    }
    return nullptr;
}

QList<Instance> MainWindow::selectedInstances() const
{
    if (currentTable() != m_instanceView)
        return {};
    return selectedRows<Instance>(m_instanceView, m_instanceProxy, m_instances,
                                  &InstanceTableModel::instanceAt);
}

QList<Image> MainWindow::selectedImages() const
{
    if (currentTable() != m_imageView)
        return {};
    return selectedRows<Image>(m_imageView, m_imageProxy, m_images, &ImageTableModel::imageAt);
}

QList<Snapshot> MainWindow::selectedSnapshots() const
{
    if (currentTable() != m_snapshotView)
        return {};
    return selectedRows<Snapshot>(m_snapshotView, m_snapshotProxy, m_snapshots,
                                  &SnapshotTableModel::snapshotAt);
}

ImageQuota MainWindow::quotaFor(Product product, const QString &regionId) const
{
    const ProductPolicy &policy = m_backend->policyForRegion(product, regionId);
    ImageQuota quota;
    quota.product = product;
    quota.regionId = regionId;
    quota.used = m_regions->imageCount(Region::regionKey(product, regionId));
    quota.quota = policy.customImageQuota(regionId);
    quota.freeTier = policy.freeImagesPerRegion();
    return quota;
}

ActionAvailability MainWindow::availability() const
{
    return ActionAvailability(
        [this](Product p, const QString &region) -> const ProductPolicy & {
            return m_backend->policyForRegion(p, region);
        },
        [this](Product p, const QString &region) { return quotaFor(p, region); }, m_account);
}

void MainWindow::updateActions()
{
    const ActionAvailability rules = availability();
    const QList<Instance> instances = selectedInstances();
    const QList<Image> images = selectedImages();
    auto apply = [](QAction *action, const ActionState &state, const QString &help) {
        action->setEnabled(state.enabled);
        action->setToolTip(state.enabled ? help : state.reason);
        action->setStatusTip(action->toolTip());
    };
    if (currentTable() == m_snapshotView)
        apply(m_createImageAction, rules.createImageFromSnapshots(selectedSnapshots()),
              tr("Make a custom image from the selected snapshot (Ctrl+I)"));
    else
        apply(m_createImageAction, rules.createImage(instances),
              tr("Make a custom image from the selected instance (Ctrl+I)"));
    apply(m_startAction, rules.startInstances(instances), tr("Start the selected instances"));
    apply(m_stopAction, rules.stopInstances(instances), tr("Stop the selected instances"));
    apply(m_launchAction, rules.launchInstances(images),
          tr("Launch new instances from the selected image (Ctrl+L)"));
    apply(m_copyAction, rules.copyImage(images), tr("Copy the selected image to another region"));
    apply(m_editAction, rules.editImage(images), tr("Rename the image or edit its description"));
    apply(m_deleteAction, rules.deleteImages(images), tr("Delete the selected images"));
    // The menu says what it will do to how many: "Delete 2,399 Images…", not "Delete Image…".
    m_deleteAction->setText(images.size() > 1 ? tr("&Delete %n Images…", "", int(images.size()))
                                              : tr("&Delete Image…"));
    m_stopAction->setText(instances.size() > 1 ? tr("S&top %n Instances", "", int(instances.size()))
                                               : tr("S&top"));
    m_startAction->setText(
        instances.size() > 1 ? tr("&Start %n Instances", "", int(instances.size())) : tr("&Start"));
    if (!m_loaded) {
        for (QAction *a : {m_createImageAction, m_startAction, m_stopAction, m_launchAction,
                           m_copyAction, m_editAction, m_deleteAction}) {
            a->setEnabled(false);
            a->setToolTip(tr("Loading the account…"));
        }
    }
}

void MainWindow::updateDetails()
{
    if (!m_loaded)
        return;
    if (currentTable() == m_instanceView) {
        const QList<Instance> selection = selectedInstances();
        if (selection.size() == 1)
            return m_details->showInstance(selection.first(),
                                           {m_createImageAction, m_startAction, m_stopAction});
        return m_details->showNothing(
            selection.isEmpty() ? tr("Select an instance to see its disks and make an image "
                                     "from it.")
                                : tr("%n instances selected.", "", int(selection.size())));
    }
    if (currentTable() == m_imageView) {
        const QList<Image> selection = selectedImages();
        if (selection.size() != 1)
            return m_details->showNothing(
                selection.isEmpty() ? tr("Select an image to see its snapshots, quota impact "
                                         "and what you can do with it.")
                                    : tr("%n images selected.", "", int(selection.size())));
        const Image &image = selection.first();
        QList<Snapshot> snapshots;
        for (const QString &id : image.snapshotIds()) {
            Snapshot snapshot;
            if (m_snapshots->findSnapshot(id, &snapshot))
                snapshots << snapshot;
        }
        return m_details->showImage(image, snapshots, quotaFor(image.product, image.regionId),
                                    m_images->monthlyCostText(image),
                                    m_backend->policyForRegion(image.product, image.regionId),
                                    {m_launchAction, m_copyAction, m_editAction, m_deleteAction});
    }
    if (m_tabs->currentWidget() == m_dashboardPage)
        return m_details->showNothing(
            tr("Quota and estimated monthly cost for every product and region, from simulated "
               "list prices. Select a row of the other tabs for its details."));
    const QList<Snapshot> selection = selectedSnapshots();
    if (selection.size() == 1)
        return m_details->showSnapshot(
            selection.first(),
            m_backend->policyForRegion(selection.first().product, selection.first().regionId),
            {m_createImageAction});
    m_details->showNothing(tr("Select a snapshot to see what it backs."));
}

void MainWindow::onAccountChanged(const Account &account)
{
    m_account = account;
    m_accountKnown = true;
    int releaseAfterDays = 0;
    for (Product p : m_backend->products())
        releaseAfterDays =
            qMax(releaseAfterDays, m_backend->policy(p).overdueRule().releaseAfterDays);
    m_banner->setAccount(account, releaseAfterDays, m_backend->canControlAccount());
    updateStatusBar();
    updateActions();
}

void MainWindow::onOperationChanged(const Operation &operation)
{
    if (operation.isFinished())
        statusBar()->showMessage(OperationText::outcome(operation),
                                 operation.state == OperationState::Failed ? 10000 : 5000);
    updateCancelButton();
}

void MainWindow::updateStatusBar()
{
    m_backendLabel->setText(tr("Backend: %1").arg(m_backend->displayName()));
    m_accountLabel->setVisible(m_accountKnown);
    // The words say "overdue"; the colour only repeats it.
    m_accountLabel->setPalette(QPalette());
    if (m_account.isOverdue()) {
        m_accountLabel->setText(
            tr("Account overdue, balance %1").arg(CostEstimator::formatFen(m_account.balanceFen)));
        ThemeColors::setTextTone(m_accountLabel, ThemeColors::Tone::Error);
    } else {
        m_accountLabel->setText(
            tr("Balance %1").arg(CostEstimator::formatFen(m_account.balanceFen)));
    }
}

void MainWindow::updateCancelButton()
{
    const QModelIndexList rows = m_operationView->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_cancelOperation->setEnabled(false);
        m_cancelOperation->setToolTip(tr("Select a running operation that can be cancelled."));
        return;
    }
    const Operation &operation = m_operations->operationAt(rows.first().row());
    const bool can = !operation.isFinished() && operation.cancellable;
    m_cancelOperation->setEnabled(can);
    m_cancelOperation->setToolTip(
        can ? tr("Stop this operation and discard what it has made so far.")
        : operation.isFinished()
            ? tr("This operation has already finished.")
            : tr("The cloud cannot stop this kind of operation once it has started."));
}

void MainWindow::cancelSelectedOperation()
{
    const QModelIndexList rows = m_operationView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const Operation operation = m_operations->operationAt(rows.first().row());
    m_backend->cancelOperation(operation.id).then(this, [this](const Status &status) {
        if (!status)
            showError(tr("The operation could not be cancelled."), status.error());
    });
}

void MainWindow::startSelected()
{
    for (const Instance &instance : selectedInstances())
        m_backend->startInstance(instance.id).then(this, [this](const Result<Operation> &r) {
            if (!r)
                showError(tr("The instance could not be started."), r.error());
        });
}

void MainWindow::stopSelected()
{
    const QList<Instance> instances = selectedInstances();
    if (instances.isEmpty())
        return;
    // Stopping interrupts whatever runs there: ask first, as the providers' consoles do.
    QStringList names;
    for (const Instance &instance : instances)
        names << tr("%1 (%2)").arg(instance.name, instance.id);
    const int count = int(instances.size());
    ItemListDialog box(QMessageBox::Question, tr("Stop Instances"),
                       tr("Stop %n instance(s)? Programs running on them are interrupted; "
                          "pay-as-you-go billing stops once they are stopped.",
                          "", count),
                       this);
    box.setObjectName(QStringLiteral("stopConfirmation"));
    box.addList({}, names, QStringLiteral("instanceList"));
    QPushButton *cancel = box.addButton(QDialogButtonBox::Cancel);
    QPushButton *confirm =
        box.addButton(tr("Stop %n Instance(s)", "", count), QDialogButtonBox::AcceptRole);
    box.setDefaultButton(cancel);
    box.exec();
    if (box.clickedButton() != confirm)
        return;
    for (const Instance &instance : instances)
        m_backend->stopInstance(instance.id).then(this, [this](const Result<Operation> &r) {
            if (!r)
                showError(tr("The instance could not be stopped."), r.error());
        });
}

void MainWindow::deleteSelectedImages()
{
    const QList<Image> images = selectedImages();
    if (images.isEmpty())
        return;
    QStringList names;
    QStringList snapshots;
    bool billingContinues = false;
    names.reserve(images.size());
    for (const Image &image : images) {
        names << tr("%1 (%2)").arg(image.name, image.id);
        const ProductPolicy &policy = m_backend->policyForRegion(image.product, image.regionId);
        if (!policy.deleteRemovesAssociatedSnapshots())
            continue;
        for (const ImageDataDisk &disk : image.dataDisks)
            if (!disk.snapshotId.isEmpty())
                snapshots << tr("%1 — %2 GiB").arg(disk.snapshotId).arg(disk.sizeGiB);
        billingContinues = billingContinues || policy.snapshotBillingContinuesAfterDelete();
    }
    const int count = int(images.size());
    // Bounded: a summary sentence and scrollable lists, whatever the selection holds.
    ItemListDialog box(QMessageBox::Warning, tr("Delete Images"),
                       tr("Delete %n custom image(s)? This cannot be undone.", "", count), this);
    box.setObjectName(QStringLiteral("deleteConfirmation"));
    box.addList({}, names, QStringLiteral("imageList"));
    if (!snapshots.isEmpty()) {
        const int snapshotCount = int(snapshots.size());
        box.addList(count == 1 ? tr("The image's %n associated data-disk snapshot(s) will be "
                                    "deleted too:",
                                    "", snapshotCount)
                               : tr("The images' %n associated data-disk snapshot(s) will be "
                                    "deleted too:",
                                    "", snapshotCount),
                    snapshots, QStringLiteral("snapshotList"));
        if (billingContinues)
            box.setNote(tr("The disk snapshot service stays enabled and its billing continues."));
    }
    QPushButton *cancel = box.addButton(QDialogButtonBox::Cancel);
    QPushButton *confirm =
        box.addButton(tr("Delete %n Image(s)", "", count), QDialogButtonBox::DestructiveRole);
    box.setDefaultButton(cancel);
    box.exec();
    if (box.clickedButton() != confirm)
        return;
    QStringList ids;
    for (const Image &image : images)
        ids << image.id;
    m_backend->deleteImages(ids).then(this, [this](const Status &status) {
        if (!status)
            showError(tr("The images were not deleted."), status.error());
    });
}

void MainWindow::editSelectedImage()
{
    const QList<Image> images = selectedImages();
    if (images.size() != 1)
        return;
    const Image &image = images.first();
    auto *dialog =
        new EditImageDialog(m_backend, image, m_images->namesInRegion(image.regionKey()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::copySelectedImage()
{
    const QList<Image> images = selectedImages();
    if (images.size() != 1)
        return;
    const Image &image = images.first();
    QList<Region> regions;
    QHash<QString, QStringList> namesByRegion;
    // A copy stays within the image's own account.
    for (const QString &key : m_regions->regionKeys(image.product, image.id)) {
        if (const Region *region = m_regions->findRegion(key)) {
            regions << *region;
            namesByRegion.insert(region->id, m_images->namesInRegion(key));
        }
    }
    auto *dialog = new CopyImageDialog(m_backend, image, regions, namesByRegion, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CopyImageDialog::copyStarted, this, [this](const Operation &op) {
        statusBar()->showMessage(tr("Copying %1…").arg(op.targetName), 5000);
    });
    dialog->open();
}

void MainWindow::createImageFromSelection()
{
    const QList<Instance> instances = selectedInstances();
    const QList<Snapshot> snapshots = selectedSnapshots();
    CreateImageContext context;
    if (instances.size() == 1) {
        context.instance = instances.first();
        context.product = context.instance.product;
        context.regionId = context.instance.regionId;
    } else if (snapshots.size() == 1) {
        context.product = snapshots.first().product;
        context.regionId = snapshots.first().regionId;
        context.preselectedSnapshotId = snapshots.first().id;
    } else {
        return;
    }
    const QString regionKey = Region::regionKey(context.product, context.regionId);
    context.regionName = regionTitle(regionKey);
    context.regionSnapshots = m_snapshots->snapshotsInRegion(regionKey);
    context.imageNamesInRegion = m_images->namesInRegion(regionKey);
    context.quota = quotaFor(context.product, context.regionId);
    context.account = m_account;
    Image prospective;
    prospective.product = context.product;
    prospective.regionId = context.regionId;
    if (!context.instance.id.isEmpty()) {
        const Disk *system = context.instance.systemDisk();
        prospective.systemDiskGiB = system ? system->sizeGiB : 0;
        prospective.systemSnapshotId = QStringLiteral("prospective");
    }
    context.nextImageMonthlyFen =
        CostEstimator(m_backend->prices(context.product, context.regionId))
            .nextImageMonthlyFen(context.quota, prospective);

    auto *wizard = new CreateImageWizard(m_backend, context, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &CreateImageWizard::imageCreationStarted, this, [this](const Operation &op) {
        statusBar()->showMessage(tr("Creating image \"%1\"…").arg(op.targetName), 5000);
        // The new image, selected and in view, as soon as its row arrives.
        reveal(Tab::Images, Region::regionKey(op.product, op.regionId), op.targetId);
    });
    wizard->open();
}

void MainWindow::launchFromSelection()
{
    const QList<Image> images = selectedImages();
    if (images.size() != 1)
        return;
    LaunchContext context;
    context.image = images.first();
    if (const Region *region = m_regions->findRegion(context.image.regionKey())) {
        context.region = *region;
        context.region.name = regionTitle(context.image.regionKey());
    }
    context.instanceTypes = InstanceTypeCatalog::forProduct(context.image.product);
    auto *wizard = new LaunchWizard(m_backend, context, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &LaunchWizard::launchStarted, this,
            [this, imageName = context.image.name](const Operation &op) {
                statusBar()->showMessage(
                    tr("Launching %n instance(s) from image \"%1\"…", "", op.targetCount)
                        .arg(imageName),
                    5000);
                showTab(Tab::Instances);
            });
    wizard->open();
}

void MainWindow::topUp()
{
    const std::optional<qint64> fen =
        AmountDialog::ask(this, tr("Top Up"), tr("Amount to add to the simulated account (CNY):"),
                          10000, 1, 100'000'000);
    if (!fen)
        return;
    m_backend->topUp(*fen).then(this, [this](const Status &status) {
        if (!status)
            showError(tr("The account was not topped up."), status.error());
    });
}

void MainWindow::setBalance()
{
    const std::optional<qint64> fen = AmountDialog::ask(
        this, tr("Set Balance"),
        tr("Balance of the simulated account (CNY); below zero makes the account overdue:"),
        m_account.balanceFen, -100'000'000, 100'000'000);
    if (!fen)
        return;
    m_backend->setBalance(*fen).then(this, [this](const Status &status) {
        if (!status)
            showError(tr("The balance was not changed."), status.error());
    });
}

void MainWindow::showError(const QString &what, const Error &error)
{
    QMessageBox box(QMessageBox::Warning, windowTitle(), what, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("errorMessage"));
    box.setInformativeText(error.message);
    if (!error.remoteCode.isEmpty() || !error.requestId.isEmpty())
        box.setDetailedText(tr("Code: %1\nRequest ID: %2").arg(error.remoteCode, error.requestId));
    statusBar()->showMessage(what + QLatin1Char(' ') + error.message, 10000);
    box.exec();
}

void MainWindow::showContextMenu(QTableView *view, const QPoint &pos)
{
    QMenu menu(this);
    if (view == m_instanceView || view == m_snapshotView) {
        menu.addAction(m_createImageAction);
        if (view == m_snapshotView) {
            menu.setToolTipsVisible(true);
            menu.exec(view->viewport()->mapToGlobal(pos));
            return;
        }
        menu.addSeparator();
        menu.addAction(m_startAction);
        menu.addAction(m_stopAction);
    } else if (view == m_imageView) {
        menu.addAction(m_launchAction);
        menu.addAction(m_copyAction);
        menu.addAction(m_editAction);
        menu.addSeparator();
        menu.addAction(m_deleteAction);
    } else {
        return;
    }
    menu.setToolTipsVisible(true);
    menu.exec(view->viewport()->mapToGlobal(pos));
}

QList<std::pair<QTableView *, QString>> MainWindow::columnSettings() const
{
    return {{m_instanceView, QStringLiteral("ui/instanceColumns")},
            {m_imageView, QStringLiteral("ui/imageColumns")},
            {m_snapshotView, QStringLiteral("ui/snapshotColumns")},
            {m_operationView, QStringLiteral("ui/operationColumns")}};
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("ui/geometry")).toByteArray())) {
        const QRect screen = QGuiApplication::primaryScreen()
                                 ? QGuiApplication::primaryScreen()->availableGeometry()
                                 : QRect(0, 0, 1600, 1000);
        resize(screen.size() * 0.94);
        move(screen.center() - rect().center());
    }
    restoreState(settings.value(QStringLiteral("ui/state")).toByteArray());
    // Widths the user dragged are kept; otherwise the panes are shared by the rule (a saved
    // state of a build that had no rule is not the user's).
    m_paneWidths->restore(
        settings.value(QStringLiteral("ui/mainSplitter")).toByteArray(),
        settings.value(QStringLiteral("ui/panesSizedByUser"), false).toBool(),
        PaneWidthPolicy::Details(settings.value(QStringLiteral("ui/detailsPane"), 0).toInt()));
    m_centerSplitter->restoreState(
        settings.value(QStringLiteral("ui/centerSplitter")).toByteArray());
    for (auto [table, key] : columnSettings()) {
        QHeaderView *header = table->horizontalHeader();
        if (!header->restoreState(settings.value(key).toByteArray()))
            continue;
        m_sizedTables.insert(table);
        // Saved widths never make rows unreadable: the name column keeps a readable width.
        header->resizeSection(0, qMax(header->sectionSize(0), kMinNameColumnWidth));
    }
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("ui/tab"), 0).toInt());
    // A restored sort indicator is only a picture until the proxy is told; without one, sort
    // by name, A to Z (QHeaderView's own default order is descending).
    for (QTableView *table : {m_instanceView, m_imageView, m_snapshotView}) {
        const QHeaderView *header = table->horizontalHeader();
        if (m_sizedTables.contains(table))
            table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
        else
            table->sortByColumn(0, Qt::AscendingOrder);
    }
    showAccountColumns();
}

void MainWindow::showAccountColumns()
{
    // With several accounts every table says which account holds each row, next to its name;
    // with one, the column stays hidden whatever a saved layout says.
    const bool severalAccounts = !m_backend->accounts().isEmpty();
    const QList<QPair<QTableView *, int>> accountColumns{
        {m_instanceView, InstanceTableModel::AccountColumn},
        {m_imageView, ImageTableModel::AccountColumn},
        {m_snapshotView, SnapshotTableModel::AccountColumn},
        {m_operationView, OperationListModel::AccountColumn}};
    for (const auto &[view, column] : accountColumns) {
        view->setColumnHidden(column, !severalAccounts);
        if (severalAccounts)
            view->horizontalHeader()->moveSection(view->horizontalHeader()->visualIndex(column), 1);
    }
    // Three levels (account, product, region) indent less, so region names read in full.
    if (severalAccounts)
        m_regionView->setIndentation(12);
    m_paneWidths->apply();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("ui/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("ui/state"), saveState());
    settings.setValue(QStringLiteral("ui/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("ui/panesSizedByUser"), m_paneWidths->isUserSized());
    settings.setValue(QStringLiteral("ui/detailsPane"), int(m_paneWidths->details()));
    settings.setValue(QStringLiteral("ui/centerSplitter"), m_centerSplitter->saveState());
    // Only widths that were sized to rows (or restored) are worth keeping: a session that
    // never loaded must not save Qt's default 100 px for the next one.
    for (auto [table, key] : columnSettings()) {
        if (m_sizedTables.contains(table))
            settings.setValue(key, table->horizontalHeader()->saveState());
        else
            settings.remove(key);
    }
    settings.setValue(QStringLiteral("ui/tab"), m_tabs->currentIndex());
    if (!m_regionKey.isEmpty())
        settings.setValue(QStringLiteral("ui/lastRegion"), m_regionKey);
}

bool MainWindow::event(QEvent *event)
{
    // What the first frame does not show is made once it is painted, a piece per pass: the
    // dashboard's charts and the filter's clear icon (decoded from a file) cost milliseconds
    // that would otherwise delay the first frame past its budget.
    if (event->type() == QEvent::Paint && !m_firstFramePainted) {
        m_firstFramePainted = true;
        PassQueue::post(m_search, [search = m_search] { search->setClearButtonEnabled(true); });
        PassQueue::post(this, [this] { dashboard(); });
    }
    return QMainWindow::event(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
        m_search->clear();
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Splitters save hidden panes as collapsed: save them as the user sized them.
    setSidePanesVisible(true);
    saveSettings();
    event->accept();
}

} // namespace imprint
