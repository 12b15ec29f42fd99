#include "httprequestreader.h"

#include <QCoreApplication>

namespace imprint {

namespace {

// RFC 9110 5.6.2: tchar.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text)
        if (!isTokenChar(c))
            return false;
    return true;
}

// RFC 9110 5.5: field-vchar and the spaces between them; no control character (CR, LF, NUL,
// ESC, DEL...), which also keeps them out of anything that echoes a field.
bool isFieldValue(QByteArrayView value)
{
    for (char ch : value) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c < 0x20 && c != '\t') || c == 0x7f)
            return false;
    }
    return true;
}

// The request-target: visible ASCII only (RFC 9112 3.2; percent-encoding covers the rest).
bool isTarget(QByteArrayView target)
{
    if (target.isEmpty())
        return false;
    for (char ch : target) {
        const auto c = static_cast<unsigned char>(ch);
        if (c <= 0x20 || c >= 0x7f)
            return false;
    }
    return true;
}

QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && (v.front() == ' ' || v.front() == '\t'))
        v = v.sliced(1);
    while (!v.isEmpty() && (v.back() == ' ' || v.back() == '\t'))
        v.chop(1);
    return v;
}

// Comma-separated list members of every field of that name, lower case (Connection, Expect).
QList<QByteArray> tokens(const HttpHeaders &headers, QByteArrayView name)
{
    QList<QByteArray> out;
    for (const auto &entry : headers.entries()) {
        if (entry.first.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &part : entry.second.split(','))
            if (const QByteArrayView t = trimmed(part); !t.isEmpty())
                out << t.toByteArray().toLower();
    }
    return out;
}

} // namespace

HttpRequestReader::HttpRequestReader(HttpLimits limits)
    : m_limits(limits)
{}

bool HttpRequestReader::fail(int status, const QString &reason)
{
    m_state = State::Failed;
    m_failureStatus = status;
    m_failureReason = reason;
    m_buffer.clear();
    return false;
}

HttpRequestReader::State HttpRequestReader::feed(QByteArrayView bytes)
{
    if (m_state == State::Failed)
        return m_state;
    m_buffer.append(bytes);
    parse();
    return m_state;
}

void HttpRequestReader::parse()
{
    if (m_state == State::Idle || m_state == State::Head) {
        // RFC 9112 2.2: empty lines before a request line are ignored.
        qsizetype start = 0;
        while (start < m_buffer.size() &&
               (m_buffer.at(start) == '\r' || m_buffer.at(start) == '\n'))
            ++start;
        if (start > 0)
            m_buffer.remove(0, start);
        if (m_buffer.isEmpty()) {
            m_state = State::Idle;
            return;
        }
        m_state = State::Head;
        qsizetype end = m_buffer.indexOf("\r\n\r\n");
        qsizetype headLength = end < 0 ? -1 : end + 4;
        // A recipient may take a lone LF as a line end (RFC 9112 2.2).
        if (const qsizetype lf = m_buffer.indexOf("\n\n"); lf >= 0 && (end < 0 || lf < end)) {
            end = lf;
            headLength = lf + 2;
        }
        if (end < 0) {
            if (m_buffer.size() > m_limits.maxHeadBytes) {
                const bool lineDone = m_buffer.indexOf('\n') >= 0;
                lineDone ? fail(431, HttpRequestReader::tr(
                                         "The request's header fields are larger than imprint-sim "
                                         "accepts."))
                         : fail(414, HttpRequestReader::tr(
                                         "The request line is longer than imprint-sim accepts."));
            }
            return;
        }
        if (end > m_limits.maxHeadBytes) {
            fail(431, HttpRequestReader::tr(
                          "The request's header fields are larger than imprint-sim accepts."));
            return;
        }
        if (!parseHead(QByteArrayView(m_buffer).first(end)))
            return;
        m_buffer.remove(0, headLength);
        m_state = State::Body;
    }
    if (m_state == State::Body && m_buffer.size() >= m_bodyLength) {
        m_request.body = m_buffer.left(m_bodyLength);
        m_buffer.remove(0, m_bodyLength);
        m_state = State::Complete;
    }
}

