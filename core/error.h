#pragma once

#include <QMetaType>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace imprint {

// Every refusal the domain can produce. The UI shows Error::message; adapters map the code to
// a wire error code (Tencent's "LimitExceeded...", etc.). Append only: codes are persisted in
// failed operations.
enum class ErrorCode {
    None = 0,
    NotFound,
    InvalidName,
    InvalidDescription,
    DuplicateName,
    QuotaExceeded,
    AccountOverdue,
    ShutdownConsentRequired,
    InstanceBusy,         // instance is in a transitional state or already imaging
    InvalidInstanceState, // e.g. start a running instance
    DiskNotAssociable,    // economy cloud disk / local disk on UHost
    SnapshotSelectionInvalid,
    SnapshotBoundToImage, // UHost: associated snapshot cannot be deleted alone
    CrossRegionNotSupported,
    ProjectRequired,
    ImageNotAvailable,
    ImageBusy,
    ZoneNotAllowed,
    InstanceTypeNotAllowed,
    LocalDiskNotAllowed,
    RegionMismatch,
    InvalidCount,
    InvalidArgument,
    Unsupported,
    StorageFailure,
    Network,
    Timeout,
    RemoteError,
    Cancelled,
    StoreDamaged,      // the simulator's store exists but cannot be read; nothing was written to it
    StoreInUse,        // another process holds the simulator's store
    ClientTokenReused, // a ClientToken came back with other parameters than its first write
};

struct Error
{
    ErrorCode code = ErrorCode::None;
    QString message;    // one sentence: what happened and what to do
    QString remoteCode; // the wire code when it came from a remote API
    QString requestId;  // the remote request id, for support

    Error() = default;
    Error(ErrorCode c, QString m)
        : code(c)
        , message(std::move(m))
    {}
    bool isError() const { return code != ErrorCode::None; }

    friend bool operator==(const Error &, const Error &) = default;
};

// A value or the reason there is none. Small on purpose: C++20 has no std::expected.
template <typename T> class Result
{
public:
    // Default: no value yet. QFuture needs default-constructible results.
    Result()
        : m_error(ErrorCode::Cancelled, QStringLiteral("No result."))
    {}
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    // By value: `for (x : call().value())` must not dangle into a destroyed temporary.
    T value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <> class Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.isError(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
};

using Status = Result<void>;

} // namespace imprint

Q_DECLARE_METATYPE(imprint::Error)
