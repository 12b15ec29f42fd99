#include "dashboardwidget.h"

#include "amountdialog.h"
#include "backend.h"
#include "costestimator.h"
#include "overduebanner.h"
#include "pricetable.h"
#include "quotabardelegate.h"
#include "quotacostmodel.h"
#include "themecolors.h"
#include "tonedelegate.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBoxLayout>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace imprint {

namespace {

constexpr int kChartDelayMs = 200;

// One bar of the charts: a (product, region) row that holds images.
struct ChartRow
{
    QString category;
    Product product = Product::Lighthouse;
    QString regionId;
    QString regionName;
    qint64 monthlyFen = 0;
    double quotaPercent = 0;
    int level = 0;
};

// Category labels a little smaller than the chart's text, so that one per bar fits.
QFont smallerFont(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * 0.85);
    return font;
}

// Replaces a bar set's values, touching only the ones that changed when the length is the
// same, so an unchanged chart is not laid out again.
void setValues(QBarSet *set, const QList<qreal> &values)
{
    if (set->count() == values.size()) {
        for (int i = 0; i < values.size(); ++i)
            if (set->at(i) != values.at(i))
                set->replace(i, values.at(i));
        return;
    }
    set->remove(0, set->count());
    set->append(values);
}

} // namespace

DashboardWidget::DashboardWidget(Backend *backend, QWidget *parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_model(new QuotaCostModel(backend, this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("dashboard"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(QuotaCostModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    buildUi();

    m_chartTimer.setSingleShot(true);
    m_chartTimer.setInterval(kChartDelayMs);
    connect(&m_chartTimer, &QTimer::timeout, this, &DashboardWidget::refreshCharts);

    connect(m_model, &QuotaCostModel::totalsChanged, this, [this] {
        updateTotals();
        scheduleCharts();
        // Repossessed counts feed the account panel's sentence.
        if (m_accountKnown)
            setAccount(m_account);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateEmptyState();
        m_view->resizeColumnsToContents();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &DashboardWidget::updateEmptyState);
    connect(m_model, &QuotaCostModel::loadingChanged, this, &DashboardWidget::updateEmptyState);
    connect(m_model, &QuotaCostModel::loadFailed, this, [this](const QString &message) {
        showMessage(tr("The dashboard could not be loaded. %1").arg(message), true);
        updateEmptyState();
    });
    // Nothing is fetched until reload(): the owner calls it once the backend is ready.
    if (m_backend)
        connect(m_backend, &Backend::accountChanged, this, &DashboardWidget::setAccount);
    updateTotals();
    updateEmptyState();
}

// ---- layout --------------------------------------------------------------------------------

void DashboardWidget::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildAccountPanel());

    auto *totalsRow = new QHBoxLayout;
    m_totalsLabel = new QLabel(this);
    m_totalsLabel->setObjectName(QStringLiteral("totalsLabel"));
    m_totalsLabel->setWordWrap(true);
    m_totalsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportButton = new QPushButton(tr("Export CSV…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportCsvButton"));
    m_exportButton->setToolTip(tr("Save the table as a CSV file for a spreadsheet."));
    connect(m_exportButton, &QPushButton::clicked, this, &DashboardWidget::askExportCsv);
    totalsRow->addWidget(m_totalsLabel, 1);
    totalsRow->addWidget(m_exportButton);
    layout->addLayout(totalsRow);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("dashboardMessage"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->hide();
    layout->addWidget(m_messageLabel);

    m_stack = new QStackedWidget(this);
    m_emptyLabel = new QLabel(m_stack);
    m_emptyLabel->setObjectName(QStringLiteral("emptyState"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_stack->addWidget(m_emptyLabel);

    // One page that scrolls as a whole: the table as tall as its rows, then the charts as tall
    // as their bars and legends. No nested scroll bars, nothing squeezed to two rows. A window
    // with room beside the table shows the charts there instead (arrangePage()).
    auto *page = new QWidget;
    m_pageLayout = new QBoxLayout(QBoxLayout::TopToBottom, page);
    auto *pageLayout = m_pageLayout;
    pageLayout->setContentsMargins(0, 0, 0, 0);
    m_view = new QTableView(page);
    m_view->setObjectName(QStringLiteral("quotaCostTable"));
    m_view->setAccessibleName(tr("Quota and cost by region"));
    m_view->setAccessibleDescription(
        tr("One row per product and region: custom images, quota, quota use, free tier, "
           "snapshot storage and estimated monthly cost."));
    m_view->setModel(m_proxy);
    // Whose region each row is, next to the product, when the window shows several accounts.
    const bool severalAccounts = m_backend && !m_backend->accounts().isEmpty();
    m_view->setColumnHidden(QuotaCostModel::AccountColumn, !severalAccounts);
    if (severalAccounts)
        m_view->horizontalHeader()->moveSection(
            m_view->horizontalHeader()->visualIndex(QuotaCostModel::AccountColumn), 0);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(QuotaCostModel::ProductColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    // Every column as wide as its text (Snapshot Storage included); a few dozen rows. None
    // stretched: a 500 px column holding "0" reads worse than the room given to the charts.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // As wide as its columns: the page scrolls sideways when the window is narrower, so no
    // column (To Be Repossessed, Snapshot Storage) is cut off.
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, m_view, [this] {
        m_view->setMinimumWidth(m_view->horizontalHeader()->length() + 2 * m_view->frameWidth());
    });
    m_view->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_view->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    // Cells that report a state (To Be Repossessed) in the theme's colour for it.
    m_view->setItemDelegate(new ToneDelegate(m_view));
    m_view->setItemDelegateForColumn(QuotaCostModel::QuotaUseColumn, new QuotaBarDelegate(m_view));
    buildCharts();
    // The charts side by side under the table; the user can move the splitter handle.
    auto *charts = new QSplitter(Qt::Horizontal, page);
    m_charts = charts;
    charts->setObjectName(QStringLiteral("chartSplitter"));
    charts->addWidget(m_costView);
    charts->addWidget(m_quotaView);
    charts->setChildrenCollapsible(false);
    pageLayout->addWidget(m_view, 0, Qt::AlignTop | Qt::AlignLeft);
    pageLayout->addWidget(charts, 1);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this,
            &DashboardWidget::arrangePage);
    auto *scroll = new QScrollArea(m_stack);
    m_scroll = scroll;
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    scroll->viewport()->installEventFilter(this);
    m_stack->addWidget(scroll);
    layout->addWidget(m_stack, 1);

    auto *note = new QLabel(tr("Costs are estimates from simulated list prices, not quotes from "
                               "the cloud. Hover over a cost to see where its prices come from."),
                            this);
    note->setObjectName(QStringLiteral("simulatedPricesNote"));
    note->setWordWrap(true);
    QFont small = note->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    note->setFont(small);
    layout->addWidget(note);
}

QWidget *DashboardWidget::buildAccountPanel()
{
    auto *panel = new QGroupBox(tr("Account"), this);
    panel->setObjectName(QStringLiteral("accountPanel"));
    m_balanceLabel = new QLabel(panel);
    m_balanceLabel->setObjectName(QStringLiteral("balanceLabel"));
    m_stateLabel = new QLabel(panel);
    m_stateLabel->setObjectName(QStringLiteral("accountStateLabel"));
    m_countdownLabel = new QLabel(panel);
    m_countdownLabel->setObjectName(QStringLiteral("releaseCountdownLabel"));
    m_countdownLabel->setWordWrap(true);
    m_countdownLabel->hide();
    m_topUpButton = new QPushButton(tr("Top Up…"), panel);
    m_topUpButton->setObjectName(QStringLiteral("dashboardTopUpButton"));
    m_topUpButton->setToolTip(tr("Add money to the simulated account."));
    m_topUpButton->setVisible(m_backend && m_backend->canControlAccount());
    connect(m_topUpButton, &QPushButton::clicked, this, &DashboardWidget::askTopUp);

    auto *text = new QVBoxLayout;
    auto *firstLine = new QHBoxLayout;
    firstLine->addWidget(m_balanceLabel);
    firstLine->addSpacing(16);
    firstLine->addWidget(m_stateLabel);
    firstLine->addStretch(1);
    text->addLayout(firstLine);
    text->addWidget(m_countdownLabel);
    auto *layout = new QHBoxLayout(panel);
    layout->addLayout(text, 1);
    layout->addWidget(m_topUpButton, 0, Qt::AlignTop);
    m_balanceLabel->setText(tr("Balance: loading…"));
    return panel;
}

void DashboardWidget::buildCharts()
{

    // Cost: one horizontal bar per (product, region) holding images, coloured by product (one
    // stacked set per product, so each bar shows its product's colour and the legend names it).
    auto *costChart = new QChart;
    costChart->setTitle(tr("Estimated monthly cost (CNY, simulated list prices)"));
    costChart->setAnimationOptions(QChart::NoAnimation);
    m_costSeries = new QHorizontalStackedBarSeries(costChart);
    m_costSeries->setBarWidth(0.7);
    const QList<Product> products = m_backend ? m_backend->products() : allProducts();
    for (Product product : products) {
        auto *set = new QBarSet(productShortName(product), m_costSeries);
        set->setProperty("product", int(product));
        m_costSeries->append(set);
    }
    costChart->addSeries(m_costSeries);
    m_costCategories = new QBarCategoryAxis(costChart);
    m_costCategories->setLabelsFont(smallerFont(costChart->font()));
    m_costCategories->setTruncateLabels(false);
    costChart->setMargins(QMargins(4, 4, 4, 4));
    m_costAxis = new QValueAxis(costChart);
    m_costAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_costAxis->setRange(0, 1);
    costChart->addAxis(m_costCategories, Qt::AlignLeft);
    costChart->addAxis(m_costAxis, Qt::AlignBottom);
    m_costSeries->attachAxis(m_costCategories);
    m_costSeries->attachAxis(m_costAxis);
    costChart->legend()->setAlignment(Qt::AlignBottom);
    m_costView = new QChartView(costChart, this);
    m_costView->setObjectName(QStringLiteral("costChart"));
    // A chart is a picture: its description says where the same numbers are as text.
    m_costView->setAccessibleName(tr("Estimated monthly cost chart"));
    m_costView->setAccessibleDescription(
        tr("A bar per product and region holding images; the table above lists the same "
           "costs."));
    m_costView->setRenderHint(QPainter::Antialiasing);
    m_costView->setMinimumSize(320, 240);

    // Quota use: one bar per (product, region) holding images, in % of the quota, coloured by
    // level like the table's bars (one stacked set per level).
    auto *quotaChart = new QChart;
    quotaChart->setTitle(tr("Quota use (% of the region's custom image quota)"));
    quotaChart->setAnimationOptions(QChart::NoAnimation);
    m_quotaSeries = new QHorizontalStackedBarSeries(quotaChart);
    m_quotaSeries->setBarWidth(0.7);
    const QStringList levelNames{tr("Below %1%").arg(QuotaCostModel::warningPercent),
                                 tr("%1% or more").arg(QuotaCostModel::warningPercent), tr("Full")};
    for (int level = 0; level < levelNames.size(); ++level) {
        auto *set = new QBarSet(levelNames.at(level), m_quotaSeries);
        set->setProperty("level", level);
        m_quotaSeries->append(set);
    }
    quotaChart->addSeries(m_quotaSeries);
    m_quotaCategories = new QBarCategoryAxis(quotaChart);
    m_quotaCategories->setLabelsFont(smallerFont(quotaChart->font()));
    m_quotaCategories->setTruncateLabels(false);
    quotaChart->setMargins(QMargins(4, 4, 4, 4));
    m_quotaAxis = new QValueAxis(quotaChart);
    m_quotaAxis->setRange(0, 100);
    m_quotaAxis->setLabelFormat(QStringLiteral("%d%%"));
    quotaChart->addAxis(m_quotaCategories, Qt::AlignLeft);
    quotaChart->addAxis(m_quotaAxis, Qt::AlignBottom);
    m_quotaSeries->attachAxis(m_quotaCategories);
    m_quotaSeries->attachAxis(m_quotaAxis);
    quotaChart->legend()->setAlignment(Qt::AlignBottom);
    m_quotaView = new QChartView(quotaChart, this);
    m_quotaView->setObjectName(QStringLiteral("quotaChart"));
    m_quotaView->setAccessibleName(tr("Quota use chart"));
    m_quotaView->setAccessibleDescription(
        tr("A bar per product and region holding images, in percent of its quota; the table "
           "above lists the same figures."));
    m_quotaView->setRenderHint(QPainter::Antialiasing);
    m_quotaView->setMinimumSize(320, 240);
    applyChartPalette();
}

void DashboardWidget::applyChartPalette()
{
    // The charts follow the widget palette: Qt's dark chart theme on a dark palette, then the
    // palette's own colours for the background and text, and ThemeColors for the bars (a theme
    // resets series colours and fonts, so both are set again afterwards).
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    QColor grid = pal.color(QPalette::Mid);
    for (QChartView *view : {m_costView, m_quotaView}) {
        QChart *chart = view->chart();
        chart->setTheme(ThemeColors::isDark(pal) ? QChart::ChartThemeDark
                                                 : QChart::ChartThemeLight);
        chart->setBackgroundBrush(pal.color(QPalette::Base));
        chart->setTitleBrush(text);
        chart->setTitleFont(font());
        chart->legend()->setLabelColor(text);
        chart->legend()->setFont(font());
        for (QAbstractAxis *axis : chart->axes()) {
            axis->setLabelsColor(text);
            axis->setLinePenColor(grid);
            axis->setGridLineColor(grid);
            axis->setLabelsFont(smallerFont(font()));
        }
        view->setBackgroundBrush(pal.color(QPalette::Base));
    }
    for (QBarSet *set : m_costSeries->barSets())
        set->setColor(ThemeColors::product(Product(set->property("product").toInt()), pal));
    for (QBarSet *set : m_quotaSeries->barSets())
        set->setColor(QuotaBarDelegate::levelColor(set->property("level").toInt(), pal));
}

bool DashboardWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        arrangePage();
    return QWidget::eventFilter(watched, event);
}

void DashboardWidget::arrangePage()
{
    // Beside the table when a chart of the least width fits there (1600 px: the table and the
    // charts on one screen); under it otherwise (1024 px), side by side.
    const int table = m_view->horizontalHeader()->length() + 2 * m_view->frameWidth();
    const int beside = table + m_pageLayout->spacing() + m_costView->minimumWidth() + 40;
    const bool wide = m_scroll->viewport()->width() >= beside;
    const auto direction = wide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_pageLayout->direction() == direction)
        return;
    m_pageLayout->setDirection(direction);
    m_charts->setOrientation(wide ? Qt::Vertical : Qt::Horizontal);
}

void DashboardWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_costView)
        applyChartPalette();
}

// ---- loading and live state ----------------------------------------------------------------

void DashboardWidget::reload()
{
    m_messageLabel->hide();
    m_reloadRequested = true;
    m_model->reload();
    if (!m_backend)
        return;
    m_topUpButton->setVisible(m_backend->canControlAccount());
    m_backend->fetchAccount().then(this, [this](const Result<Account> &account) {
        if (account.ok())
            setAccount(account.value());
        else
            m_balanceLabel->setText(tr("Balance: unknown (%1)").arg(account.error().message));
    });
}

void DashboardWidget::setAccount(const Account &account)
{
    m_account = account;
    m_accountKnown = true;
    m_balanceLabel->setText(tr("Balance: %1").arg(CostEstimator::formatFen(account.balanceFen)));
    if (account.isOverdue()) {
        m_stateLabel->setText(
            tr("Overdue since %1")
                .arg(QLocale().toString(account.overdueSince.toLocalTime(), QLocale::ShortFormat)));
        ThemeColors::setTextTone(m_stateLabel, ThemeColors::Tone::Error);
    } else {
        m_stateLabel->setText(tr("In good standing"));
        m_stateLabel->setPalette(QPalette());
    }
    QFont stateFont = m_stateLabel->font();
    stateFont.setBold(account.isOverdue());
    m_stateLabel->setFont(stateFont);

    // Products that repossess images when overdue, and when they will be released.
    QStringList lines;
    if (account.isOverdue() && m_backend) {
        for (Product product : m_backend->products()) {
            const OverdueRule rule = m_backend->policy(product).overdueRule();
            if (!rule.repossessesImages)
                continue;
            int repossessed = 0;
            for (int row = 0; row < m_model->rowCount(); ++row) {
                const QuotaCostModel::RowFigures f = m_model->rowFigures(row);
                if (f.product == product)
                    repossessed += f.repossessed;
            }
            const int days = OverdueBanner::daysLeft(account, rule.releaseAfterDays);
            if (rule.releaseAfterDays > 0 && days == 0 && repossessed == 0) {
                // After the release there is nothing left to repossess: say what happened.
                lines.append(tr("The %1 custom images were released after %n day(s) without a "
                                "top-up.",
                                "", rule.releaseAfterDays)
                                 .arg(productShortName(product)));
                continue;
            }
            QString line =
                tr("%n %1 custom image(s) to be repossessed and unusable.", "", repossessed)
                    .arg(productShortName(product));
            if (rule.releaseAfterDays > 0)
                line += QLatin1Char(' ') +
                        (days > 0 ? tr("Released in %n day(s) unless you top up.", "", days)
                                  : tr("They are being released now."));
            lines.append(line);
        }
    }
    m_countdownLabel->setText(lines.join(QLatin1Char('\n')));
    m_countdownLabel->setVisible(!lines.isEmpty());
}

void DashboardWidget::updateTotals()
{
    const QuotaCostModel::Totals totals = m_model->totals();
    QString text =
        tr("%n custom image(s), estimated %1 a month at simulated list prices", "", totals.images)
            .arg(CostEstimator::formatFen(totals.monthlyFen));
    QStringList perProduct;
    const QList<Product> products = m_backend ? m_backend->products() : allProducts();
    for (Product product : products)
        perProduct.append(
            tr("%1: %n image(s), %2", "", totals.imagesByProduct[size_t(product)])
                .arg(productShortName(product),
                     CostEstimator::formatFen(totals.monthlyFenByProduct[size_t(product)])));
    if (!perProduct.isEmpty())
        text += QStringLiteral(" \u2014 ") + perProduct.join(QStringLiteral(" \u00b7 "));
    // With several accounts, each account's share of the totals too.
    QStringList perAccount;
    if (m_backend)
        for (const AccountStatus &account : m_backend->accounts())
            perAccount.append(
                tr("%1: %n image(s), %2", "", totals.imagesByAccount.value(account.id))
                    .arg(account.name,
                         CostEstimator::formatFen(totals.monthlyFenByAccount.value(account.id))));
    if (!perAccount.isEmpty())
        text += QLatin1Char('\n') + perAccount.join(QStringLiteral(" \u00b7 "));
    if (totals.repossessed > 0)
        text +=
            QLatin1Char('\n') + tr("%n custom image(s) to be repossessed", "", totals.repossessed);
    m_totalsLabel->setText(text);
}

void DashboardWidget::updateEmptyState()
{
    if (m_model->rowCount() > 0) {
        m_stack->setCurrentIndex(1);
        m_exportButton->setEnabled(true);
        return;
    }
    if (m_model->isLoading() || !m_reloadRequested)
        m_emptyLabel->setText(tr("Loading quotas and costs…"));
    else if (!m_model->lastError().isEmpty())
        m_emptyLabel->setText(tr("Quotas and costs could not be loaded: %1\nCheck the connection, "
                                 "then reopen the tab or reload.")
                                  .arg(m_model->lastError()));
    else
        m_emptyLabel->setText(tr("There are no regions to show yet. Regions appear here as soon "
                                 "as the cloud reports them or a custom image is created."));
    m_stack->setCurrentIndex(0);
    m_exportButton->setEnabled(false);
}

void DashboardWidget::showUnavailable(const QString &message)
{
    m_emptyLabel->setText(tr("Quotas and costs could not be loaded: %1").arg(message));
    m_stack->setCurrentIndex(0);
    m_exportButton->setEnabled(false);
}

void DashboardWidget::showMessage(const QString &text, bool error)
{
    m_messageLabel->setText(text);
    m_messageLabel->setPalette(QPalette());
    if (error)
        ThemeColors::setTextTone(m_messageLabel, ThemeColors::Tone::Error);
    m_messageLabel->setVisible(!text.isEmpty());
}

// ---- charts --------------------------------------------------------------------------------

void DashboardWidget::scheduleCharts()
{
    // Coalesce: the first change starts the timer; later ones ride along.
    if (!m_chartTimer.isActive())
        m_chartTimer.start();
}

void DashboardWidget::refreshCharts()
{
    m_chartTimer.stop();
    QList<ChartRow> rows;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QuotaCostModel::RowFigures f = m_model->rowFigures(row);
        if (f.images == 0)
            continue;
        ChartRow c;
        c.product = f.product;
        c.regionId = f.regionId;
        c.regionName = f.regionName.isEmpty() ? f.regionId : f.regionName;
        // Region ids are short and unique per product; names elide in a bar chart's margin.
        c.category = productShortName(f.product) + QLatin1Char(' ') + c.regionId;
        c.monthlyFen = f.monthlyFen;
        c.quotaPercent = f.quota > 0 ? qMin(100.0, 100.0 * f.images / f.quota) : 100.0;
        c.level = QuotaCostModel::quotaLevel(f.images, f.quota);
        rows.append(c);
    }
    // A stable order: by product, then region name. The bar axis draws its first category at
    // the bottom, so the list is reversed to read from the top.
    std::sort(rows.begin(), rows.end(), [](const ChartRow &a, const ChartRow &b) {
        if (a.product != b.product)
            return int(a.product) > int(b.product);
        return a.regionName.localeAwareCompare(b.regionName) > 0;
    });
    // The category axis needs distinct names; two regions of one product that share a name
    // are told apart by their ids.
    QStringList categories;
    for (ChartRow &c : rows) {
        if (categories.contains(c.category))
            c.category += QStringLiteral(" (%1)").arg(c.regionId);
        categories.append(c.category);
    }

    qint64 maxFen = 0;
    for (QBarSet *set : m_costSeries->barSets()) {
        const Product product = Product(set->property("product").toInt());
        QList<qreal> values;
        values.reserve(rows.size());
        for (const ChartRow &c : rows) {
            // Yuan as a number for the chart's scale only; every figure shown as text is fen.
            values.append(c.product == product ? qreal(c.monthlyFen) / 100.0 : 0.0);
            if (c.product == product)
                maxFen = qMax(maxFen, c.monthlyFen);
        }
        setValues(set, values);
    }
    const QList<QBarSet *> levelSets = m_quotaSeries->barSets();
    for (int level = 0; level < levelSets.size(); ++level) {
        QList<qreal> values;
        values.reserve(rows.size());
        for (const ChartRow &c : rows)
            values.append(c.level == level ? c.quotaPercent : 0.0);
        setValues(levelSets.at(level), values);
    }
    if (categories != m_chartCategories) {
        m_chartCategories = categories;
        m_costCategories->setCategories(categories);
        m_quotaCategories->setCategories(categories);
        // Enough height for every label and the legend: Qt Charts elides what would overlap.
        const int height = qMax(300, 16 * int(categories.size()) + 160);
        m_costView->setMinimumHeight(height);
        m_quotaView->setMinimumHeight(height);
    }
    // A scale with round ticks and a little headroom, set again only when the top moves.
    const qreal top = qMax<qreal>(1.0, std::ceil(qreal(maxFen) * 1.05 / 100.0));
    if (top != m_costTop) {
        m_costTop = top;
        m_costAxis->setRange(0, top);
        m_costAxis->applyNiceNumbers();
    }
    // Whole titles, with and without custom images, so that each reads right translated.
    m_costView->chart()->setTitle(
        rows.isEmpty()
            ? tr("Estimated monthly cost (CNY, simulated list prices): no custom images yet")
            : tr("Estimated monthly cost (CNY, simulated list prices)"));
    m_quotaView->chart()->setTitle(
        rows.isEmpty()
            ? tr("Quota use (% of the region's custom image quota): no custom images yet")
            : tr("Quota use (% of the region's custom image quota)"));
}

