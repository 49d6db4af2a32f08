// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: CsvReader alone, on any bytes (format detection skipped).
#include "fuzz_common.h"

#include "csvreader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    return Fuzz::readAlone<CsvReader>(bytes, size);
}
