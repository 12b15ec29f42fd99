#pragma once

#include "account.h"
#include "image.h"
#include "instance.h"
#include "operation.h"
#include "product.h"
#include "region.h"
#include "snapshot.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace imprint {

// What a running operation needs to finish that the user-facing Operation does not say.
// It lives exactly as long as the operation runs, so "tasks" doubles as the running set and
// advance() never walks the (growing) history of finished operations.
struct OperationTask
{
    QStringList instanceIds; // launch: the new instances; image/start/stop: the instance
    qint64 durationSeconds = 0;
    // Creation from an instance: the state to restore afterwards, and whether the cloud shut
    // the instance down (Lighthouse forced shutdown, CVM "shut down first").
    InstanceState priorState = InstanceState::Running;
    bool stopsInstance = false;
};

// What a write with a ClientToken did, kept with the write in the same transaction, so that a
// repeat of the token answers exactly that, across restarts too. `request` is a digest of the
// write's parameters: the same token with other parameters is refused, not answered.
struct ClientTokenRecord
{
    QString request;       // digest of the parameters; empty in records of older stores
    QString operationId;   // the operation the write started
    QStringList resultIds; // what it answered: a launch's instance ids

    friend bool operator==(const ClientTokenRecord &, const ClientTokenRecord &) = default;
};

// Kinds of ids the cloud hands out; each product spells them its own way.
enum class IdKind { Instance, Image, Snapshot, Disk, Operation };

// "lhins-", "img-", "uimage-", "s-", ... (realistic per product; see idFor()).
QString idPrefix(Product product, IdKind kind);
// Deterministic id from a counter: the counter is scrambled by a bijection modulo 36^8, so ids
// look random, never repeat and do not depend on the wall clock.
QString idFor(Product product, IdKind kind, quint64 counter);

// The whole simulated cloud in memory. SimulatorEngine owns one; SqliteStore loads and saves
// it; DemoWorld fills a fresh one. Plain data: every rule lives in the engine and the policies.
struct CloudState
{
    QList<Region> regions;
    QHash<QString, Instance> instances;   // by id
    QHash<QString, Image> images;         // by id
    QHash<QString, Snapshot> snapshots;   // by id
    QHash<QString, Operation> operations; // by id, finished ones stay as history
    QHash<QString, OperationTask> tasks;  // by operation id, running operations only
    // Images in ToBeRepossessed and the state they return to after a top-up.
    QHash<QString, ImageState> repossessedFrom;
    Account account;

    QDateTime now;          // the last simulated instant the store saw
    QDateTime lastBilledAt; // billing has charged every whole hour up to here
    quint64 nextId = 1;     // feeds idFor(); persisted so ids never repeat across restarts
    QMap<Product, QStringList> projects;            // UHost projects
    QHash<QString, ClientTokenRecord> clientTokens; // by ClientToken

    const Region *findRegion(Product product, const QString &regionId) const
    {
        for (const Region &r : regions)
            if (r.product == product && r.id == regionId)
                return &r;
        return nullptr;
    }
};

// One request's (or one advance() tick's) changes, written in one SQLite transaction and only
// then applied to the CloudState. Keyed by id, so touching a record twice in one batch keeps the
// last version and the store writes each row once.
struct ChangeSet
{
    QHash<QString, Instance> instances;
    QSet<QString> removedInstances;
    QHash<QString, Image> images;
    QSet<QString> removedImages;
    QHash<QString, Snapshot> snapshots;
    QSet<QString> removedSnapshots;
    QHash<QString, Operation> operations;
    QHash<QString, OperationTask> tasks;
    QSet<QString> finishedTasks;
    QHash<QString, ImageState> repossessedFrom;
    QSet<QString> restoredImages; // leave repossessedFrom
    std::optional<Account> account;
    QHash<QString, ClientTokenRecord> clientTokens;
    // Meta values, always written with the batch (cheap, and keeps "now" fresh).
    quint64 nextId = 1;
    QDateTime now;
    QDateTime lastBilledAt;

    bool hasRecords() const
    {
        return !instances.isEmpty() || !removedInstances.isEmpty() || !images.isEmpty() ||
               !removedImages.isEmpty() || !snapshots.isEmpty() || !removedSnapshots.isEmpty() ||
               !operations.isEmpty() || !tasks.isEmpty() || !finishedTasks.isEmpty() ||
               !repossessedFrom.isEmpty() || !restoredImages.isEmpty() || account.has_value() ||
               !clientTokens.isEmpty();
    }
};

