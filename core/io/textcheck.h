// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

#include <cstdint>

/// Small checks on raw input bytes, for messages that name the place of a
/// fault when a parser only says that there is one.
namespace TextCheck {

/// Offset of the first byte that does not belong to a well-formed UTF-8
/// sequence (overlong forms, surrogates and values past U+10FFFF count as
/// broken), or -1 when all of `text` is UTF-8.
std::int64_t firstInvalidUtf8(QByteArrayView text);

/// Offset of the first byte that no text file holds (NUL, or another C0
/// control other than tab, CR, LF and form feed), or -1.
std::int64_t firstBinaryByte(QByteArrayView text);

/// What `head`, the start of a file that no reader took, looks like when it
/// is a well-known kind of non-timing file: "an HTML page", "gzip-compressed
/// data (decompress it first)", "UTF-16 text (save it as UTF-8)"…; empty otherwise.
QString knownForeignFormat(QByteArrayView head);

} // namespace TextCheck
