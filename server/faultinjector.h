#pragma once

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QString>

#include <optional>

namespace imprint {

// What `--faults` asks imprint-sim to do to its answers, so that clients can be tested against
// a flaky network and a busy cloud. Rates are probabilities per request, 0..1.
//
//   latency=200ms:0.3   delay 30% of the answers by 200 ms ("latency=1s" delays every answer)
//   drop=0.2            close 20% of the connections without an answer
//   http5xx=0.05        answer 5% with HTTP 502 or 503 (the SDKs' transport errors)
//   ratelimit=0.1       answer 10% with HTTP 200 and Response.Error.Code RequestLimitExceeded
//
// Latency is rolled on its own. drop, http5xx and ratelimit share one roll, so each happens at
// exactly its rate; they therefore may add up to at most 1.
struct FaultSpec
{
    int latencyMs = 0;
    double latencyRate = 0;
    double dropRate = 0;
    double http5xxRate = 0;
    double rateLimitRate = 0;

    bool isEmpty() const;
    // "" gives the empty spec. nullopt, with a sentence in *error, for anything malformed.
    static std::optional<FaultSpec> parse(const QString &text, QString *error);
    // The canonical spelling, for the start-up log.
    QString toString() const;
};

// The fate of one request.
struct FaultPlan
{
    enum class Kind { None, Drop, Http5xx, RateLimit };
    // Before: the action does not run. After: it runs and its answer is lost, which is what
    // makes a retry dangerous for a client that is not idempotent-safe.
    enum class Timing { BeforeAction, AfterAction };

    int delayMs = 0;
    Kind kind = Kind::None;
    Timing timing = Timing::BeforeAction;
    int httpStatus = 0; // 502 or 503 for Http5xx

    static QString kindName(Kind kind);       // "drop", "http5xx", "ratelimit"; "" for None
    static QString timingName(Timing timing); // "before", "after"
};

// Rolls the dice for each request. One seeded generator, consumed in a fixed order per request,
// so that a run with the same seed and the same request sequence fails the same requests.
class FaultInjector
{
    Q_DECLARE_TR_FUNCTIONS(FaultInjector)

public:
    FaultInjector(FaultSpec spec, quint64 seed);

    FaultPlan next();
    const FaultSpec &spec() const { return m_spec; }
    quint64 seed() const { return m_seed; }

private:
    FaultSpec m_spec;
    quint64 m_seed;
    QRandomGenerator m_random;
};

} // namespace imprint
