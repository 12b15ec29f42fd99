#pragma once

// What the integration tests of every cloud's client against the real imprint-sim share: the
// server as a child process on a free loopback port with a fresh data folder and a known key
// pair, and a bounded wait on a backend's future (a hang fails the test instead of stalling it).

#include "error.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFuture>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QUrl>

namespace simchild {

inline const QString kSecretId = QStringLiteral("AKIDintegrationTestKey42");
inline const QString kSecretKey = QStringLiteral("integrationSecretKeyNeverLogged");

// The backend works in its own thread, so the test may simply block on a future - bounded.
template <typename T> T await(QFuture<T> future, int timeoutMs = 60000)
{
    QElapsedTimer timer;
    timer.start();
    while (!future.isFinished() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (!future.isFinished())
        return T(imprint::Error(imprint::ErrorCode::Timeout,
                                QStringLiteral("test: the call never answered (a hang)")));
    QCoreApplication::processEvents();
    return future.result();
}

// imprint-sim as a child process on a free loopback port with a fresh data folder.
class SimChild
{
public:
    ~SimChild()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    bool start(const QStringList &extra, QString *why)
    {
#ifdef IMPRINT_SIM_BINARY
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // The key pair goes through the environment: a command line is visible to everyone.
        env.insert(QStringLiteral("IMPRINT_SIM_SECRET_ID"), kSecretId);
        env.insert(QStringLiteral("IMPRINT_SIM_SECRET_KEY"), kSecretKey);
        m_process.setProcessEnvironment(env);
        m_process.setStandardErrorFile(m_dir.filePath(QStringLiteral("imprint-sim.log")));
        m_process.start(QStringLiteral(IMPRINT_SIM_BINARY),
                        QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                    QStringLiteral("--data-dir"), m_dir.path(),
                                    QStringLiteral("--sim-speed"), QStringLiteral("500")} +
                            extra);
        if (!m_process.waitForStarted(10000)) {
            *why = m_process.errorString();
            return false;
        }
        QElapsedTimer timer;
        timer.start();
        while (!m_process.canReadLine() && timer.elapsed() < 20000)
            m_process.waitForReadyRead(200);
        const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
        const QString prefix = QStringLiteral("imprint-sim listening on ");
        if (!line.startsWith(prefix)) {
            *why = QStringLiteral("unexpected first line: \"%1\"").arg(line);
            return false;
        }
        m_url = QUrl(line.mid(prefix.size()));
        return m_url.isValid();
#else
        Q_UNUSED(extra);
        *why = QStringLiteral("no imprint-sim");
        return false;
#endif
    }

    QUrl url() const
    {
        return m_url;
    }
    QString log() const
    {
        QFile log(m_dir.filePath(QStringLiteral("imprint-sim.log")));
        if (!log.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(log.readAll());
    }
    QString logTail() const
    {
        return log().right(3000);
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_url;
};

} // namespace simchild
