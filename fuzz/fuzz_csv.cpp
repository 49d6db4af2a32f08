// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: CsvReader alone, on any bytes (format detection skipped).
#include "fuzz_common.h"

#include "csvreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    const ByteBuffer buffer = ByteBuffer::fromBytes(QByteArrayView(bytes, qsizetype(size)));
    const QString origin = QStringLiteral("fuzz");
    const ParseContext context;
    SourceData data;
    QString error;
    const bool ok = CsvReader(origin, context, data).read(buffer, &error);
    if (!ok && error.isEmpty())
        __builtin_trap(); // a failure must say why
    Fuzz::checkSource(data, false);
    if (ok) {
        data.finalize();
        Fuzz::checkSource(data, true);
    }
    return 0;
}