inline QString idPrefix(Product product, IdKind kind)
{
    switch (product) {
    case Product::Lighthouse:
        switch (kind) {
        case IdKind::Instance:
            return QStringLiteral("lhins-");
        case IdKind::Image:
            return QStringLiteral("lhbp-");
        case IdKind::Snapshot:
            return QStringLiteral("lhsnap-");
        case IdKind::Disk:
            return QStringLiteral("lhdisk-");
        case IdKind::Operation:
            return QStringLiteral("op-");
        }
        break;
    case Product::Cvm:
        switch (kind) {
        case IdKind::Instance:
            return QStringLiteral("ins-");
        case IdKind::Image:
            return QStringLiteral("img-");
        case IdKind::Snapshot:
            return QStringLiteral("snap-");
        case IdKind::Disk:
            return QStringLiteral("disk-");
        case IdKind::Operation:
            return QStringLiteral("op-");
        }
        break;
    case Product::UHost:
        switch (kind) {
        case IdKind::Instance:
            return QStringLiteral("uhost-");
        case IdKind::Image:
            return QStringLiteral("uimage-");
        case IdKind::Snapshot:
            return QStringLiteral("snapshot-");
        case IdKind::Disk:
            return QStringLiteral("bsm-");
        case IdKind::Operation:
            return QStringLiteral("op-");
        }
        break;
    case Product::Ecs:
        switch (kind) {
        case IdKind::Instance:
            return QStringLiteral("i-");
        case IdKind::Image:
            return QStringLiteral("m-");
        case IdKind::Snapshot:
            return QStringLiteral("s-");
        case IdKind::Disk:
            return QStringLiteral("d-");
        case IdKind::Operation:
            return QStringLiteral("op-");
        }
        break;
    }
    return QStringLiteral("x-");
}

inline QString idFor(Product product, IdKind kind, quint64 counter)
{
    // 36^8 = 2 821 109 907 456; 2 654 435 761 is coprime with 6, hence with 36^8, so the
    // multiplication permutes the residues: distinct counters give distinct ids.
    constexpr quint64 modulus = 2821109907456ull;
    constexpr quint64 multiplier = 2654435761ull;
    auto scramble = [&](quint64 n) {
        // (n * multiplier) % modulus without overflow: split the multiplier into 16-bit halves.
        const quint64 x = n % modulus;
        const quint64 high = (x * (multiplier >> 16)) % modulus;
        const quint64 scrambled = (high * 65536 + x * (multiplier & 0xffff)) % modulus;
        return QString::number(scrambled, 36).rightJustified(8, QLatin1Char('0'));
    };
    QString suffix = scramble(counter);
    // Alibaba ids are longer ("i-bp1..."): a second, differently scrambled half keeps them so.
    if (product == Product::Ecs && kind != IdKind::Operation)
        suffix = QStringLiteral("bp1") + scramble(counter * 7 + 3).left(6) + suffix;
    return idPrefix(product, kind) + suffix;
}

// The counter an id was made from (idFor's inverse), or nothing for an id idFor did not make.
// A store's id counter is checked against its records with it: a counter behind them would hand
// out an id that is already taken.
inline std::optional<quint64> counterOf(const QString &id)
{
    constexpr quint64 modulus = 2821109907456ull; // 36^8, as in idFor()
    constexpr quint64 inverse = 2032036425553ull; // 2 654 435 761^-1 modulo 36^8
    if (id.size() < 8)
        return std::nullopt;
    bool ok = false;
    const quint64 scrambled = id.right(8).toULongLong(&ok, 36);
    if (!ok || scrambled >= modulus)
        return std::nullopt;
    // scrambled * inverse modulo 36^8 by doubling and adding: both stay below 2^43, no overflow.
    quint64 product = 0;
    quint64 addend = scrambled;
    for (quint64 bits = inverse; bits != 0; bits >>= 1) {
        if (bits & 1)
            product = (product + addend) % modulus;
        addend = (addend * 2) % modulus;
    }
    return product;
}

} // namespace imprint