// ---- account -------------------------------------------------------------------------------

void DashboardWidget::askTopUp()
{
    if (const std::optional<qint64> fen = AmountDialog::ask(
            this, tr("Top Up"), tr("Amount to add to the simulated account (CNY):"), 10000, 1,
            100'000'000))
        topUp(*fen);
}

void DashboardWidget::topUp(qint64 amountFen)
{
    if (!m_backend || !m_backend->canControlAccount())
        return;
    showMessage(QString(), false);
    m_backend->topUp(amountFen).then(this, [this, amountFen](const Status &status) {
        if (!status) {
            showMessage(tr("The account was not topped up: %1").arg(status.error().message), true);
            return;
        }
        showMessage(tr("Added %1 to the account.").arg(CostEstimator::formatFen(amountFen)), false);
        // The account's own signal follows; asking again covers backends that only answer.
        m_backend->fetchAccount().then(this, [this](const Result<Account> &account) {
            if (account.ok())
                setAccount(account.value());
        });
    });
}

// ---- export --------------------------------------------------------------------------------

QString DashboardWidget::csvField(const QString &value, bool text)
{
    QString field = value;
    static const QString formulaStart = QStringLiteral("=+-@\t\r");
    if (text && !field.isEmpty() && formulaStart.contains(field.at(0)))
        field.prepend(QLatin1Char('\''));
    const bool quote = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
                       field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r')) ||
                       field.startsWith(QLatin1Char(' ')) || field.endsWith(QLatin1Char(' '));
    if (!quote)
        return field;
    field.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + field + QLatin1Char('"');
}

