#pragma once

#include "productapi.h"
#include "remotetransport.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

// A cloud made up for tests, with no HTTP and no signing: the smallest thing that plugs into
// the remote engine. FakeProductApi builds plain requests ("ListImages" with Offset, Limit,
// Ids, Name); FakeTransport answers them from an in-memory FakeCloudState in the same thread,
// queued like a network would, and can be told to lose answers or refuse. Tests check what
// the engine does with paging, lost answers, reconciliation and ClientTokens for any cloud.
namespace fakecloud {

using namespace imprint;

struct FakeCloudState
{
    QHash<QString, Image> images;
    QHash<QString, Instance> instances;
    QHash<QString, QStringList> launchesByToken; // ClientToken -> the instances it made
    QList<RemoteRequest> requests;               // every attempt, in order
    int nextId = 1;
    // Looked at before every attempt (`n`: this action's attempt count so far, from 1). An
    // answer stops the attempt there; `afterwards` runs the action first and then answers
    // with it anyway (a lost answer).
    struct Fault
    {
        RemoteAttempt attempt;
        bool afterwards = false;
    };
    std::function<std::optional<Fault>(const RemoteRequest &, int n)> fault;

    Image &addImage(const QString &regionId, const QString &name,
                    ImageState state = ImageState::Available);
    Instance &addInstance(const QString &regionId, const QString &name);
    QList<RemoteRequest> requestsFor(const QString &action) const;
    // Carries out one request: the answer the cloud would give.
    RemoteAttempt handle(const RemoteRequest &request);
};

class FakeTransport : public RemoteTransport
{
    Q_OBJECT

public:
    explicit FakeTransport(std::shared_ptr<FakeCloudState> state)
        : m_state(std::move(state))
    {}
    void send(const RemoteRequest &request, std::function<void(RemoteAttempt)> done) override;
    void setCredentials(const Credentials &) override {}
    QString endpointName(Product) const override { return QStringLiteral("fake.example"); }

private:
    std::shared_ptr<FakeCloudState> m_state;
};

// One product (UHost, as if it were the fake cloud's), regions "north" and "south", ids
// "fimg-" and "fins-", 10 items per page at most, two images per delete.
class FakeProductApi : public ProductApi
{
public:
    Product product() const override { return Product::UHost; }
    bool ownsId(const QString &id) const override { return id.startsWith(QLatin1String("f")); }
    int maxPageSize() const override { return 10; }
    int maxImagesPerDelete() const override { return 2; }

    RemoteRequest listRegions() const override;
    Result<QList<Region>> parseRegions(const QJsonObject &answer) const override;
    std::optional<RemoteRequest> listZones(const QString &) const override { return {}; }
    Result<QList<Zone>> parseZones(const QJsonObject &) const override { return QList<Zone>(); }
    RemoteRequest listImages(const QString &regionId, const ResourceQuery &query) const override;
    Result<Page<Image>> parseImages(const QJsonObject &answer,
                                    const QString &regionId) const override;
    RemoteRequest listInstances(const QString &regionId, const ResourceQuery &query) const override;
    Result<Page<Instance>> parseInstances(const QJsonObject &answer,
                                          const QString &regionId) const override;
    std::optional<RemoteRequest> imageQuota(const QString &regionId) const override;
    Result<ImageQuota> parseImageQuota(const QJsonObject &answer,
                                       const QString &regionId) const override;
    bool quotaCountsImages() const override { return false; }
    RemoteRequest createImage(const CreateImageRequest &request) const override;
    Result<QString> parseCreateImage(const QJsonObject &answer) const override;
    RemoteRequest editImage(const Image &image, const EditImageRequest &request) const override;
    RemoteRequest deleteImages(const QString &regionId, const QStringList &ids) const override;
    Status parseDeleteImages(const QJsonObject &) const override { return {}; }
    RemoteRequest powerInstance(const Instance &instance, bool start) const override;
    RemoteRequest launchInstances(const Image &image, const LaunchRequest &request) const override;
    Result<QStringList> parseLaunchInstances(const QJsonObject &answer) const override;
};

} // namespace fakecloud
