#include "logescape.h"

#include <QList>

#include <algorithm>

namespace imprint {

namespace {

// The usual field, an id or a name in plain ASCII, has nothing to escape.
bool isPlain(QStringView text, int maxLength)
{
    return text.size() <= maxLength && std::all_of(text.begin(), text.end(), [](QChar c) {
               return c.unicode() > 0x20 && c.unicode() < 0x7f && c != QLatin1Char('\\');
           });
}

} // namespace

QString escapedForLog(QStringView text, int maxLength)
{
    if (isPlain(text, maxLength))
        return text.toString();
    QString out;
    out.reserve(qMin(text.size(), qsizetype(maxLength)) + 8);
    int shown = 0;
    for (const char32_t c : text.toUcs4()) {
        if (shown == maxLength) {
            out += QStringLiteral("...");
            break;
        }
        ++shown;
        if (c < 0x80) {
            const bool plain = c > 0x20 && c < 0x7f && c != '\\';
            out += plain ? QString(QChar(char16_t(c)))
                         : QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
            continue;
        }
        const QString ch = QString::fromUcs4(&c, 1);
        // Printable letters of any script stay readable; format and control code points do not.
        if (QChar::isPrint(c) && QChar::category(c) != QChar::Separator_Line &&
            QChar::category(c) != QChar::Separator_Paragraph &&
            QChar::category(c) != QChar::Other_Format)
            out += ch;
        else
            out += QStringLiteral("\\u{%1}").arg(uint(c), 4, 16, QLatin1Char('0'));
    }
    return out;
}

void appendEscapedForLog(QByteArray &out, QStringView text, int maxLength)
{
    if (!isPlain(text, maxLength)) {
        out += escapedForLog(text, maxLength).toUtf8();
        return;
    }
    const qsizetype at = out.size();
    out.resize(at + text.size());
    char *to = out.data() + at;
    for (const QChar c : text)
        *to++ = char(c.unicode());
}

} // namespace imprint