bool HttpRequestReader::parseHead(QByteArrayView head)
{
    m_request = ReceivedRequest();
    m_expectContinue = false;
    QList<QByteArrayView> lines;
    lines.reserve(32);
    for (qsizetype from = 0; from <= head.size();) {
        qsizetype nl = head.indexOf('\n', from);
        if (nl < 0)
            nl = head.size();
        QByteArrayView line = head.sliced(from, nl - from);
        if (line.endsWith('\r'))
            line.chop(1);
        // A CR anywhere else is a bare CR: RFC 9112 2.2 lets us refuse the message.
        if (line.contains('\r'))
            return fail(400, HttpRequestReader::tr(
                                 "The request holds a carriage return outside a line end."));
        lines << line;
        from = nl + 1;
    }

    // request-line = method SP request-target SP HTTP-version
    const QByteArrayView requestLine = lines.takeFirst();
    const qsizetype sp1 = requestLine.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : requestLine.indexOf(' ', sp1 + 1);
    if (sp1 < 0 || sp2 < 0 || requestLine.indexOf(' ', sp2 + 1) >= 0)
        return fail(400,
                    HttpRequestReader::tr("The request line is not \"METHOD target HTTP/1.1\"."));
    const QByteArrayView method = requestLine.first(sp1);
    const QByteArrayView target = requestLine.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = requestLine.sliced(sp2 + 1);
    if (!isToken(method) || !isTarget(target))
        return fail(400,
                    HttpRequestReader::tr("The request line is not \"METHOD target HTTP/1.1\"."));
    const bool http11 = version == "HTTP/1.1";
    if (!http11 && version != "HTTP/1.0") {
        const bool looksLikeHttp =
            version.size() == 8 && version.startsWith("HTTP/") && version.at(6) == '.';
        return looksLikeHttp
                   ? fail(505,
                          HttpRequestReader::tr("imprint-sim speaks HTTP/1.1 and HTTP/1.0 only."))
                   : fail(400, HttpRequestReader::tr("The request line is not \"METHOD target "
                                                     "HTTP/1.1\"."));
    }
    m_request.method = method.toByteArray();
    // Origin form ("/path?query") or absolute form ("http://host/path?query").
    QByteArrayView pathAndQuery = target;
    if (!target.startsWith('/')) {
        const qsizetype scheme = target.indexOf("://");
        const qsizetype slash = scheme < 0 ? -1 : target.indexOf('/', scheme + 3);
        if (scheme < 0 || target == "*")
            return fail(400,
                        HttpRequestReader::tr("The request target must be a path such as \"/\"."));
        pathAndQuery = slash < 0 ? QByteArrayView("/") : target.sliced(slash);
    }
    const qsizetype question = pathAndQuery.indexOf('?');
    m_request.path = (question < 0 ? pathAndQuery : pathAndQuery.first(question)).toByteArray();
    m_request.query = question < 0 ? QByteArray() : pathAndQuery.sliced(question + 1).toByteArray();

    if (lines.size() > m_limits.maxHeaderFields)
        return fail(431, HttpRequestReader::tr(
                             "The request has more header fields than imprint-sim accepts."));
    for (const QByteArrayView line : std::as_const(lines)) {
        if (line.startsWith(' ') || line.startsWith('\t'))
            return fail(400, HttpRequestReader::tr(
                                 "The request folds a header field over lines (obsolete line "
                                 "folding), which imprint-sim does not accept."));
        const qsizetype colon = line.indexOf(':');
        // No whitespace between name and colon (RFC 9112 5.1).
        if (colon <= 0 || !isToken(line.first(colon)))
            return fail(
                400, HttpRequestReader::tr("The request has a header field without a valid name."));
        const QByteArrayView value = trimmed(line.sliced(colon + 1));
        if (!isFieldValue(value))
            return fail(400, HttpRequestReader::tr(
                                 "A header field of the request holds a control character."));
        m_request.headers.append(line.first(colon).toByteArray(), value.toByteArray());
    }

    const HttpHeaders &h = m_request.headers;
    if (http11 && h.count("Host") != 1)
        return fail(400,
                    HttpRequestReader::tr("An HTTP/1.1 request needs exactly one Host field."));
    if (h.contains("Transfer-Encoding")) {
        // With Content-Length too it is the classic smuggling shape (RFC 9112 6.1): refused.
        if (h.contains("Content-Length"))
            return fail(400, HttpRequestReader::tr(
                                 "The request has both Transfer-Encoding and Content-Length."));
        return fail(501, HttpRequestReader::tr(
                             "imprint-sim does not accept a transfer coding; send the body with "
                             "a Content-Length."));
    }
    // Content-Length: repeated or listed values must all agree (RFC 9112 6.3).
    m_bodyLength = 0;
    QByteArray length;
    for (const auto &entry : h.entries()) {
        if (entry.first.compare("Content-Length", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &part : entry.second.split(',')) {
            const QByteArray value = trimmed(part).toByteArray();
            bool digits = !value.isEmpty() && value.size() <= 18;
            for (char c : value)
                digits = digits && c >= '0' && c <= '9';
            if (!digits || (!length.isNull() && value.toLongLong() != length.toLongLong()))
                return fail(
                    400, HttpRequestReader::tr("The request's Content-Length is not one number."));
            length = value;
        }
    }
    if (!length.isNull())
        m_bodyLength = length.toLongLong();
    if (m_bodyLength > m_limits.maxBodyBytes)
        return fail(413, HttpRequestReader::tr(
                             "The request body is %1 bytes; imprint-sim accepts at most %2.")
                             .arg(m_bodyLength)
                             .arg(m_limits.maxBodyBytes));

    const QList<QByteArray> connection = tokens(h, "Connection");
    m_keepAlive = http11 ? !connection.contains("close") : connection.contains("keep-alive");
    m_expectContinue = http11 && tokens(h, "Expect").contains("100-continue");
    return true;
}

ReceivedRequest HttpRequestReader::takeRequest(bool *keepAlive)
{
    if (m_state != State::Complete)
        return {};
    if (keepAlive)
        *keepAlive = m_keepAlive;
    ReceivedRequest out = std::move(m_request);
    m_request = ReceivedRequest();
    m_expectContinue = false;
    m_state = State::Idle;
    parse();
    return out;
}

} // namespace imprint
