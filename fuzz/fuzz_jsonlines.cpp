// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: JsonLinesReader alone, on any bytes (format detection skipped).
#include "fuzz_common.h"

#include "jsonlinesreader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    return Fuzz::readAlone<JsonLinesReader>(bytes, size);
}
