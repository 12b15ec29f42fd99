#include "api3mapping.h"

#include "listquerycodec.h"

namespace imprint {

namespace {

using Need = JsonParams::Need;

QString s(const char *text)
{
    return QLatin1String(text);
}

} // namespace

Status Api3Mapping::finish(const JsonParams &p)
{
    if (!p.ok())
        return p.error();
    return {};
}

Status Api3Mapping::parseNoInput(const QJsonObject &body, Product product, const QString &action)
{
    JsonParams p = JsonParams::request(body, product, action);
    p.allowOnly({});
    return finish(p);
}

QJsonObject Api3Mapping::writeListQuery(const ListQuery &query, const QString &idsKey)
{
    QJsonObject body;
    ListQueryCodec::write(body, query, idsKey);
    return body;
}

QList<Region> Api3Mapping::readRegions(JsonParams &p, Product product)
{
    QList<Region> regions;
    for (JsonParams r : p.objects(s("RegionSet"))) {
        Region region;
        region.product = product;
        region.id = r.string(s("Region"), Need::Required);
        region.name = r.string(s("RegionName"));
        r.boolean(s("IsChinaMainland"), false); // Lighthouse's; checked for its type only
        const QString state = r.string(s("RegionState"));
        if (state.isEmpty() || state == QLatin1String("AVAILABLE"))
            regions << region;
    }
    return regions;
}

QList<Zone> Api3Mapping::readZones(JsonParams &p, const QString &setKey, const QString &stateKey,
                                   const QString &hiddenState)
{
    QList<Zone> zones;
    for (JsonParams z : p.objects(setKey)) {
        Zone zone{z.string(s("Zone"), Need::Required), z.string(s("ZoneName"))};
        if (z.string(stateKey) != hiddenState)
            zones << zone;
    }
    return zones;
}

void Api3Mapping::writeImagingOperation(QJsonObject &instance, const QString &imagingAction,
                                        const QString &operationId)
{
    const bool imaging = !operationId.isEmpty();
    auto orNull = [imaging](const QString &value) {
        return imaging ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
    };
    instance.insert(s("LatestOperation"), orNull(imagingAction));
    instance.insert(s("LatestOperationState"), orNull(s("OPERATING")));
    instance.insert(s("LatestOperationRequestId"), orNull(operationId));
}

QString Api3Mapping::readImagingOperation(JsonParams &instance, const QString &imagingAction)
{
    if (instance.string(s("LatestOperation")) == imagingAction &&
        instance.string(s("LatestOperationState")) == QLatin1String("OPERATING"))
        return instance.string(s("LatestOperationRequestId"));
    return {};
}

Result<QStringList> Api3Mapping::parseInstanceIds(const QJsonObject &body, Product product,
                                                  const QString &action, const QStringList &allowed,
                                                  int maxIds, const QString &tooManyCode,
                                                  const QString &invalidValueCode)
{
    JsonParams p = JsonParams::request(body, product, action);
    p.allowOnly(allowed);
    const QStringList ids = p.strings(s("InstanceIds"), Need::Required);
    if (ids.size() > maxIds)
        p.fail(tooManyCode, QStringLiteral("At most %1 instances per request; the request "
                                           "names %2.")
                                .arg(maxIds)
                                .arg(ids.size()));
    // Only reachable where `allowed` lets them through.
    if (p.has(s("StopType")))
        p.checkOneOf(s("StopType"), p.string(s("StopType")),
                     {s("SOFT"), s("HARD"), s("SOFT_FIRST")}, invalidValueCode);
    if (p.has(s("StoppedMode")))
        p.checkOneOf(s("StoppedMode"), p.string(s("StoppedMode")),
                     {s("KEEP_CHARGING"), s("STOP_CHARGING")}, invalidValueCode);
    p.boolean(s("ForceStop"), false);
    return finish(p, ids);
}

QString Api3Mapping::readImageName(JsonParams &p, const ImageFields &fields, JsonParams::Need need)
{
    const QString name = p.string(fields.name, need);
    if (p.has(fields.name)) {
        if (name.trimmed().isEmpty())
            p.fail(fields.invalidValueCode,
                   QStringLiteral("The parameter `%1` cannot be empty.").arg(fields.name));
        p.checkLength(fields.name, name, fields.maxName, fields.nameTooLongCode);
    }
    return name;
}

QString Api3Mapping::readImageDescription(JsonParams &p, const ImageFields &fields)
{
    const QString description = p.string(fields.description);
    p.checkLength(fields.description, description, fields.maxDescription,
                  fields.descriptionTooLongCode);
    return description;
}

QJsonObject Api3Mapping::writeAttributeChange(const ImageAttributeChange &change,
                                              const ImageFields &fields)
{
    QJsonObject o{{fields.id, change.imageId}};
    if (change.name)
        o.insert(fields.name, *change.name);
    if (change.description)
        o.insert(fields.description, *change.description);
    return o;
}

ImageAttributeChange Api3Mapping::readAttributeChange(JsonParams &p, const ImageFields &fields)
{
    ImageAttributeChange change;
    change.imageId = p.string(fields.id, Need::Required);
    if (p.has(fields.name))
        change.name = readImageName(p, fields, Need::Optional);
    if (p.has(fields.description))
        change.description = readImageDescription(p, fields);
    return change;
}

QJsonArray Api3Mapping::writeTags(const QList<Tag> &tags)
{
    QJsonArray out;
    for (const Tag &t : tags)
        out.append(QJsonObject{{s("Key"), t.key}, {s("Value"), t.value}});
    return out;
}

QList<Tag> Api3Mapping::readTags(JsonParams &p)
{
    QList<Tag> tags;
    for (JsonParams tag : p.objects(s("Tags")))
        tags.append({tag.string(s("Key"), Need::Required), tag.string(s("Value"))});
    return tags;
}

QJsonObject Api3Mapping::writePrepaidMonth()
{
    // The domain's subscription is the shortest period there is.
    return {{s("Period"), 1}, {s("RenewFlag"), s("NOTIFY_AND_MANUAL_RENEW")}};
}

void Api3Mapping::checkPrepaid(JsonParams &prepaid, const QString &invalidValueCode)
{
    const qint64 period = prepaid.integer(s("Period"), qint64(0), Need::Required);
    static const QList<qint64> periods{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36, 48, 60};
    if (prepaid.has(s("Period")) && !periods.contains(period))
        prepaid.fail(invalidValueCode,
                     QStringLiteral("The value of parameter `InstanceChargePrepaid.Period` must "
                                    "be 1-12, 24, 36, 48 or 60 months."));
    if (prepaid.has(s("RenewFlag")))
        prepaid.checkOneOf(s("RenewFlag"), prepaid.string(s("RenewFlag")),
                           {s("NOTIFY_AND_AUTO_RENEW"), s("NOTIFY_AND_MANUAL_RENEW"),
                            s("DISABLE_NOTIFY_AND_MANUAL_RENEW")},
                           invalidValueCode);
}

} // namespace imprint
