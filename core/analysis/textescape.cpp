// SPDX-License-Identifier: GPL-3.0-or-later
#include "textescape.h"

#include <algorithm>

namespace TextEscape {

namespace {

bool needsEscape(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069);
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

} // namespace

QString controls(const QString &text)
{
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return needsEscape(c.unicode()); }))
        return text;
    QString out;
    out.reserve(text.size() + 16);
    for (QChar qc : text) {
        const char16_t c = qc.unicode();
        if (!needsEscape(c)) {
            out += qc;
            continue;
        }
        switch (c) {
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        case 0x1b:
            out += QLatin1String("\\e");
            break;
        default:
            if (c <= 0xff)
                out += QLatin1String("\\x") + QString::number(c, 16).toUpper().rightJustified(2, QLatin1Char('0'));
            else
                out += QLatin1String("\\u") + QString::number(c, 16).toUpper().rightJustified(4, QLatin1Char('0'));
        }
    }
    return out;
}

QString markdown(const QString &text)
{
    const QString &plain = text;
    QString out;
    out.reserve(plain.size() + 8);
    for (qsizetype i = 0; i < plain.size(); ++i) {
        const QChar c = plain.at(i);
        if (needsEscape(c.unicode())) {
            // \n, \e, \x07: a backslash before a letter is shown as it is.
            out += controls(QString(c));
            continue;
        }
        bool escape = false;
        switch (c.unicode()) {
        case u'\\':
        case u'`':
        case u'*':
        case u'|':
        case u'[':
        case u']':
        case u'<':
        case u'>':
        case u'~':
        case u'&':
            escape = true;
            break;
        case u'_':
            escape = i == 0 || i + 1 == plain.size() || !isWordChar(plain.at(i - 1)) || !isWordChar(plain.at(i + 1));
            break;
        default:
            break;
        }
        if (escape)
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString markdownCode(const QString &text)
{
    QString plain = controls(text);
    plain.replace(QLatin1Char('|'), QLatin1String("\\|"));
    qsizetype longest = 0, run = 0;
    for (QChar c : std::as_const(plain)) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString fence(longest + 1, QLatin1Char('`'));
    const bool pad = plain.startsWith(QLatin1Char('`')) || plain.endsWith(QLatin1Char('`'));
    const QString space = pad ? QStringLiteral(" ") : QString();
    return fence + space + plain + space + fence;
}

QString csvText(const QString &text)
{
    QString field = text;
    if (!field.isEmpty()) {
        const QChar first = field.front();
        const bool formula = first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
            || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
        bool isNumber = false;
        if (formula && first != QLatin1Char('=') && first != QLatin1Char('@'))
            field.toDouble(&isNumber);
        if (formula && !isNumber)
            field.prepend(QLatin1Char('\''));
    }
    if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) || field.contains(QLatin1Char('\n'))
        || field.contains(QLatin1Char('\r')))
        return QLatin1Char('"') + field.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    return field;
}

} // namespace TextEscape
