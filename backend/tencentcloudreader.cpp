#include "tencentcloudreader.h"

#include "apiresponses.h"
#include "cvmapimapper.h"
#include "lighthouseapimapper.h"
#include "tencentapiclient.h"

#include <QSet>

namespace imprint {

namespace {

QString s(const char *text)
{
    return QLatin1String(text);
}

// The filter that limits an image list to custom images: the real cloud also lists its public
// and shared images and blueprints.
ApiFilter customImagesFilter(Product product)
{
    return product == Product::Cvm ? ApiFilter{s("image-type"), {s("PRIVATE_IMAGE")}}
                                   : ApiFilter{s("blueprint-type"), {s("PRIVATE")}};
}

QList<QStringList> chunks(const QStringList &ids)
{
    QList<QStringList> out;
    for (qsizetype i = 0; i < ids.size(); i += ListQuery::maxLimit)
        out << ids.mid(i, ListQuery::maxLimit);
    return out;
}

} // namespace

template <typename T> struct TencentCloudReader::Paging
{
    TencentApiRequest request; // product, action, region
    ListQuery query;
    std::function<QJsonObject(const ListQuery &)> build;
    std::function<Result<Page<T>>(const QJsonObject &)> parse;
    QList<T> items;
    Done<QList<T>> done;
};

TencentCloudReader::TencentCloudReader(TencentApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

template <typename T> void TencentCloudReader::nextPage(std::shared_ptr<Paging<T>> paging)
{
    TencentApiRequest request = paging->request;
    request.body = paging->build(paging->query);
    m_client->call(request, [this, paging](Result<QJsonObject> answer) {
        if (!answer) {
            paging->done(answer.error());
            return;
        }
        Result<Page<T>> page = paging->parse(answer.value());
        if (!page) {
            paging->done(page.error());
            return;
        }
        paging->items += page->items;
        // Stop at TotalCount, and on an empty page: a total that grew while paging must not
        // loop for ever.
        if (page->items.isEmpty() || paging->items.size() >= page->totalCount) {
            paging->done(paging->items);
            return;
        }
        paging->query.offset += int(page->items.size());
        nextPage(paging);
    });
}

void TencentCloudReader::imageList(Product product, const QString &regionId, const ListQuery &query,
                                   Done<QList<Image>> done)
{
    auto paging = std::make_shared<Paging<Image>>();
    paging->request.product = product;
    paging->request.region = regionId;
    paging->query = query;
    paging->query.limit = ListQuery::maxLimit;
    paging->done = std::move(done);
    if (product == Product::Cvm) {
        paging->request.action = s("DescribeImages");
        paging->build = &CvmApiMapper::buildDescribeImagesRequest;
        paging->parse = [regionId](const QJsonObject &r) {
            return CvmApiMapper::parseDescribeImagesResponse(r, regionId);
        };
    } else {
        paging->request.action = s("DescribeBlueprints");
        paging->build = &LighthouseApiMapper::buildDescribeBlueprintsRequest;
        paging->parse = [regionId](const QJsonObject &r) {
            return LighthouseApiMapper::parseDescribeBlueprintsResponse(r, regionId);
        };
    }
    nextPage(paging);
}

void TencentCloudReader::instanceList(Product product, const QString &regionId,
                                      const ListQuery &query, Done<QList<Instance>> done)
{
    auto paging = std::make_shared<Paging<Instance>>();
    paging->request.product = product;
    paging->request.region = regionId;
    paging->request.action = s("DescribeInstances");
    paging->query = query;
    paging->query.limit = ListQuery::maxLimit;
    paging->done = std::move(done);
    if (product == Product::Cvm) {
        paging->build = &CvmApiMapper::buildDescribeInstancesRequest;
        paging->parse = [regionId](const QJsonObject &r) {
            return CvmApiMapper::parseDescribeInstancesResponse(r, regionId);
        };
    } else {
        paging->build = &LighthouseApiMapper::buildDescribeInstancesRequest;
        paging->parse = [regionId](const QJsonObject &r) {
            return LighthouseApiMapper::parseDescribeInstancesResponse(r, regionId);
        };
    }
    nextPage(paging);
}

void TencentCloudReader::images(Product product, const QString &regionId, Done<QList<Image>> done)
{
    ListQuery query;
    query.filters << customImagesFilter(product);
    imageList(product, regionId, query, std::move(done));
}

void TencentCloudReader::instances(Product product, const QString &regionId,
                                   Done<QList<Instance>> done)
{
    instanceList(product, regionId, ListQuery(), std::move(done));
}

void TencentCloudReader::imagesById(Product product, const QString &regionId,
                                    const QStringList &ids, Done<QList<Image>> done)
{
    // Ids and filters cannot be combined; at most 100 ids per request.
    const QList<QStringList> parts = chunks(ids);
    gatherAll<Image>(
        parts.size(),
        [this, product, regionId, parts](qsizetype i, Done<QList<Image>> one) {
            ListQuery query;
            query.ids = parts.at(i);
            imageList(product, regionId, query, std::move(one));
        },
        std::move(done));
}

void TencentCloudReader::instancesById(Product product, const QString &regionId,
                                       const QStringList &ids, Done<QList<Instance>> done)
{
    const QList<QStringList> parts = chunks(ids);
    gatherAll<Instance>(
        parts.size(),
        [this, product, regionId, parts](qsizetype i, Done<QList<Instance>> one) {
            ListQuery query;
            query.ids = parts.at(i);
            instanceList(product, regionId, query, std::move(one));
        },
        std::move(done));
}

void TencentCloudReader::imagesByName(Product product, const QString &regionId, const QString &name,
                                      Done<QList<Image>> done)
{
    ListQuery query;
    query.filters << customImagesFilter(product)
                  << ApiFilter{product == Product::Cvm ? s("image-name") : s("blueprint-name"),
                               {name}};
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

void TencentCloudReader::findImage(Product product, const QString &id, Done<Image> done)
{
    regions([product, id, done, this](Result<QList<Region>> known) {
        if (!known) {
            done(known.error());
            return;
        }
        QList<Region> targets;
        for (const Region &r : known.value())
            if (r.product == product)
                targets << r;
        forEachRegion<Image>(
            targets,
            [this, id](const Region &r, Done<QList<Image>> one) {
                imagesById(r.product, r.id, {id}, std::move(one));
            },
            [id, done](Result<QList<Image>> found) {
                if (!found)
                    done(found.error());
                else if (found->isEmpty())
                    done(Error(ErrorCode::NotFound,
                               tr("Image %1 does not exist; refresh the image list and choose "
                                  "another.")
                                   .arg(id)));
                else
                    done(found->first());
            });
    });
}

void TencentCloudReader::findInstance(Product product, const QString &id, Done<Instance> done)
{
    regions([product, id, done, this](Result<QList<Region>> known) {
        if (!known) {
            done(known.error());
            return;
        }
        QList<Region> targets;
        for (const Region &r : known.value())
            if (r.product == product)
                targets << r;
        forEachRegion<Instance>(
            targets,
            [this, id](const Region &r, Done<QList<Instance>> one) {
                instancesById(r.product, r.id, {id}, std::move(one));
            },
            [id, done](Result<QList<Instance>> found) {
                if (!found)
                    done(found.error());
                else if (found->isEmpty())
                    done(Error(ErrorCode::NotFound,
                               tr("Instance %1 does not exist; refresh the instance list and "
                                  "choose another.")
                                   .arg(id)));
                else
                    done(found->first());
            });
    });
}

void TencentCloudReader::imageQuota(Product product, const QString &regionId, Done<ImageQuota> done)
{
    if (product == Product::Lighthouse) {
        const QStringList names{LighthouseApiMapper::blueprintQuotaName(),
                                LighthouseApiMapper::freeBlueprintQuotaName()};
        m_client->call({product,
                        s("DescribeGeneralResourceQuotas"),
                        regionId,
                        LighthouseApiMapper::buildDescribeGeneralResourceQuotasRequest(names),
                        {}},
                       [regionId, done](Result<QJsonObject> answer) {
                           if (!answer) {
                               done(answer.error());
                               return;
                           }
                           done(LighthouseApiMapper::parseDescribeGeneralResourceQuotasResponse(
                               answer.value(), regionId));
                       });
        return;
    }
    m_client->call({product,
                    s("DescribeImageQuota"),
                    regionId,
                    CvmApiMapper::buildDescribeImageQuotaRequest(),
                    {}},
                   [this, product, regionId, done](Result<QJsonObject> answer) {
                       if (!answer) {
                           done(answer.error());
                           return;
                       }
                       Result<ImageQuota> quota =
                           CvmApiMapper::parseDescribeImageQuotaResponse(answer.value(), regionId);
                       if (!quota) {
                           done(quota.error());
                           return;
                       }
                       // DescribeImageQuota gives the size only; one image's worth of
                       // DescribeImages gives the count in use (TotalCount).
                       ListQuery count;
                       count.filters << customImagesFilter(product);
                       count.limit = 1;
                       m_client->call({product,
                                       s("DescribeImages"),
                                       regionId,
                                       CvmApiMapper::buildDescribeImagesRequest(count),
                                       {}},
                                      [regionId, quota, done](Result<QJsonObject> listed) {
                                          if (!listed) {
                                              done(listed.error());
                                              return;
                                          }
                                          Result<Page<Image>> page =
                                              CvmApiMapper::parseDescribeImagesResponse(
                                                  listed.value(), regionId);
                                          if (!page) {
                                              done(page.error());
                                              return;
                                          }
                                          ImageQuota q = quota.value();
                                          q.used = page->totalCount;
                                          done(q);
                                      });
                   });
}

void TencentCloudReader::regions(Done<QList<Region>> done)
{
    if (!m_regions.isEmpty()) {
        done(m_regions);
        return;
    }
    m_regionWaiters << std::move(done);
    if (m_regionWaiters.size() > 1)
        return; // a lookup is already on its way
    const QList<Product> products{Product::Cvm, Product::Lighthouse};
    gatherAll<Region>(
        products.size(),
        [this, products](qsizetype i, Done<QList<Region>> one) {
            lookUpRegions(products.at(i), std::move(one));
        },
        [this](Result<QList<Region>> all) {
            if (all)
                m_regions = all.value();
            const QList<Done<QList<Region>>> waiters = std::exchange(m_regionWaiters, {});
            for (const Done<QList<Region>> &waiter : waiters)
                waiter(all);
        });
}

void TencentCloudReader::lookUpRegions(Product product, Done<QList<Region>> done)
{
    const QJsonObject body = product == Product::Cvm
                                 ? CvmApiMapper::buildDescribeRegionsRequest()
                                 : LighthouseApiMapper::buildDescribeRegionsRequest();
    m_client->call({product, s("DescribeRegions"), {}, body, {}}, [this, product,
                                                                   done](Result<QJsonObject> a) {
        if (!a) {
            done(a.error());
            return;
        }
        Result<QList<Region>> listed =
            product == Product::Cvm ? CvmApiMapper::parseDescribeRegionsResponse(a.value())
                                    : LighthouseApiMapper::parseDescribeRegionsResponse(a.value());
        if (!listed) {
            done(listed.error());
            return;
        }
        // Zones are per region: DescribeZones with that region in X-TC-Region.
        const QList<Region> found = listed.value();
        gatherAll<Region>(
            found.size(),
            [this, product, found](qsizetype i, Done<QList<Region>> one) {
                Region region = found.at(i);
                region.product = product;
                const QJsonObject zonesBody =
                    product == Product::Cvm ? CvmApiMapper::buildDescribeZonesRequest()
                                            : LighthouseApiMapper::buildDescribeZonesRequest();
                m_client->call({product, s("DescribeZones"), region.id, zonesBody, {}},
                               [product, region, one](Result<QJsonObject> z) mutable {
                                   if (!z) {
                                       one(z.error());
                                       return;
                                   }
                                   Result<QList<Zone>> zones =
                                       product == Product::Cvm
                                           ? CvmApiMapper::parseDescribeZonesResponse(z.value())
                                           : LighthouseApiMapper::parseDescribeZonesResponse(
                                                 z.value());
                                   if (!zones) {
                                       one(zones.error());
                                       return;
                                   }
                                   region.zones = zones.value();
                                   one(QList<Region>{region});
                               });
            },
            std::move(done));
    });
}

Result<QList<Region>> TencentCloudReader::regionsFor(const QString &regionKey) const
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
