// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the libFuzzer targets: the invariants every reader must keep,
// whatever bytes it is given.
#pragma once

#include "bytebuffer.h"
#include "timingdata.h"
#include "timingparser.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace Fuzz {

/// Aborts (a libFuzzer crash) when `data` is inconsistent: every column of
/// the prompt table as long as the others, text references inside the text pool,
/// no more warnings stored than counted, skipped rows never negative.
inline void checkSource(const SourceData &data, bool finalized)
{
    const PromptTable &p = data.prompts;
    const std::size_t n = p.size();
    bool ok = p.model.size() == n && p.method.size() == n && p.gpuInfo.size() == n && p.device.size() == n
        && p.time.size() == n && p.tokens.size() == n && p.outputTokens.size() == n && p.tokensPerSecond.size() == n
        && p.success.size() == n && p.sourceRow.size() == n && (!finalized || p.hardware.size() == n)
        && p.promptTextRef.size() == n && p.promptIdRef.size() == n;
    for (std::size_t i = 0; ok && i < n; ++i)
        ok = p.promptTextRef[i] < p.texts.size() && p.promptIdRef[i] < p.texts.size();
    ok = ok && data.warnings.size() <= data.warningCount && data.skippedRows >= 0
        && data.skippedRows <= data.warningCount;
    if (!ok) {
        std::fprintf(stderr, "fuzz: inconsistent SourceData (%zu prompt rows)\n", n);
        std::abort();
    }
}

/// One reader alone on any bytes (format detection skipped): a failure must
/// say why, and the data read, before and after finalize(), stays consistent.
template<typename Reader>
int readAlone(const std::uint8_t *bytes, std::size_t size)
{
    const ByteBuffer buffer = ByteBuffer::fromBytes(QByteArrayView(bytes, qsizetype(size)));
    const QString origin = QStringLiteral("fuzz");
    const ParseContext context;
    SourceData data;
    QString error;
    const bool ok = Reader(origin, context, data).read(buffer, &error);
    if (!ok && error.isEmpty())
        __builtin_trap();
    checkSource(data, false);
    if (ok) {
        data.finalize();
        checkSource(data, true);
    }
    return 0;
}

} // namespace Fuzz
