#pragma once

#include "backend.h"
#include "itemroles.h"

#include <QAbstractItemModel>

#include <array>
#include <functional>

namespace imprint {

// Product -> region tree with how many instances and custom images each holds; with several
// accounts (Backend::accounts()), account -> product -> region. Counts follow the Backend's
// change signals; a change repaints only the count cells it moved (the region's, its
// product's and its account's).
//
// Product rows: RegionKeyRole is "<product key>/" (e.g. "lighthouse/"), which
// ResourceFilterProxy::setRegionKey() takes as "the whole product"; IdRole the product key.
// Under an account the product row's key is "lighthouse/a2:" (that account's product only).
// Account rows: RegionKeyRole "a2:", IdRole the account id, AccountStatusRole its
// AccountStatus; the name says when it is connecting or failed, the tooltip why.
// Region rows: RegionKeyRole is Region::key(), IdRole the region id, RecordRole the Region.
class RegionTreeModel : public QAbstractItemModel, public ItemRoles
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)

public:
    enum Column { NameColumn, InstancesColumn, ImagesColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { AccountStatusRole = RecordRole + 100 };

    explicit RegionTreeModel(Backend *backend, QObject *parent = nullptr);

    // A reload answer this large is counted on a worker thread, off the GUI thread.
    static constexpr qsizetype AsyncCountThreshold = 20000;

    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The row of a region key ("lighthouse/ap-guangzhou") or product key ("lighthouse/" or
    // "lighthouse"); invalid when there is none.
    QModelIndex indexForKey(const QString &key, int column = NameColumn) const;
    // "South China (Guangzhou)" for a region key, the product's name for a product key,
    // "all regions" for an empty key; the key itself when unknown.
    QString displayNameForKey(const QString &key) const;
    // The keys of the regions of one product, in tree order; with `accountOf` (a scoped id or
    // region key), only that account's.
    QStringList regionKeys(Product product, const QString &accountOf = {}) const;
    // Whether the tree has an account level (the backend spans several accounts).
    bool showsAccounts() const { return !m_accounts.isEmpty(); }
    const Region *findRegion(const QString &regionKey) const;

    // Counts per region key, or per product for a product key ("lighthouse/").
    int imageCount(const QString &key) const;
    int instanceCount(const QString &key) const;

    bool isLoading() const;

public slots:
    // Fetches regions, images and instances; emits loaded() once the regions are in.
    void reload();
    // A load: rebuilds the tree in one model reset. Counts are kept.
    void setRegions(const QList<Region> &regions);
    // Loads: recount, then one dataChanged per product for its count column.
    void setImages(const QList<Image> &images);
    void setInstances(const QList<Instance> &instances);
    // Backend batches: counts move record by record, then each count cell that changed gets
    // one dataChanged (a region's and its product's), however many records the batch holds.
    void upsertImages(const QList<imprint::Image> &images);
    void removeImages(const QStringList &imageIds);
    void upsertInstances(const QList<imprint::Instance> &instances);
    void removeInstances(const QStringList &instanceIds);
    // Batches of one.
    void upsertImage(const Image &image) { upsertImages({image}); }
    void removeImage(const QString &imageId) { removeImages({imageId}); }
    void upsertInstance(const Instance &instance) { upsertInstances({instance}); }
    void removeInstance(const QString &instanceId) { removeInstances({instanceId}); }
    // An account's node follows its state (connecting, connected, failed and why).
    void setAccountStatus(const imprint::AccountStatus &status);

signals:
    void loaded();
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);

private:
    enum class Kind { Instances = 0, Images = 1 };
    // What a worker hands back: each record's region slot and the count per slot.
    struct RegionCounts
    {
        QList<QPair<Product, QString>> regions;
        QList<int> counts;
        QHash<QString, int> slotOfId;
    };
    template <typename Record> void loadCounts(Kind kind, const QList<Record> &records);
    template <typename Record> static RegionCounts countByRegion(const QList<Record> &records);
    void swapCounts(Kind kind, RegionCounts counted);
    bool deferWhileCounting(Kind kind, std::function<void()> change);
    std::array<quint64, 2> m_countGeneration{};
    std::array<bool, 2> m_countPending{};
    std::array<QList<std::function<void()>>, 2> m_deferredChanges;
    struct Tally
    {
        Product product = Product::Lighthouse;
        int group = 0; // index into m_groups: its account's product
        int instances = 0;
        int images = 0;
        int productRow = -1; // its node in m_products; -1 while not (yet) a known region
        int regionRow = -1;
    };
    // The counts of one product of one account (the account "" when there are no accounts).
    struct Group
    {
        int instances = 0;
        int images = 0;
    };
    struct ProductNode
    {
        Product product = Product::Lighthouse;
        QString scope; // its account's id; empty without accounts
        int group = 0;
        int account = -1; // its row in m_accounts; -1 without accounts
        int row = 0;      // its row under its parent
        QList<Region> regions;
        QList<int> tallies; // per region, index into m_tallies
    };
    struct AccountNode
    {
        AccountStatus status;
        QList<int> products; // indices into m_products, in row order
    };

    enum Fetch { RegionsFetch, ImagesFetch, InstancesFetch, FetchCount };

    int tallyFor(Product product, const QString &regionId);
    int tallyForKey(Product product, const QString &key);
    template <typename Record> void upsertRecords(Kind kind, const QList<Record> &records);
    void removeRecords(Kind kind, const QStringList &ids);
    // Moves a count without telling anyone; `touched` collects the tally for emitTouched().
    void adjust(int tally, Kind kind, int delta, QList<int> &touched);
    void emitTouched(Kind kind, const QList<int> &touched);
    void count(Kind kind, const QString &id, int tally);
    // The node of a product of an account; -1 when the tree has none.
    int productNode(Product product, const QString &scope = {}) const;
    QModelIndex nodeIndex(int node, int column = NameColumn) const;
    int groupFor(Product product, const QString &scope);
    int nodeOf(const QModelIndex &productRow) const;
    static bool isAccountRow(const QModelIndex &index);
    QVariant accountData(const AccountNode &account, int column, int role) const;
    // After a load: one dataChanged per product for the kind's count column.
    void emitCountColumn(Kind kind);
    template <typename T, typename Apply>
    void fetch(Fetch which, QFuture<Result<T>> future, Apply apply);
    void setPending(Fetch which, bool pending);

    Backend *m_backend = nullptr;
    QList<AccountNode> m_accounts; // empty: products are the top level
    QList<ProductNode> m_products;
    QList<Group> m_groups;
    QHash<QString, int> m_groupOf; // "<scope>/<product key>" -> index in m_groups
    QList<Tally> m_tallies;
    QHash<QString, int> m_tallyOfKey;                   // region key -> index in m_tallies
    std::array<QHash<QString, int>, 4> m_tallyOfRegion; // per product: region id -> index
    QHash<QString, int> m_imageTally;                   // image id -> tally, to count removals
    QHash<QString, int> m_instanceTally;                // instance id -> tally
    std::array<quint64, FetchCount> m_fetchGeneration{};
    std::array<bool, FetchCount> m_pending{};
};

} // namespace imprint
