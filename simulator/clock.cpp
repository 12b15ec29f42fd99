#include "clock.h"

namespace imprint {

ManualClock::ManualClock(QDateTime start)
    : m_now(std::move(start))
{}

void ManualClock::resumeFrom(const QDateTime &simulatedNow)
{
    // Time never runs backwards: a restored store may be older than the test's start.
    if (simulatedNow.isValid() && simulatedNow > m_now)
        m_now = simulatedNow;
}

ScaledClock::ScaledClock(double speed)
    : m_speed(speed > 0 ? speed : 1.0)
    , m_origin(QDateTime::currentDateTimeUtc())
{
    m_elapsed.start();
}

QDateTime ScaledClock::now() const
{
    return m_origin.addMSecs(qint64(double(m_elapsed.elapsed()) * m_speed));
}

void ScaledClock::resumeFrom(const QDateTime &simulatedNow)
{
    if (simulatedNow.isValid()) {
        m_origin = simulatedNow;
        m_elapsed.restart();
    }
}

} // namespace imprint
