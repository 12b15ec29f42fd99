// The request log: each line says what it always said, and lines are written when the event
// loop is about to wait, not one write per request.

#include "apireply.h"
#include "faultinjector.h"
#include "requestlog.h"

#include <QEventLoop>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace imprint;

namespace {

ApiReply reply(const QString &action)
{
    ApiReply r;
    r.requestId = QStringLiteral("6f1c-id");
    r.service = QStringLiteral("cvm");
    r.action = action;
    r.region = QStringLiteral("ap-guangzhou");
    r.outcome = QStringLiteral("OK");
    return r;
}

QByteArray contents(std::FILE *file)
{
    std::fflush(file);
    std::rewind(file);
    QByteArray out;
    char buffer[4096];
    size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0)
        out.append(buffer, qsizetype(n));
    std::fseek(file, 0, SEEK_END);
    return out;
}

} // namespace

class TestRequestLog : public QObject
{
    Q_OBJECT

private slots:
    void lineSaysWhatHappened();
    void lineEscapesWhatTheClientChose();
    void linesWaitForTheEventLoopToIdle();
    void pendingLinesAreWrittenAtTheEnd();
};

void TestRequestLog::lineSaysWhatHappened()
{
    const QDateTime at(QDate(2026, 12, 3), QTime(18, 5, 6, 789), Qt::UTC);
    QCOMPARE(RequestLog::line(reply(QStringLiteral("DescribeImages")), FaultPlan(), 3, at),
             QByteArray("2026-12-03T18:05:06.789Z 6f1c-id cvm DescribeImages ap-guangzhou OK "
                        "3ms\n"));

    ApiReply refused;
    refused.outcome = QStringLiteral("UnsupportedProtocol");
    FaultPlan plan;
    plan.kind = FaultPlan::Kind::Http5xx;
    plan.httpStatus = 503;
    plan.timing = FaultPlan::Timing::AfterAction;
    plan.delayMs = 40;
    QCOMPARE(RequestLog::line(refused, plan, 41, at),
             QByteArray("2026-12-03T18:05:06.789Z - - - - UnsupportedProtocol 41ms "
                        "fault=http5xx503/after latency=40ms\n"));
    plan.kind = FaultPlan::Kind::Drop;
    plan.delayMs = 0;
    plan.timing = FaultPlan::Timing::BeforeAction;
    QVERIFY(RequestLog::line(refused, plan, 0, at).endsWith(" 0ms fault=drop/before\n"));
}

void TestRequestLog::lineEscapesWhatTheClientChose()
{
    const QByteArray line = RequestLog::line(reply(QStringLiteral("Describe Images\nforged 广州")),
                                             FaultPlan(), 1, QDateTime::currentDateTimeUtc());
    QVERIFY(line.contains("Describe\\x20Images\\x0aforged\\x20广州 ap-guangzhou"));
    QCOMPARE(line.count('\n'), 1);
    QVERIFY(line.endsWith('\n'));
}

void TestRequestLog::linesWaitForTheEventLoopToIdle()
{
    std::FILE *file = std::tmpfile();
    QVERIFY(file);
    {
        RequestLog log(file);
        log.add(reply(QStringLiteral("DescribeImages")), FaultPlan(), 1);
        log.add(reply(QStringLiteral("DescribeInstances")), FaultPlan(), 2);
        QVERIFY(contents(file).isEmpty()); // still gathering: the loop has not waited yet
        // One pass of the event loop that waits: both lines go out before it does.
        QEventLoop loop;
        QTimer::singleShot(0, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray written = contents(file);
        QCOMPARE(written.count('\n'), 2);
        QVERIFY(written.indexOf(" DescribeImages ") < written.indexOf(" DescribeInstances "));
    }
    std::fclose(file);
}

void TestRequestLog::pendingLinesAreWrittenAtTheEnd()
{
    std::FILE *file = std::tmpfile();
    QVERIFY(file);
    {
        RequestLog log(file);
        log.add(reply(QStringLiteral("CreateImage")), FaultPlan(), 5);
    }
    QVERIFY(contents(file).contains(" CreateImage ap-guangzhou OK 5ms\n"));
    std::fclose(file);
}

QTEST_GUILESS_MAIN(TestRequestLog)
#include "tst_requestlog.moc"
