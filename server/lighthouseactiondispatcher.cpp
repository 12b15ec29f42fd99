#include "lighthouseactiondispatcher.h"

#include "lighthouseapimapper.h"
#include "pricelist.h"
#include "simulatorengine.h"
#include "wireenums.h"

namespace imprint {

namespace {

using M = LighthouseApiMapper;

using F = ListSelection::Filter<Instance>;
using G = ListSelection::Filter<Image>;

// Names the simulator has no data for (IP addresses, tags, scenes) match nothing.
ListSelection::Matcher<Instance> instanceMatches()
{
    return ListSelection::matcher<Instance>({
        F{QStringLiteral("instance-name"), [](const Instance &i) { return i.name; }},
        F{QStringLiteral("zone"), [](const Instance &i) { return i.zoneId; }},
        F{QStringLiteral("instance-state"),
          [](const Instance &i) { return WireEnums::instanceState(i.state); }},
    });
}

ListSelection::Matcher<Image> blueprintMatches()
{
    return ListSelection::matcher<Image>({
        G{QStringLiteral("blueprint-id"), [](const Image &m) { return m.id; }},
        // Custom images only: PRIVATE.
        G{QStringLiteral("blueprint-type"),
          [](const Image &) { return QStringLiteral("PRIVATE"); }},
        G{QStringLiteral("platform-type"),
          [](const Image &m) { return WireEnums::platformType(m.osType); }},
        G{QStringLiteral("blueprint-name"), [](const Image &m) { return m.name; }},
        G{QStringLiteral("blueprint-state"),
          [](const Image &m) { return WireEnums::blueprintState(m.state); }},
    });
}

// Lighthouse's requests carry less than CVM's; the shared handlers take the fuller shape.
Result<CreateImageCall> parseCreateBlueprint(const QJsonObject &body, const QString &regionId)
{
    const Result<CreateImageRequest> request = M::parseCreateBlueprintRequest(body, regionId);
    if (!request)
        return request.error();
    return CreateImageCall{request.value(), false};
}

Result<DeleteImagesCall> parseDeleteBlueprints(const QJsonObject &body)
{
    const Result<QStringList> ids = M::parseDeleteBlueprintsRequest(body);
    if (!ids)
        return ids.error();
    DeleteImagesCall call;
    call.imageIds = ids.value();
    return call;
}

} // namespace

LighthouseActionDispatcher::LighthouseActionDispatcher(SimulatorEngine &engine)
    : ActionDispatcher(engine, Product::Lighthouse)
{
    onApi3CommonActions<M>(instanceMatches());
    on(QStringLiteral("DescribeBlueprints"),
       listImages(&M::parseDescribeBlueprintsRequest, &M::buildDescribeBlueprintsResponse,
                  blueprintMatches()));
    on(QStringLiteral("CreateBlueprint"),
       createImage(parseCreateBlueprint, &M::buildCreateBlueprintResponse));
    on(QStringLiteral("DeleteBlueprints"),
       deleteImages(parseDeleteBlueprints, &M::buildDeleteBlueprintsResponse));
    on(QStringLiteral("ModifyBlueprintAttribute"),
       editImage(&M::parseModifyBlueprintAttributeRequest,
                 &M::buildModifyBlueprintAttributeResponse));
    on(QStringLiteral("DescribeGeneralResourceQuotas"),
       [this](const QString &regionId, const QJsonObject &body) -> Result<QJsonObject> {
           const Result<QStringList> names = M::parseDescribeGeneralResourceQuotasRequest(body);
           if (!names)
               return names.error();
           return M::buildDescribeGeneralResourceQuotasResponse(
               this->engine().imageQuota(product(), regionId), names.value());
       });
    on(QStringLiteral("InquirePriceCreateBlueprint"),
       [this](const QString &regionId, const QJsonObject &body) {
           return inquirePriceCreateBlueprint(regionId, body);
       });
    on(QStringLiteral("CreateInstances"),
       launch(&M::parseCreateInstancesRequest, &M::buildCreateInstancesResponse));
}

Result<QJsonObject> LighthouseActionDispatcher::inquirePriceCreateBlueprint(const QString &regionId,
                                                                            const QJsonObject &body)
{
    const Result<int> count = M::parseInquirePriceCreateBlueprintRequest(body);
    if (!count)
        return count.error();
    // The simulated list price: each blueprint beyond the region's free tier costs the
    // per-image price for a month; the free tier shows as the discount.
    const ImageQuota quota = engine().imageQuota(product(), regionId);
    const qint64 unit = PriceList::simulatedListPrices().lighthouseExtraImageFenPerMonth();
    const int freeLeft = qMax(0, quota.freeTier - quota.used);
    BlueprintPriceQuote quote;
    quote.unitFen = unit;
    quote.originalFen = unit * count.value();
    quote.discountedFen = unit * qMax(0, count.value() - freeLeft);
    return M::buildInquirePriceCreateBlueprintResponse(quote);
}

} // namespace imprint
