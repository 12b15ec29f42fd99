#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace imprint {

// What a client sent, made safe for one field of imprint-sim's request log: control characters
// (CR, LF, ESC...), backslashes, spaces and anything unprintable become \xNN or \u{NNNN}, and the
// text is cut at `maxLength` characters. A client can then neither start a forged log line,
// nor colour or move the terminal's cursor, nor shift the fields of its own line.
QString escapedForLog(QStringView text, int maxLength = 128);
// escapedForLog(text, maxLength) as UTF-8, appended to `out`: the usual plain ASCII field is
// copied in place, without the two strings the general case makes (the log takes one line per
// request).
void appendEscapedForLog(QByteArray &out, QStringView text, int maxLength = 128);

} // namespace imprint
