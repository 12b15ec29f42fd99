#pragma once

#include "error.h"
#include "image.h"
#include "imagequota.h"
#include "instance.h"
#include "productapi.h"
#include "region.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace imprint {

class RemoteCaller;

// The reads of the remote backend, built from single calls that each product's ProductApi
// describes: regions with their zones (looked up once and cached), lists paged through at the
// product's largest page until the total, lookups by id or by name, image quotas, and fan-out
// over every region of every product.
//
// Callback style rather than futures: every step runs in the client's thread, and a chain of
// paged and fanned-out calls reads more plainly as "call, then call back" than as nested
// QFuture continuations. Each `done` runs exactly once.
class RemoteReader : public QObject
{
    Q_OBJECT

public:
    template <typename T> using Done = std::function<void(Result<T>)>;

    // `products` outlive the reader; their order is the order of the regions.
    RemoteReader(RemoteCaller *caller, QList<const ProductApi *> products,
                 QObject *parent = nullptr);

    const QList<const ProductApi *> &products() const { return m_products; }
    // The API of a region's product (the reader has one for every region it lists).
    const ProductApi &api(Product product) const;

    // Every product's regions (in product order), each with its zones. Looked up once; callers that
    // ask while the lookup runs share it. A failed lookup is not cached.
    void regions(Done<QList<Region>> done);
    // Cached regions only (empty before the first lookup succeeded).
    const QList<Region> &knownRegions() const { return m_regions; }

    // Every custom image / instance of one region.
    void images(Product product, const QString &regionId, Done<QList<Image>> done);
    void instances(Product product, const QString &regionId, Done<QList<Instance>> done);
    // The ones of these that exist, in one region (ids the cloud does not know are left out).
    void imagesById(Product product, const QString &regionId, const QStringList &ids,
                    Done<QList<Image>> done);
    void instancesById(Product product, const QString &regionId, const QStringList &ids,
                       Done<QList<Instance>> done);
    // Custom images named exactly `name` in one region.
    void imagesByName(Product product, const QString &regionId, const QString &name,
                      Done<QList<Image>> done);
    // Where an image or instance is when its region is not known: every region of the product
    // is asked. NotFound when none has it.
    void findImage(Product product, const QString &id, Done<Image> done);
    void findInstance(Product product, const QString &id, Done<Instance> done);

    // The product's quota call, and where it lacks the count in use, one image's worth of the
    // custom image list for its total.
    void imageQuota(Product product, const QString &regionId, Done<ImageQuota> done);

    // Runs `each` for every region `regionKey` names (empty: every region of every product)
    // at once and concatenates the answers in region order. The first failure (in region
    // order) fails the whole, after every region has answered.
    template <typename T>
    using PerRegion = std::function<void(const Region &region, Done<QList<T>> done)>;
    template <typename T>
    void forRegions(const QString &regionKey, PerRegion<T> each, Done<QList<T>> done);
    template <typename T>
    static void forEachRegion(const QList<Region> &targets, PerRegion<T> each, Done<QList<T>> done);
    // Starts `count` lists at once (start(i, done) for each i), then answers with their
    // concatenation in index order, or the first failure in index order.
    template <typename T>
    static void gatherAll(qsizetype count,
                          std::function<void(qsizetype index, Done<QList<T>> done)> start,
                          Done<QList<T>> done);

    // The regions a key names: one ("cvm/ap-guangzhou"), or all of them for an empty key.
    Result<QList<Region>> regionsFor(const QString &regionKey) const;

private:
    template <typename T>
    using ByIds = void (RemoteReader::*)(Product, const QString &, const QStringList &,
                                         Done<QList<T>>);
    // Asks every region of the product for `id`; `notFound` when none has it.
    template <typename T>
    void find(Product product, const QString &id, ByIds<T> byIds, Error notFound, Done<T> done);
    template <typename T> struct Paging;
    template <typename T> void nextPage(std::shared_ptr<Paging<T>> paging);
    using PageBuilder = RemoteRequest (ProductApi::*)(const QString &, const ResourceQuery &) const;
    template <typename T>
    using PageParser = Result<Page<T>> (ProductApi::*)(const QJsonObject &, const QString &) const;
    // Every page of one list, concatenated.
    template <typename T>
    void pages(const ProductApi &api, const QString &regionId, const ResourceQuery &query,
               PageBuilder build, PageParser<T> parse, Done<QList<T>> done);
    void imageList(Product product, const QString &regionId, const ResourceQuery &query,
                   Done<QList<Image>> done);
    void instanceList(Product product, const QString &regionId, const ResourceQuery &query,
                      Done<QList<Instance>> done);
    // The disks of a product whose instance list lacks them (ProductApi::listInstanceDisks),
    // page by page from `offset`, onto `instances`.
    void attachDisks(const ProductApi &api, const QString &regionId,
                     std::shared_ptr<QList<Instance>> instances, int offset,
                     Done<QList<Instance>> done);
    void lookUpRegions(const ProductApi &api, Done<QList<Region>> done);
    void zonesOf(const ProductApi &api, Region region, Done<QList<Region>> done);

    RemoteCaller *m_caller;
    QList<const ProductApi *> m_products;
    QList<Region> m_regions;
    QList<Done<QList<Region>>> m_regionWaiters;
};

template <typename T>
void RemoteReader::forRegions(const QString &regionKey, PerRegion<T> each, Done<QList<T>> done)
{
    regions([this, regionKey, each, done](Result<QList<Region>> known) {
        if (!known) {
            done(known.error());
            return;
        }
        Result<QList<Region>> chosen = regionsFor(regionKey);
        if (!chosen) {
            done(chosen.error());
            return;
        }
        forEachRegion<T>(chosen.value(), each, done);
    });
}

template <typename T>
void RemoteReader::forEachRegion(const QList<Region> &targets, PerRegion<T> each,
                                 Done<QList<T>> done)
{
    gatherAll<T>(
        targets.size(),
        [targets, each](qsizetype i, Done<QList<T>> one) { each(targets.at(i), std::move(one)); },
        std::move(done));
}

template <typename T>
void RemoteReader::gatherAll(qsizetype count, std::function<void(qsizetype, Done<QList<T>>)> start,
                             Done<QList<T>> done)
{
    if (count == 0) {
        done(QList<T>());
        return;
    }
    struct Gather
    {
        QList<std::optional<Result<QList<T>>>> answers;
        qsizetype pending = 0;
    };
    auto gather = std::make_shared<Gather>();
    gather->answers.resize(count);
    gather->pending = count;
    for (qsizetype i = 0; i < count; ++i) {
        start(i, [gather, i, done](Result<QList<T>> answer) {
            gather->answers[i] = std::move(answer);
            if (--gather->pending > 0)
                return;
            QList<T> all;
            for (const std::optional<Result<QList<T>>> &a : std::as_const(gather->answers)) {
                if (!a->ok()) {
                    done(a->error());
                    return;
                }
                all += a->value();
            }
            done(all);
        });
    }
}

} // namespace imprint
