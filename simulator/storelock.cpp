#include "storelock.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace imprint {

StoreLock::StoreLock(QString storePath)
    : m_storePath(std::move(storePath))
{}

StoreLock::~StoreLock()
{
    release();
}

QString StoreLock::lockPath(const QString &storePath)
{
    return storePath + QStringLiteral(".lock");
}

QString StoreLock::endpointPath(const QString &storePath)
{
    return storePath + QStringLiteral(".endpoint");
}

Status StoreLock::acquire()
{
    if (isLocked())
        return {};
    auto lock = std::make_unique<QLockFile>(lockPath(m_storePath));
    // Never stale by age: only a holder whose process is gone loses the lock.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0)) {
        m_lock = std::move(lock);
        return {};
    }
    if (lock->error() != QLockFile::LockFailedError)
        return Error(
            ErrorCode::StorageFailure,
            StoreLock::tr("The simulator could not create its lock file %1; check that the folder "
                          "is writable.")
                .arg(lockPath(m_storePath)));
    const Holder holder = holderOf(m_storePath).value_or(Holder());
    const QString app =
        holder.application.isEmpty() ? StoreLock::tr("another program") : holder.application;
    Error e(ErrorCode::StoreInUse,
            holder.endpoint.isValid()
                ? StoreLock::tr(
                      "The simulator's store %1 is in use by %2 (process %3), which serves it at "
                      "%4; connect to it there, or choose another folder.")
                      .arg(m_storePath, app)
                      .arg(holder.pid)
                      .arg(holder.endpoint.toString())
                : StoreLock::tr(
                      "The simulator's store %1 is in use by %2 (process %3); stop that program "
                      "first, or choose another folder.")
                      .arg(m_storePath, app)
                      .arg(holder.pid));
    return e;
}

bool StoreLock::isLocked() const
{
    return m_lock && m_lock->isLocked();
}

void StoreLock::publishEndpoint(const QUrl &endpoint)
{
    if (!isLocked())
        return;
    QSaveFile file(endpointPath(m_storePath));
    if (file.open(QIODevice::WriteOnly)) {
        file.write(endpoint.toString().toUtf8());
        m_published = file.commit();
    }
}

void StoreLock::release()
{
    if (!m_lock)
        return;
    if (m_published)
        QFile::remove(endpointPath(m_storePath));
    m_published = false;
    m_lock->unlock();
    m_lock.reset();
}

std::optional<StoreLock::Holder> StoreLock::holderOf(const QString &storePath)
{
    QLockFile probe(lockPath(storePath));
    Holder holder;
    if (!probe.getLockInfo(&holder.pid, &holder.hostName, &holder.application))
        return std::nullopt;
    // An endpoint only counts while its publisher still holds the lock it was written under.
    QFile endpoint(endpointPath(storePath));
    if (endpoint.open(QIODevice::ReadOnly))
        holder.endpoint = QUrl(QString::fromUtf8(endpoint.readAll().trimmed()));
    return holder;
}

} // namespace imprint
