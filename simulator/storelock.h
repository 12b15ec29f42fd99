#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

namespace imprint {

// Exactly one process owns a store: every program that opens one (the GUI's embedded simulator,
// imprint-sim, the tools) takes this lock first, a QLockFile next to the store. Two owners would
// each keep their own world in memory and overwrite each other's acknowledged changes.
//
// A lock left by a killed process is stale (its process is gone) and is taken over. The owner
// may publish where it serves the store (imprint-sim's address), so that a refused second
// opener can offer to connect there instead.
class StoreLock
{
    Q_DECLARE_TR_FUNCTIONS(StoreLock)

public:
    struct Holder
    {
        qint64 pid = 0;
        QString application; // "imprint-sim", "imprint", ...
        QString hostName;
        QUrl endpoint; // where the holder serves the store; empty when it does not
    };

    explicit StoreLock(QString storePath);
    ~StoreLock();
    StoreLock(const StoreLock &) = delete;
    StoreLock &operator=(const StoreLock &) = delete;

    // StoreInUse with a sentence naming the holding process when another process has it.
    Status acquire();
    bool isLocked() const;
    // Publishes (and on release withdraws) the address this process serves the store at.
    void publishEndpoint(const QUrl &endpoint);
    void release();

    // Who holds the store at `storePath` now, if anyone does.
    static std::optional<Holder> holderOf(const QString &storePath);
    static QString lockPath(const QString &storePath);
    static QString endpointPath(const QString &storePath);

private:
    QString m_storePath;
    std::unique_ptr<QLockFile> m_lock;
    bool m_published = false;
};

} // namespace imprint
