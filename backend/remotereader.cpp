#include "remotereader.h"

#include "remotecaller.h"

#include <QSet>

namespace imprint {

template <typename T> struct RemoteReader::Paging
{
    QString regionId;
    ResourceQuery query;
    std::function<RemoteRequest(const QString &, const ResourceQuery &)> build;
    std::function<Result<Page<T>>(const QJsonObject &, const QString &)> parse;
    QList<T> items;
    Done<QList<T>> done;
};

RemoteReader::RemoteReader(RemoteCaller *caller, QList<const ProductApi *> products,
                           QObject *parent)
    : QObject(parent)
    , m_caller(caller)
    , m_products(std::move(products))
{}

const ProductApi &RemoteReader::api(Product product) const
{
    for (const ProductApi *api : m_products)
        if (api->product() == product)
            return *api;
    // The engine refuses products it has no API for before it reads anything.
    Q_ASSERT_X(false, "RemoteReader::api", "no API for this product");
    return *m_products.first();
}

template <typename T> void RemoteReader::nextPage(std::shared_ptr<Paging<T>> paging)
{
    m_caller->call(paging->build(paging->regionId, paging->query),
                   [this, paging](Result<QJsonObject> answer) {
                       if (!answer) {
                           paging->done(answer.error());
                           return;
                       }
                       Result<Page<T>> page = paging->parse(answer.value(), paging->regionId);
                       if (!page) {
                           paging->done(page.error());
                           return;
                       }
                       paging->items += page->items;
                       // Stop at the total, and on an empty page: a total that grew while
                       // paging must not loop for ever.
                       if (page->items.isEmpty() || paging->items.size() >= page->totalCount) {
                           paging->done(paging->items);
                           return;
                       }
                       paging->query.offset += int(page->items.size());
                       nextPage(paging);
                   });
}

template <typename T>
void RemoteReader::pages(const ProductApi &api, const QString &regionId, const ResourceQuery &query,
                         PageBuilder build, PageParser<T> parse, Done<QList<T>> done)
{
    auto paging = std::make_shared<Paging<T>>();
    paging->regionId = regionId;
    paging->query = query;
    paging->query.limit = api.maxPageSize();
    paging->build = [&api, build](const QString &r, const ResourceQuery &q) {
        return (api.*build)(r, q);
    };
    paging->parse = [&api, parse](const QJsonObject &a, const QString &r) {
        return (api.*parse)(a, r);
    };
    paging->done = std::move(done);
    nextPage(paging);
}

void RemoteReader::imageList(Product product, const QString &regionId, const ResourceQuery &query,
                             Done<QList<Image>> done)
{
    pages<Image>(api(product), regionId, query, &ProductApi::listImages, &ProductApi::parseImages,
                 std::move(done));
}

void RemoteReader::instanceList(Product product, const QString &regionId,
                                const ResourceQuery &query, Done<QList<Instance>> done)
{
    const ProductApi &a = api(product);
    pages<Instance>(a, regionId, query, &ProductApi::listInstances, &ProductApi::parseInstances,
                    [this, &a, regionId, done](Result<QList<Instance>> listed) {
                        if (!listed || listed->isEmpty() || !a.listInstanceDisks(regionId, 0)) {
                            done(std::move(listed));
                            return;
                        }
                        attachDisks(a, regionId, std::make_shared<QList<Instance>>(listed.value()),
                                    0, done);
                    });
}

void RemoteReader::attachDisks(const ProductApi &api, const QString &regionId,
                               std::shared_ptr<QList<Instance>> instances, int offset,
                               Done<QList<Instance>> done)
{
    m_caller->call(*api.listInstanceDisks(regionId, offset),
                   [this, &api, regionId, instances, offset, done](Result<QJsonObject> answer) {
                       if (!answer) {
                           done(answer.error());
                           return;
                       }
                       const Result<QPair<int, int>> page =
                           api.attachInstanceDisks(answer.value(), *instances);
                       if (!page) {
                           done(page.error());
                           return;
                       }
                       // Stop at the total, and on an empty page (a total that grew while
                       // paging must not loop for ever).
                       const int next = offset + page->first;
                       if (page->first == 0 || next >= page->second) {
                           done(*instances);
                           return;
                       }
                       attachDisks(api, regionId, instances, next, done);
                   });
}

void RemoteReader::images(Product product, const QString &regionId, Done<QList<Image>> done)
{
    imageList(product, regionId, ResourceQuery(), std::move(done));
}

void RemoteReader::instances(Product product, const QString &regionId, Done<QList<Instance>> done)
{
    instanceList(product, regionId, ResourceQuery(), std::move(done));
}

namespace {

// At most `size` ids per request.
QList<QStringList> chunks(const QStringList &ids, int size)
{
    QList<QStringList> out;
    for (qsizetype i = 0; i < ids.size(); i += size)
        out << ids.mid(i, size);
    return out;
}

} // namespace

void RemoteReader::imagesById(Product product, const QString &regionId, const QStringList &ids,
                              Done<QList<Image>> done)
{
    const QList<QStringList> parts = chunks(ids, api(product).maxPageSize());
    gatherAll<Image>(
        parts.size(),
        [this, product, regionId, parts](qsizetype i, Done<QList<Image>> one) {
            ResourceQuery query;
            query.ids = parts.at(i);
            imageList(product, regionId, query, std::move(one));
        },
        std::move(done));
}

void RemoteReader::instancesById(Product product, const QString &regionId, const QStringList &ids,
                                 Done<QList<Instance>> done)
{
    const QList<QStringList> parts = chunks(ids, api(product).maxPageSize());
    gatherAll<Instance>(
        parts.size(),
        [this, product, regionId, parts](qsizetype i, Done<QList<Instance>> one) {
            ResourceQuery query;
            query.ids = parts.at(i);
            instanceList(product, regionId, query, std::move(one));
        },
        std::move(done));
}

void RemoteReader::imagesByName(Product product, const QString &regionId, const QString &name,
                                Done<QList<Image>> done)
{
    ResourceQuery query;
    query.name = name;
    imageList(product, regionId, query, [name, done](Result<QList<Image>> found) {
        if (!found) {
            done(found.error());
            return;
        }
        // The filter's matching rules are the server's; the name must be exactly this one.
        QList<Image> exact;
        for (const Image &image : found.value())
            if (image.name == name)
                exact << image;
        done(exact);
    });
}

template <typename T>
void RemoteReader::find(Product product, const QString &id, ByIds<T> byIds, Error notFound,
                        Done<T> done)
{
    regions([this, product, id, byIds, notFound, done](Result<QList<Region>> known) {
        if (!known) {
            done(known.error());
            return;
        }
        QList<Region> targets;
        for (const Region &r : known.value())
            if (r.product == product)
                targets << r;
        forEachRegion<T>(
            targets,
            [this, id, byIds](const Region &r, Done<QList<T>> one) {
                (this->*byIds)(r.product, r.id, {id}, std::move(one));
            },
            [notFound, done](Result<QList<T>> found) {
                if (!found)
                    done(found.error());
                else if (found->isEmpty())
                    done(notFound);
                else
                    done(found->first());
            });
    });
}

void RemoteReader::findImage(Product product, const QString &id, Done<Image> done)
{
    find<Image>(
        product, id, &RemoteReader::imagesById,
        Error(ErrorCode::NotFound,
              tr("Image %1 does not exist; refresh the image list and choose another.").arg(id)),
        std::move(done));
}

void RemoteReader::findInstance(Product product, const QString &id, Done<Instance> done)
{
    find<Instance>(product, id, &RemoteReader::instancesById,
                   Error(ErrorCode::NotFound, tr("Instance %1 does not exist; refresh the instance "
                                                 "list and choose another.")
                                                  .arg(id)),
                   std::move(done));
}

void RemoteReader::imageQuota(Product product, const QString &regionId, Done<ImageQuota> done)
{
    const ProductApi &api = this->api(product);
    auto counted = [this, &api, regionId, done](Result<ImageQuota> quota) {
        if (!quota || api.quotaCountsImages()) {
            done(std::move(quota));
            return;
        }
        // The quota's answer has the size only; one image's worth of the custom image list
        // gives the count in use (its total).
        ResourceQuery count;
        count.limit = 1;
        m_caller->call(api.listImages(regionId, count),
                       [&api, regionId, quota, done](Result<QJsonObject> listed) {
                           if (!listed) {
                               done(listed.error());
                               return;
                           }
                           Result<Page<Image>> page = api.parseImages(listed.value(), regionId);
                           if (!page) {
                               done(page.error());
                               return;
                           }
                           ImageQuota q = quota.value();
                           q.used = page->totalCount;
                           done(q);
                       });
    };
    const std::optional<RemoteRequest> ask = api.imageQuota(regionId);
    if (!ask) {
        // No quota action in this API: the documented figure, with its source.
        counted(api.parseImageQuota({}, regionId));
        return;
    }
    m_caller->call(*ask, [&api, regionId, counted](Result<QJsonObject> answer) {
        if (!answer) {
            counted(answer.error());
            return;
        }
        counted(api.parseImageQuota(answer.value(), regionId));
    });
}

void RemoteReader::regions(Done<QList<Region>> done)
{
    if (!m_regions.isEmpty()) {
        done(m_regions);
        return;
    }
    m_regionWaiters << std::move(done);
    if (m_regionWaiters.size() > 1)
        return; // a lookup is already on its way
    gatherAll<Region>(
        m_products.size(),
        [this](qsizetype i, Done<QList<Region>> one) {
            lookUpRegions(*m_products.at(i), std::move(one));
        },
        [this](Result<QList<Region>> all) {
            if (all)
                m_regions = all.value();
            const QList<Done<QList<Region>>> waiters = std::exchange(m_regionWaiters, {});
            for (const Done<QList<Region>> &waiter : waiters)
                waiter(all);
        });
}

void RemoteReader::lookUpRegions(const ProductApi &api, Done<QList<Region>> done)
{
    m_caller->call(api.listRegions(), [this, &api, done](Result<QJsonObject> a) {
        if (!a) {
            done(a.error());
            return;
        }
        Result<QList<Region>> listed = api.parseRegions(a.value());
        if (!listed) {
            done(listed.error());
            return;
        }
        const QList<Region> found = listed.value();
        gatherAll<Region>(
            found.size(),
            [this, &api, found](qsizetype i, Done<QList<Region>> one) {
                Region region = found.at(i);
                region.product = api.product();
                zonesOf(api, region, std::move(one));
            },
            std::move(done));
    });
}

void RemoteReader::zonesOf(const ProductApi &api, Region region, Done<QList<Region>> done)
{
    // Some clouds list zones per region, with that region in the request.
    const std::optional<RemoteRequest> zones = api.listZones(region.id);
    if (!zones) {
        done(QList<Region>{region});
        return;
    }
    m_caller->call(*zones, [&api, region, done](Result<QJsonObject> z) mutable {
        if (!z) {
            done(z.error());
            return;
        }
        Result<QList<Zone>> parsed = api.parseZones(z.value());
        if (!parsed) {
            done(parsed.error());
            return;
        }
        region.zones = parsed.value();
        done(QList<Region>{region});
    });
}

Result<QList<Region>> RemoteReader::regionsFor(const QString &regionKey) const
{
    if (regionKey.isEmpty())
        return m_regions;
    for (const Region &r : m_regions)
        if (r.key() == regionKey)
            return QList<Region>{r};
    return Error(ErrorCode::NotFound,
                 tr("There is no region %1 any more; refresh the region list.").arg(regionKey));
}

} // namespace imprint