QString DashboardWidget::csvText() const
{
    const QString crlf = QStringLiteral("\r\n");
    auto line = [](const QStringList &fields) { return fields.join(QLatin1Char(',')); };
    QStringList header{tr("Product"),
                       tr("Region ID"),
                       tr("Region"),
                       tr("Custom images"),
                       tr("Quota"),
                       tr("Quota use %"),
                       tr("Free tier used"),
                       tr("Free tier"),
                       tr("Snapshot storage GiB"),
                       tr("Estimated monthly cost CNY"),
                       tr("To be repossessed"),
                       tr("Prices")};
    for (QString &h : header)
        h = csvField(h);
    QString csv = line(header) + crlf;
    auto number = [](qint64 n) { return QString::number(n); };
    for (int proxyRow = 0; proxyRow < m_proxy->rowCount(); ++proxyRow) {
        const int row = m_proxy->mapToSource(m_proxy->index(proxyRow, 0)).row();
        const QuotaCostModel::RowFigures f = m_model->rowFigures(row);
        const qint64 percent = f.quota > 0 ? qint64(f.images) * 100 / f.quota : 0;
        csv += line({csvField(productShortName(f.product)), csvField(f.regionId),
                     csvField(f.regionName.isEmpty() ? f.regionId : f.regionName), number(f.images),
                     number(f.quota), number(percent), number(f.freeTierUsed), number(f.freeTier),
                     number(f.snapshotGiB), PriceTable::fenToDecimal(f.monthlyFen),
                     number(f.repossessed),
                     csvField(f.pricesSimulated
                                  ? tr("simulated list price")
                                  : tr("simulated list price, seeded from published figures"))}) +
               crlf;
    }
    const QuotaCostModel::Totals t = m_model->totals();
    csv += line({csvField(tr("Total")), QString(), QString(), number(t.images), QString(),
                 QString(), QString(), QString(), number(t.snapshotGiB),
                 PriceTable::fenToDecimal(t.monthlyFen), number(t.repossessed), QString()}) +
           crlf;
    return csv;
}

QString DashboardWidget::exportCsv(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("The file %1 could not be opened for writing: %2. Choose another folder.")
            .arg(path, file.errorString());
    const QByteArray bytes = csvText().toUtf8();
    if (file.write(bytes) != bytes.size() || !file.commit())
        return tr("The file %1 could not be written: %2. Check the free space and try again.")
            .arg(path, file.errorString());
    return {};
}

void DashboardWidget::askExportCsv()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export CSV"), QStringLiteral("quota-and-cost.csv"),
                                     tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString error = exportCsv(path);
    if (error.isEmpty())
        showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), false);
    else
        showMessage(error, true);
}

// ---- text for tests and accessibility ------------------------------------------------------

QString DashboardWidget::totalsText() const
{
    return m_totalsLabel->text();
}

QString DashboardWidget::accountText() const
{
    return m_balanceLabel->text() + QLatin1Char('\n') + m_stateLabel->text();
}

QString DashboardWidget::countdownText() const
{
    return m_countdownLabel->isHidden() ? QString() : m_countdownLabel->text();
}

} // namespace imprint
