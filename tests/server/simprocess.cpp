#include "simprocess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcessEnvironment>
#include <QRegularExpression>

const QString SimProcess::secretId = QStringLiteral("AKIDimprintServerTest00000000000000");
const QString SimProcess::secretKey = QStringLiteral("imprint-server-test-secret-key-0000");

SimProcess::SimProcess() = default;

SimProcess::~SimProcess()
{
    stop();
}

QString SimProcess::dataDir() const
{
    return m_dataDir.isEmpty() ? m_tempDir.path() : m_dataDir;
}

bool SimProcess::start(const QStringList &extraArguments, const QString &dataDir)
{
    m_dataDir = dataDir;
    m_url.clear();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("IMPRINT_SIM_SECRET_ID"), secretId);
    env.insert(QStringLiteral("IMPRINT_SIM_SECRET_KEY"), secretKey);
    m_process.setProcessEnvironment(env);
    if (!m_logFile.isEmpty())
        m_process.setStandardErrorFile(m_logFile);
    QStringList arguments{QStringLiteral("--listen"),    QStringLiteral("127.0.0.1:0"),
                          QStringLiteral("--data-dir"),  this->dataDir(),
                          QStringLiteral("--sim-speed"), QStringLiteral("600")};
    arguments << extraArguments;
    m_process.start(QStringLiteral(IMPRINT_SIM_PATH), arguments);
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("imprint-sim did not start: %1").arg(m_process.errorString());
        return false;
    }
    const QDeadlineTimer deadline(20000);
    while (!m_process.canReadLine()) {
        if (deadline.hasExpired() || m_process.state() != QProcess::Running) {
            m_error = QStringLiteral("imprint-sim printed no address; stderr: %1")
                          .arg(QString::fromUtf8(log()));
            return false;
        }
        m_process.waitForReadyRead(200);
    }
    const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
    static const QRegularExpression form(
        QStringLiteral("^imprint-sim listening on (http://127\\.0\\.0\\.1:\\d+)$"));
    const QRegularExpressionMatch m = form.match(line);
    if (!m.hasMatch()) {
        m_error = QStringLiteral("unexpected first line: %1").arg(line);
        return false;
    }
    m_url = QUrl(m.captured(1));
    return true;
}

void SimProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(10000);
}

void SimProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000))
        kill();
}

QByteArray SimProcess::log()
{
    if (!m_logFile.isEmpty()) {
        QFile file(m_logFile);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    m_log += m_process.readAllStandardError();
    return m_log;
}
