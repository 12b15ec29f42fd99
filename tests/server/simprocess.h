#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

// One imprint-sim child process for a test: started on 127.0.0.1 port 0 with a known key pair,
// the URL read from its first stdout line. The data folder is a temporary one unless the test
// hands its own (to restart on the same store).
class SimProcess
{
public:
    static const QString secretId;
    static const QString secretKey;

    SimProcess();
    ~SimProcess();

    // Extra arguments come after the defaults (--listen 127.0.0.1:0 --sim-speed 600), so a
    // test can override the speed. Empty dataDir: a fresh temporary folder.
    bool start(const QStringList &extraArguments = {}, const QString &dataDir = {});
    // Before start(): the request log goes to this file instead of a pipe into this process.
    // A benchmark wants that: reading the pipe would wake its client thread once per request.
    void setLogFile(const QString &path) { m_logFile = path; }
    // SIGKILL: no clean shutdown, exactly what a crash or `kill -9` does.
    void kill();
    void stop();

    QUrl url() const { return m_url; }
    qint64 pid() const { return m_process.processId(); }
    QString dataDir() const;
    // What the server wrote to stderr so far (its request log), for failure messages.
    QByteArray log();
    QString error() const { return m_error; }
    // After a failed start: how the process ended (-1 while it still runs).
    int exitCode()
    {
        m_process.waitForFinished(10000);
        return m_process.state() == QProcess::NotRunning ? m_process.exitCode() : -1;
    }

private:
    QTemporaryDir m_tempDir;
    QString m_dataDir;
    QProcess m_process;
    QUrl m_url;
    QString m_error;
    QByteArray m_log;
    QString m_logFile;
};
