#include "faultinjector.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace imprint {

namespace {

std::optional<double> parseRate(const QString &text)
{
    bool ok = false;
    const double rate = text.trimmed().toDouble(&ok);
    if (!ok || !(rate >= 0.0 && rate <= 1.0))
        return std::nullopt;
    return rate;
}

// "200ms", "2s", "200" (milliseconds).
std::optional<int> parseDuration(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{1,7})(ms|s)?$"));
    const QRegularExpressionMatch m = form.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 value = m.captured(1).toLongLong();
    const qint64 ms = m.captured(2) == QLatin1String("s") ? value * 1000 : value;
    if (ms > 600000) // ten minutes: anything longer only hangs a client's test
        return std::nullopt;
    return int(ms);
}

QString formatRate(double rate)
{
    return QString::number(rate, 'g', 6);
}

} // namespace

bool FaultSpec::isEmpty() const
{
    return (latencyMs == 0 || latencyRate == 0) && dropRate == 0 && http5xxRate == 0 &&
           rateLimitRate == 0;
}

std::optional<FaultSpec> FaultSpec::parse(const QString &text, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<FaultSpec> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    FaultSpec spec;
    if (text.trimmed().isEmpty())
        return spec;
    for (const QString &rawItem : text.split(QLatin1Char(','))) {
        const QString item = rawItem.trimmed();
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return fail(
                FaultInjector::tr("--faults: \"%1\" is not of the form name=value, e.g. drop=0.2.")
                    .arg(item));
        const QString name = item.left(eq).trimmed();
        const QString value = item.mid(eq + 1).trimmed();
        if (name == QLatin1String("latency")) {
            const QStringList parts = value.split(QLatin1Char(':'));
            const std::optional<int> ms = parseDuration(parts.value(0));
            const std::optional<double> rate =
                parts.size() > 1 ? parseRate(parts.value(1)) : std::optional<double>(1.0);
            if (parts.size() > 2 || !ms || !rate)
                return fail(FaultInjector::tr(
                                "--faults: latency takes a duration of at most 600s and an "
                                "optional rate from 0 to 1, e.g. latency=200ms:0.3, not \"%1\".")
                                .arg(value));
            spec.latencyMs = *ms;
            spec.latencyRate = *rate;
            continue;
        }
        double *target = nullptr;
        if (name == QLatin1String("drop"))
            target = &spec.dropRate;
        else if (name == QLatin1String("http5xx"))
            target = &spec.http5xxRate;
        else if (name == QLatin1String("ratelimit"))
            target = &spec.rateLimitRate;
        else
            return fail(
                FaultInjector::tr("--faults: unknown fault \"%1\"; use latency, drop, http5xx or "
                                  "ratelimit.")
                    .arg(name));
        const std::optional<double> rate = parseRate(value);
        if (!rate)
            return fail(FaultInjector::tr(
                            "--faults: the rate of %1 must be a number from 0 to 1, not \"%2\".")
                            .arg(name, value));
        *target = *rate;
    }
    // One roll decides among the three, so their rates cannot add up to more than certainty.
    if (spec.dropRate + spec.http5xxRate + spec.rateLimitRate > 1.0 + 1e-9)
        return fail(FaultInjector::tr(
            "--faults: drop, http5xx and ratelimit add up to more than 1; lower them "
            "so that their sum is at most 1."));
    return spec;
}

QString FaultSpec::toString() const
{
    QStringList parts;
    if (latencyMs > 0 && latencyRate > 0)
        parts << QStringLiteral("latency=%1ms:%2").arg(latencyMs).arg(formatRate(latencyRate));
    if (dropRate > 0)
        parts << QStringLiteral("drop=%1").arg(formatRate(dropRate));
    if (http5xxRate > 0)
        parts << QStringLiteral("http5xx=%1").arg(formatRate(http5xxRate));
    if (rateLimitRate > 0)
        parts << QStringLiteral("ratelimit=%1").arg(formatRate(rateLimitRate));
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(QLatin1Char(','));
}

QString FaultPlan::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Drop:
        return QStringLiteral("drop");
    case Kind::Http5xx:
        return QStringLiteral("http5xx");
    case Kind::RateLimit:
        return QStringLiteral("ratelimit");
    }
    return {};
}

QString FaultPlan::timingName(Timing timing)
{
    return timing == Timing::BeforeAction ? QStringLiteral("before") : QStringLiteral("after");
}

FaultInjector::FaultInjector(FaultSpec spec, quint64 seed)
    : m_spec(spec)
    , m_seed(seed)
{
    // Both halves of the 64-bit seed feed the generator, so every seed gives its own sequence.
    const quint32 words[2] = {quint32(seed), quint32(seed >> 32)};
    m_random = QRandomGenerator(words, 2);
}

FaultPlan FaultInjector::next()
{
    // Four draws per request whatever the outcome: the n-th request always sees the same
    // numbers, so changing one rate does not reshuffle the fate of every later request.
    const double latencyRoll = m_random.generateDouble();
    const double faultRoll = m_random.generateDouble();
    const double timingRoll = m_random.generateDouble();
    const double statusRoll = m_random.generateDouble();

    FaultPlan plan;
    if (m_spec.latencyMs > 0 && latencyRoll < m_spec.latencyRate)
        plan.delayMs = m_spec.latencyMs;
    double bound = m_spec.dropRate;
    if (faultRoll < bound) {
        plan.kind = FaultPlan::Kind::Drop;
    } else if (faultRoll < (bound += m_spec.http5xxRate)) {
        plan.kind = FaultPlan::Kind::Http5xx;
        plan.httpStatus = statusRoll < 0.5 ? 502 : 503;
    } else if (faultRoll < bound + m_spec.rateLimitRate) {
        plan.kind = FaultPlan::Kind::RateLimit;
    }
    // Half of the drops and 5xx strike before the action runs, half after it ran (answer lost).
    // A throttle always strikes before: the cloud's RequestLimitExceeded means "not executed",
    // and a client rightly retries it as such.
    plan.timing = timingRoll < 0.5 || plan.kind == FaultPlan::Kind::RateLimit
                      ? FaultPlan::Timing::BeforeAction
                      : FaultPlan::Timing::AfterAction;
    return plan;
}

} // namespace imprint
