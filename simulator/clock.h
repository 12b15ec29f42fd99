#pragma once

#include <QDateTime>
#include <QElapsedTimer>

namespace imprint {

// Simulated time. Tests drive a ManualClock; the app runs a ScaledClock (e.g. 60x wall time)
// so that a ten-minute Lighthouse image takes ten seconds.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    // Where simulated time resumes after a restart (the store remembers the last instant).
    virtual void resumeFrom(const QDateTime &simulatedNow) = 0;
};

class ManualClock : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
    QDateTime now() const override { return m_now; }
    void resumeFrom(const QDateTime &simulatedNow) override;
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void setNow(const QDateTime &now) { m_now = now; }

private:
    QDateTime m_now;
};

class ScaledClock : public Clock
{
public:
    explicit ScaledClock(double speed);
    QDateTime now() const override;
    void resumeFrom(const QDateTime &simulatedNow) override;
    double speed() const { return m_speed; }

private:
    double m_speed;
    QDateTime m_origin;
    QElapsedTimer m_elapsed;
};

} // namespace imprint
