#pragma once

#include "account.h"
#include "accountspec.h"
#include "actionavailability.h"
#include "backend.h"
#include "connectiondialog.h"
#include "error.h"
#include "operation.h"
#include "region.h"

#include <QFuture>
#include <QMainWindow>
#include <QSet>
#include <QTimer>

#include <optional>

class QAbstractItemModel;
class QAction;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QTreeView;

namespace imprint {

class Backend;
struct AccountStatus;
class DashboardWidget;
class DetailsPane;
class EmptyStateOverlay;
class ImageTableModel;
class InstanceTableModel;
class OperationListModel;
class OverdueBanner;
class PaneWidthPolicy;
class RegionTreeModel;
class ResourceFilterProxy;
class SnapshotTableModel;

// The console: region tree on the left, Instances / Images / Snapshots tabs in the middle, the
// details pane on the right and Recent Operations below. It talks to a Backend only.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Backend *backend, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads everything once the backend reports it is ready; shows the failure otherwise.
    void waitForBackend(QFuture<Status> ready);
    void reloadAll();
    // True once regions, instances and images have arrived and the window is usable.
    bool isLoaded() const { return m_loaded; }

    enum class Tab { Instances = 0, Images = 1, Snapshots = 2, Dashboard = 3 };
    void showTab(Tab tab);
    // Selects and scrolls to an image or instance by id (its region and tab first, the filter
    // cleared if it hides the row). One that has not arrived yet is shown when it does.
    void reveal(Tab tab, const QString &regionKey, const QString &id);
    // Selects a region (its key, e.g. "lighthouse/ap-guangzhou"; a product key shows all).
    void selectRegion(const QString &regionKey);

    QList<Instance> selectedInstances() const;
    QList<Image> selectedImages() const;
    QList<Snapshot> selectedSnapshots() const;
    ImageQuota quotaFor(Product product, const QString &regionId) const;

    // The kinds of account File > Accounts and Settings offer (the composition root's
    // registry). Until this is called the Accounts action is disabled.
    void setConnectionKinds(QList<ConnectionKind> kinds);

signals:
    // The user changed the accounts (File > Accounts, OK): the whole saved list in its order,
    // the keys typed for some of them (by account id) and the ids removed. The composition root
    // saves them and opens the window again over the enabled ones.
    void accountsChosen(const QList<imprint::AccountSpec> &accounts,
                        const QHash<QString, imprint::ConnectionChoice> &typedKeys,
                        const QSet<QString> &removedIds);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<ConnectionKind> m_connectionKinds;
    // What File > Accounts says an account is doing.
    static QString accountStateText(const AccountStatus &account);

    void createActions();
    void createMenus();
    void createWidgets();
    void connectBackend();
    void describeForAssistiveTechnology();
    void fitColumnsOnFirstLoad(QTableView *table, QAbstractItemModel *model);
    // The region tree's count columns, as wide as their widest count; refitted at most once a
    // pass after counts change (scheduleCountFit).
    void fitCountColumns();
    void scheduleCountFit();
    // What PaneWidthPolicy keeps whole: the region tree's names, the tables' key columns.
    int regionTreeWidth() const;
    int keyColumnsWidth() const;
    void restoreSettings();
    QList<std::pair<QTableView *, QString>> columnSettings() const;
    void saveSettings() const;

    void onRegionsLoaded();
    void onRegionChanged(const QModelIndex &current);
    void onSearchChanged(const QString &text);
    void onTabChanged(int index);
    void onAccountChanged(const Account &account);
    // Several accounts: a failed one is named in the status bar with Retry; one that connects
    // (again) brings its records in by a reload.
    void onAccountStatusChanged(const AccountStatus &status);
    void updateAccountProblems();
    void showAccountColumns();
    void retryFailedAccounts();
    // "South China (Guangzhou)", and with several accounts "… - Company" so a wizard says which
    // account it acts on.
    QString regionTitle(const QString &regionKey) const;
    void onOperationChanged(const Operation &operation);
    void updateActions();
    void updateDetails();
    void updateEmptyStates();
    void updateStatusBar();
    void updateCancelButton();

