// imprint_crashwriter DB SEED: opens the simulator store and mutates it forever (create, copy,
// edit, delete, launch, start/stop, cancel, advance). tst_simulatorpersistence kills it with
// SIGKILL at varied moments and then checks that the file holds the last committed state.
// It prints "ok N" after every committed mutation so the test knows work was done.

#include "clock.h"
#include "simulatorengine.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>
#include <optional>
#include <random>

using namespace imprint;

namespace {

// By value: the lists are temporaries.
template <typename T> std::optional<T> pick(const QList<T> &list, std::mt19937 &random)
{
    if (list.isEmpty())
        return std::nullopt;
    return list.at(int(random() % quint32(list.size())));
}

QList<Image> imagesIn(const SimulatorEngine &engine, Product product, ImageState state)
{
    QList<Image> out;
    for (const Image &m : engine.images())
        if (m.product == product && m.state == state)
            out << m;
    return out;
}

QList<Instance> instancesIn(const SimulatorEngine &engine, Product product)
{
    QList<Instance> out;
    for (const Instance &i : engine.instances())
        if (i.product == product)
            out << i;
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: imprint_crashwriter DATABASE SEED\n");
        return 2;
    }
    ManualClock clock;
    SimulatorEngine engine(&clock);
    SimulatorEngine::Options options;
    options.databasePath = args.at(1);
    if (Status s = engine.open(options); !s) {
        std::fprintf(stderr, "open: %s\n", qPrintable(s.error().message));
        return 1;
    }
    std::mt19937 random(args.at(2).toUInt());
    // Enough money that billing never makes the account overdue here.
    if (engine.account().balanceFen < 1'000'000'000)
        engine.setBalance(10'000'000'000);

    const QList<Product> products{Product::Cvm, Product::UHost, Product::Ecs, Product::Lighthouse};
    quint64 committed = 0;
    for (quint64 step = 0;; ++step) {
        const Product product = products.at(int(random() % 4));
        const QString tag = QStringLiteral("w%1-%2").arg(args.at(2)).arg(step);
        bool ok = false;
        switch (random() % 9) {
        case 0:
        case 1:
        case 5: {
            const std::optional<Instance> i = pick(instancesIn(engine, product), random);
            if (!i)
                break;
            CreateImageRequest r;
            r.product = product;
            r.regionId = i->regionId;
            r.name = QStringLiteral("img-") + tag;
            r.sourceInstanceId = i->id;
            r.forcedShutdownConsent = true;
            r.shutDownFirst = random() % 2;
            if (product == Product::UHost || product == Product::Cvm)
                for (const Disk &d : i->dataDisks())
                    if (d.kind != DiskKind::EconomyCloud && d.kind != DiskKind::Local)
                        r.dataDiskIds << d.id;
            ok = engine.createImage(r).ok();
            break;
        }
        case 2: {
            const std::optional<Image> m =
                pick(imagesIn(engine, product, ImageState::Available), random);
            if (!m)
                break;
            QStringList targets;
            for (const Region &region : engine.regions())
                if (region.product == product && region.id != m->regionId)
                    targets << region.id;
            CopyImageRequest r;
            r.imageId = m->id;
            r.targetRegionId = targets.value(int(random() % quint32(qMax(1, int(targets.size())))));
            r.targetProjectId = QStringLiteral("org-web");
            r.name = QStringLiteral("copy-") + tag;
            ok = engine.copyImage(r).ok();
            break;
        }
        case 3: {
            const std::optional<Image> m =
                pick(imagesIn(engine, product, ImageState::Available), random);
            if (m)
                ok = engine.editImage({m->id, QStringLiteral("edit-") + tag, tag}).ok();
            break;
        }
        case 4: {
            // Fewer deletions than creations, so regions fill up to their quotas too.
            QStringList doomed;
            for (int n = 0; n < 2; ++n)
                if (const std::optional<Image> m =
                        pick(imagesIn(engine, product, ImageState::Available), random))
                    doomed << m->id;
            if (!doomed.isEmpty())
                ok = engine.deleteImages(doomed).ok();
            break;
        }
        case 6: {
            const std::optional<Image> m =
                pick(imagesIn(engine, product, ImageState::Available), random);
            Region region;
            for (const Region &r : engine.regions())
                if (m && r.product == product && r.id == m->regionId)
                    region = r;
            if (!m || region.zones.isEmpty())
                break;
            // Few launches: instances are never deleted, so keep their number modest.
            if (random() % 4 == 0) {
                LaunchRequest r;
                r.imageId = m->id;
                r.zoneId =
                    m->snapshotZoneId.isEmpty() ? region.zones.first().id : m->snapshotZoneId;
                r.instanceType = product == Product::Lighthouse ? QStringLiteral("bundle_pro_4c8g")
                                 : product == Product::Cvm      ? QStringLiteral("S5.LARGE8")
                                 : product == Product::UHost    ? QStringLiteral("N-4C8G")
                                                                : QStringLiteral("ecs.g7.xlarge");
                r.namePattern = QStringLiteral("run-") + tag;
                r.clientToken = QStringLiteral("token-%1").arg(random() % 50);
                ok = engine.launchInstances(r).ok();
            } else if (const std::optional<Instance> i =
                           pick(instancesIn(engine, product), random)) {
                ok = i->state == InstanceState::Running ? engine.stopInstance(i->id).ok()
                                                        : engine.startInstance(i->id).ok();
            }
            break;
        }
        case 7:
            for (const Operation &op : engine.operations())
                if (op.cancellable && !op.isFinished() && random() % 2 == 0) {
                    ok = engine.cancelOperation(op.id).ok();
                    break;
                }
            break;
        case 8:
            clock.advance(20 + qint64(random() % 400));
            engine.advance();
            ok = true;
            break;
        }
        if (ok) {
            ++committed;
            std::printf("ok %llu\n", static_cast<unsigned long long>(committed));
            std::fflush(stdout);
        }
    }
}
