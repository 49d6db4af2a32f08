// SPDX-License-Identifier: GPL-3.0-or-later
#include "textcheck.h"

#include <QCoreApplication>

namespace TextCheck {

std::int64_t firstInvalidUtf8(QByteArrayView text)
{
    const auto *s = reinterpret_cast<const unsigned char *>(text.data());
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80, high = 0xBF; // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                low = 0xA0; // overlong
            else if (c == 0xED)
                high = 0x9F; // surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                low = 0x90; // overlong
            else if (c == 0xF4)
                high = 0x8F; // past U+10FFFF
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        if (s[i + 1] < low || s[i + 1] > high)
            return i;
        for (int k = 2; k < length; ++k) {
            if (s[i + k] < 0x80 || s[i + k] > 0xBF)
                return i;
        }
        i += length;
    }
    return -1;
}

std::int64_t firstBinaryByte(QByteArrayView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
            return i;
    }
    return -1;
}

QString knownForeignFormat(QByteArrayView head)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("TextCheck", text); };
    if (head.startsWith("\x1F\x8B"))
        return tr("gzip-compressed data (decompress it first, e.g. with gunzip)");
    if (head.startsWith("PK\x03\x04"))
        return tr("a ZIP archive (extract the timing file first)");
    // Sized views: the literals hold NUL bytes.
    if (head.startsWith(QByteArrayView("\xFF\xFE\0\0", 4)) || head.startsWith(QByteArrayView("\0\0\xFE\xFF", 4)))
        return tr("UTF-32 text (save it as UTF-8)");
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
        return tr("UTF-16 text (save it as UTF-8)");
    QByteArrayView text = head;
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3);
    text = text.first(std::min<qsizetype>(text.size(), 1024)).trimmed();
    const auto startsNoCase = [&](const char *prefix) {
        const QByteArrayView p(prefix);
        return text.size() >= p.size() && QByteArrayView(text.first(p.size())).compare(p, Qt::CaseInsensitive) == 0;
    };
    if (startsNoCase("<!doctype html") || startsNoCase("<html") || startsNoCase("<head") || startsNoCase("<body"))
        return tr("an HTML page (a login page, a proxy's error or a wrong URL saved as a file?)");
    if (startsNoCase("<?xml") || text.startsWith("<"))
        return tr("XML or HTML markup");
    return {};
}

} // namespace TextCheck