    void startSelected();
    void stopSelected();
    void deleteSelectedImages();
    void editSelectedImage();
    void copySelectedImage();
    void createImageFromSelection();
    void launchFromSelection();
    void cancelSelectedOperation();
    void topUp();
    void setBalance();
    void showError(const QString &what, const Error &error);
    void showContextMenu(QTableView *view, const QPoint &pos);

    ActionAvailability availability() const;
    QTableView *currentTable() const;
    ResourceFilterProxy *currentProxy() const;

    Backend *m_backend;
    Account m_account;
    QString m_regionKey;
    QString m_pendingFilter; // applied to other tabs lazily when they are shown
    bool m_loaded = false;
    bool m_reloadStarted = false; // reloadAll() ran: an account that connects later reloads
    // Tables whose column widths come from their rows or from saved settings; the others
    // still have Qt's defaults and are sized once rows arrive.
    QSet<const QTableView *> m_sizedTables;
    bool m_countFitScheduled = false; // fitCountColumns() is posted for a later pass
    static constexpr int kMinNameColumnWidth = 210;
    bool m_accountKnown = false;
    QTimer m_selectionRefresh;
    struct PendingReveal
    {
        Tab tab = Tab::Images;
        QString regionKey;
        QString id;
    };
    std::optional<PendingReveal> m_pendingReveal;
    bool revealNow(const PendingReveal &target);
    void revealOperationTarget(const QModelIndex &index);

    RegionTreeModel *m_regions;
    InstanceTableModel *m_instances;
    ImageTableModel *m_images;
    SnapshotTableModel *m_snapshots;
    OperationListModel *m_operations;
    ResourceFilterProxy *m_instanceProxy;
    ResourceFilterProxy *m_imageProxy;
    ResourceFilterProxy *m_snapshotProxy;

    QTreeView *m_regionView = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_instanceView = nullptr;
    QTableView *m_imageView = nullptr;
    QTableView *m_snapshotView = nullptr;
    QTableView *m_operationView = nullptr;
    EmptyStateOverlay *m_instanceEmpty = nullptr;
    EmptyStateOverlay *m_imageEmpty = nullptr;
    EmptyStateOverlay *m_snapshotEmpty = nullptr;
    EmptyStateOverlay *m_operationEmpty = nullptr;
    QLineEdit *m_search = nullptr;
    DetailsPane *m_details = nullptr;
    // The Quota & Cost page is built a pass after the window (or when first needed): its
    // charts cost several milliseconds that the first frame should not wait for.
    QWidget *m_dashboardPage = nullptr;
    DashboardWidget *m_dashboard = nullptr;
    std::optional<QString> m_unavailableReason; // the backend never became ready
    bool m_firstFramePainted = false;
    DashboardWidget *dashboard();
    OverdueBanner *m_banner = nullptr;
    QPushButton *m_cancelOperation = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    PaneWidthPolicy *m_paneWidths = nullptr;
    QSplitter *m_centerSplitter = nullptr;
    QWidget *m_operationsPane = nullptr;
    // The dashboard takes the whole window: its table and charts need the room (1024x700).
    void setSidePanesVisible(bool visible);
    QLabel *m_backendLabel = nullptr;
    QLabel *m_accountLabel = nullptr;
    QLabel *m_accountProblemLabel = nullptr;
    QPushButton *m_retryAccountsButton = nullptr;
    QHash<QString, AccountStatus::State> m_accountStates; // by account id

    QAction *m_createImageAction = nullptr;
    QAction *m_launchAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_startAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_topUpAction = nullptr;
    QAction *m_setBalanceAction = nullptr;
    QAction *m_accountsAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_detailsAction = nullptr;
    QAction *m_resetPanesAction = nullptr;
};

} // namespace imprint
