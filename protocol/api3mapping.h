#pragma once

#include "apirequests.h"
#include "apiresponses.h"
#include "error.h"
#include "jsonparams.h"
#include "product.h"
#include "region.h"
#include "tag.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace imprint {

// What the Tencent API 3.0 mappers (CvmApiMapper, LighthouseApiMapper, and the next service's)
// read and write alike. Where the products differ only in a field name, a limit or a wire code,
// that difference comes in as an argument, so each piece of logic exists once.
class Api3Mapping
{
public:
    // The result of a reader: its first failure, or the value.
    template <typename T> static Result<T> finish(const JsonParams &p, T value)
    {
        if (!p.ok())
            return p.error();
        return value;
    }
    static Status finish(const JsonParams &p);

    // A request that takes no parameters at all.
    static Status parseNoInput(const QJsonObject &body, Product product, const QString &action);

    // {"TotalCount": n, "<setKey>": [...]} <-> Page<T>.
    template <typename T>
    static QJsonObject writePage(const Page<T> &page, const QString &setKey,
                                 const std::function<QJsonObject(const T &)> &toJson)
    {
        QJsonArray set;
        for (const T &item : page.items)
            set.append(toJson(item));
        return {{QStringLiteral("TotalCount"), page.totalCount}, {setKey, set}};
    }
    template <typename T>
    static Result<Page<T>> readPage(const QJsonObject &response, Product product,
                                    const QString &action, const QString &setKey,
                                    const std::function<T(JsonParams, const QString &)> &fromJson,
                                    const QString &regionId)
    {
        JsonParams p = JsonParams::response(response, product, action);
        Page<T> page;
        page.totalCount = p.integer(QStringLiteral("TotalCount"), 0, JsonParams::Need::Required);
        for (const JsonParams &item : p.objects(setKey))
            page.items << fromJson(item, regionId);
        return finish(p, page);
    }
    // A Describe* request body: the ids (under idsKey) or filters, Offset and Limit.
    static QJsonObject writeListQuery(const ListQuery &query, const QString &idsKey);

    // RegionSet[{Region, RegionName, RegionState}]: AVAILABLE (or unstated) regions only.
    static QList<Region> readRegions(JsonParams &p, Product product);
    // Zones from `setKey`, leaving out those whose `stateKey` says `hiddenState`.
    static QList<Zone> readZones(JsonParams &p, const QString &setKey, const QString &stateKey,
                                 const QString &hiddenState);

    // An instance being imaged: LatestOperation <imagingAction> / OPERATING with the
    // operation id as LatestOperationRequestId; null fields otherwise.
    static void writeImagingOperation(QJsonObject &instance, const QString &imagingAction,
                                      const QString &operationId);
    static QString readImagingOperation(JsonParams &instance, const QString &imagingAction);

    // InstanceIds (at most maxIds, else tooManyCode) plus the stop options the action allows
    // (StopType, StoppedMode, ForceStop: checked, not modelled).
    static Result<QStringList> parseInstanceIds(const QJsonObject &body, Product product,
                                                const QString &action, const QStringList &allowed,
                                                int maxIds, const QString &tooManyCode,
                                                const QString &invalidValueCode);

    // How a product names and limits an image's editable fields.
    struct ImageFields
    {
        QString id;          // "ImageId", "BlueprintId"
        QString name;        // "ImageName", "BlueprintName"
        QString description; // "ImageDescription", "Description"
        int maxName = 60;
        int maxDescription = 60;
        QString nameTooLongCode;
        QString descriptionTooLongCode;
        QString invalidValueCode; // an empty name
    };
    // A name that must not be blank and must fit; read when `need` says or when present.
    static QString readImageName(JsonParams &p, const ImageFields &fields, JsonParams::Need need);
    static QString readImageDescription(JsonParams &p, const ImageFields &fields);
    static QJsonObject writeAttributeChange(const ImageAttributeChange &change,
                                            const ImageFields &fields);
    // The id plus whichever of name and description the body carries.
    static ImageAttributeChange readAttributeChange(JsonParams &p, const ImageFields &fields);

    // Tags[{Key, Value}]: how CVM (DescribeImages, TagSpecification) and Lighthouse
    // (CreateBlueprint, DescribeBlueprints) carry tags. readTags reads the "Tags" key of `p`.
    static QJsonArray writeTags(const QList<Tag> &tags);
    static QList<Tag> readTags(JsonParams &p);

    // InstanceChargePrepaid: Period (required; 1-12, 24, 36, 48 or 60 months) and RenewFlag.
    static QJsonObject writePrepaidMonth();
    static void checkPrepaid(JsonParams &p, const QString &invalidValueCode);
};

} // namespace imprint
