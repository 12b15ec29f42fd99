// imprint-sim's HTTP/1.1 request reader (issue 16, defect 6): RFC 9112 framing, and refusals
// decided before anything large is buffered.

#include "httprequestreader.h"

#include <QTest>

using namespace imprint;

Q_DECLARE_METATYPE(HttpRequestReader::State)

class TestHttpRequestReader : public QObject
{
    Q_OBJECT

private slots:
    void readsARequestByteByByte()
    {
        const QByteArray wire =
            "POST /?a=1 HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            "Content-Length: 2\r\nX-TC-Action:  DescribeImages \r\n\r\n{}";
        HttpRequestReader reader;
        for (qsizetype i = 0; i < wire.size() - 1; ++i)
            QVERIFY(reader.feed(wire.mid(i, 1)) != HttpRequestReader::State::Complete);
        QCOMPARE(reader.feed(wire.right(1)), HttpRequestReader::State::Complete);
        bool keepAlive = false;
        const ReceivedRequest r = reader.takeRequest(&keepAlive);
        QVERIFY(keepAlive);
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, QByteArray("/"));
        QCOMPARE(r.query, QByteArray("a=1"));
        QCOMPARE(r.body, QByteArray("{}"));
        QCOMPARE(r.headers.value("x-tc-action"), QByteArray("DescribeImages"));
        QCOMPARE(reader.state(), HttpRequestReader::State::Idle);
    }

    void pipelinedRequestsComeOneAtATime()
    {
        HttpRequestReader reader;
        const QByteArray one = "GET /a HTTP/1.1\r\nHost: x\r\n\r\n";
        const QByteArray two = "GET /b HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
        QCOMPARE(reader.feed(one + two), HttpRequestReader::State::Complete);
        bool keepAlive = false;
        QCOMPARE(reader.takeRequest(&keepAlive).path, QByteArray("/a"));
        QVERIFY(keepAlive);
        QCOMPARE(reader.state(), HttpRequestReader::State::Complete);
        QCOMPARE(reader.takeRequest(&keepAlive).path, QByteArray("/b"));
        QVERIFY(!keepAlive); // Connection: close is honoured
    }

    void http10ClosesUnlessAskedToKeepAlive()
    {
        bool keepAlive = true;
        HttpRequestReader a;
        QCOMPARE(a.feed("GET / HTTP/1.0\r\n\r\n"), HttpRequestReader::State::Complete);
        a.takeRequest(&keepAlive);
        QVERIFY(!keepAlive);
        HttpRequestReader b;
        QCOMPARE(b.feed("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n"),
                 HttpRequestReader::State::Complete);
        b.takeRequest(&keepAlive);
        QVERIFY(keepAlive);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<int>("status");
        const QByteArray start = "POST / HTTP/1.1\r\nHost: x\r\n";
        QTest::newRow("conflicting Content-Length")
            << start + "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}" << 400;
        QTest::newRow("Content-Length list that disagrees")
            << start + "Content-Length: 2, 3\r\n\r\n{}" << 400;
        QTest::newRow("Content-Length not a number") << start + "Content-Length: 2x\r\n\r\n" << 400;
        QTest::newRow("negative Content-Length") << start + "Content-Length: -1\r\n\r\n" << 400;
        QTest::newRow("Transfer-Encoding with Content-Length")
            << start + "Transfer-Encoding: chunked\r\nContent-Length: 2\r\n\r\n"
            << 400;
        QTest::newRow("chunked") << start + "Transfer-Encoding: chunked\r\n\r\n" << 501;
        QTest::newRow("CR inside a field") << start + "X-TC-Action: Describe\rImages\r\n\r\n"
                                           << 400;
        QTest::newRow("ESC inside a field") << start + "X-TC-Region: ap-\x1b[31mguangzhou\r\n\r\n"
                                            << 400;
        QTest::newRow("NUL inside a field") << start + QByteArray("X-A: a\0b\r\n\r\n", 13) << 400;
        QTest::newRow("space before colon") << start + "X-A : b\r\n\r\n" << 400;
        QTest::newRow("obsolete line folding") << start + "X-A: b\r\n c\r\n\r\n" << 400;
        QTest::newRow("no Host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("two Hosts") << start + "Host: y\r\n\r\n" << 400;
        QTest::newRow("not HTTP") << QByteArray("hello world\r\n\r\n") << 400;
        QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\nHost: x\r\n\r\n") << 505;
        QTest::newRow("space in target")
            << QByteArray("GET /a b HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("body over the limit") << start + "Content-Length: 104857600\r\n\r\n" << 413;
        QTest::newRow("head over the limit")
            << start + "X-Big: " + QByteArray(40 * 1024, 'a') + "\r\n\r\n"
            << 431;
        QTest::newRow("endless head") << start + "X-Big: " + QByteArray(40 * 1024, 'a') << 431;
        QTest::newRow("endless request line") << "GET /" + QByteArray(40 * 1024, 'a') << 414;
        QByteArray many = start;
        for (int i = 0; i < 101; ++i)
            many += "X-" + QByteArray::number(i) + ": v\r\n";
        QTest::newRow("101 fields") << many + "\r\n" << 431;
    }

    void refusals()
    {
        QFETCH(QByteArray, wire);
        QFETCH(int, status);
        HttpRequestReader reader;
        QCOMPARE(reader.feed(wire), HttpRequestReader::State::Failed);
        QCOMPARE(reader.failureStatus(), status);
        QVERIFY(reader.failureReason().endsWith(QLatin1Char('.')));
        // Nothing after a refusal is read as a request.
        QCOMPARE(reader.feed("GET / HTTP/1.1\r\nHost: x\r\n\r\n"),
                 HttpRequestReader::State::Failed);
    }

    void bodyLimitIsDecidedFromTheHeadAlone()
    {
        // The head of a 100 MB upload: refused at once, before a byte of the body.
        HttpLimits limits;
        limits.maxBodyBytes = 1000;
        HttpRequestReader reader(limits);
        QCOMPARE(reader.feed("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1001\r\n\r\n"),
                 HttpRequestReader::State::Failed);
        QCOMPARE(reader.failureStatus(), 413);
        HttpRequestReader exact(limits);
        QCOMPARE(exact.feed("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n"),
                 HttpRequestReader::State::Body);
        QCOMPARE(exact.feed(QByteArray(1000, 'x')), HttpRequestReader::State::Complete);
    }

    void agreeingContentLengthsAreOne()
    {
        HttpRequestReader reader;
        QCOMPARE(reader.feed("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n"
                             "Content-Length: 2\r\n\r\n{}"),
                 HttpRequestReader::State::Complete);
    }

    void expectContinueIsSeen()
    {
        HttpRequestReader reader;
        QCOMPARE(reader.feed("POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n"
                             "Content-Length: 5\r\n\r\n"),
                 HttpRequestReader::State::Body);
        QVERIFY(reader.expectsContinue());
    }
};

QTEST_GUILESS_MAIN(TestHttpRequestReader)
#include "tst_httprequestreader.moc"
