#pragma once

#include "account.h"

#include <QStringList>
#include <QTimer>
#include <QWidget>

class QBoxLayout;
class QChart;
class QChartView;
class QHorizontalStackedBarSeries;
class QBarCategoryAxis;
class QValueAxis;
class QLabel;
class QPushButton;
class QScrollArea;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace imprint {

class Backend;
class QuotaCostModel;

// The "Quota and cost" tab: per (product, region) custom images against quota and free tier,
// the snapshot storage behind them and the estimated monthly cost at simulated list prices;
// totals; a cost chart and a quota chart; and the account (balance, overdue state, the
// count-down to the release of repossessed images, top-up where the backend allows it).
// Everything follows the Backend's change signals once reload() has been called; the charts
// are refreshed at most every 200 ms however many changes arrive.
class DashboardWidget : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardWidget(Backend *backend, QWidget *parent = nullptr);

    QuotaCostModel *model() const { return m_model; }
    Account account() const { return m_account; }

    // Writes the table (in the view's sort order) and a total row as CSV (RFC 4180: comma
    // separated, CRLF line ends, fields quoted when they hold a comma, quote or line break).
    // Returns an empty string on success, else a sentence saying what went wrong.
    QString exportCsv(const QString &path) const;
    // The CSV text exportCsv() writes.
    QString csvText() const;
    // One CSV field, quoted as needed. Text that a spreadsheet would run as a formula
    // (starting with = + - @) gets a leading apostrophe when `text` is set.
    static QString csvField(const QString &value, bool text = true);

    // What the totals line and the account panel say (tests, accessibility).
    QString totalsText() const;
    QString accountText() const;
    QString countdownText() const;

public slots:
    // Fetches everything (the model, the account). Nothing is fetched before the first call:
    // the owner calls it once the backend is ready, and may call it again at any time.
    void reload();
    // The backend never became ready: end the loading state with the reason.
    void showUnavailable(const QString &message);
    // Adds money to the simulated account (only where Backend::canControlAccount()).
    void topUp(qint64 amountFen);
    // Refreshes the charts now instead of when the coalescing timer fires.
    void refreshCharts();

private slots:
    void askTopUp();
    void askExportCsv();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    // The charts beside the table when the window has room for them there, else under it.
    void arrangePage();
    void applyChartPalette();
    QWidget *buildAccountPanel();
    void buildCharts();
    void setAccount(const Account &account);
    void updateTotals();
    void updateEmptyState();
    void scheduleCharts();
    void showMessage(const QString &text, bool error);

    Backend *m_backend;
    QuotaCostModel *m_model;
    QSortFilterProxyModel *m_proxy;
    Account m_account;
    bool m_accountKnown = false;
    bool m_reloadRequested = false;

    QLabel *m_balanceLabel = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_countdownLabel = nullptr;
    QPushButton *m_topUpButton = nullptr;
    QLabel *m_totalsLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QPushButton *m_exportButton = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QTableView *m_view = nullptr;
    QBoxLayout *m_pageLayout = nullptr;
    QSplitter *m_charts = nullptr;
    QScrollArea *m_scroll = nullptr;

    QChartView *m_costView = nullptr;
    QChartView *m_quotaView = nullptr;
    QHorizontalStackedBarSeries *m_costSeries = nullptr;
    QHorizontalStackedBarSeries *m_quotaSeries = nullptr;
    QBarCategoryAxis *m_costCategories = nullptr;
    QBarCategoryAxis *m_quotaCategories = nullptr;
    QValueAxis *m_costAxis = nullptr;
    QValueAxis *m_quotaAxis = nullptr;
    QStringList m_chartCategories;
    qreal m_costTop = -1;
    QTimer m_chartTimer;
};

} // namespace imprint
