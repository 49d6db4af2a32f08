// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>

/// Finds where the elements of one JSON array end, without parsing them: the
/// commas between its elements and its closing bracket. Strings (with their
/// escapes) and nested objects and arrays are stepped over, 64 bytes at a
/// time, so that the calling thread can cut a big array into windows of
/// whole elements for other threads to parse. It checks nothing else: the
/// parser of each window does. Text that is not JSON gives cuts that the
/// parser then refuses.
class JsonArrayScanner
{
public:
    static constexpr std::size_t kBlock = 64;

    /// What one scan() found.
    struct Found
    {
        std::int64_t separators = 0;    ///< commas between elements of the array
        std::int64_t lastSeparator = -1; ///< offset of the last of them, or -1
        std::int64_t closer = -1;       ///< offset of the array's closing bracket, or -1
    };

    /// Starts right after the array's opening bracket.
    JsonArrayScanner() = default;

    /// Scans the next `size` bytes of the text, from where the last call
    /// ended. `size` is a multiple of kBlock except at the end of the input,
    /// where the rest is read as if zeros followed it. Stops at the closing
    /// bracket: nothing after it is scanned (and the scanner is spent).
    Found scan(const char *data, std::size_t size);

private:
    struct Masks
    {
        std::uint64_t quote = 0, backslash = 0, open = 0, close = 0, comma = 0;
    };
    static Masks classify(const char *block);
    /// Bits of the characters that a backslash escapes.
    std::uint64_t escaped(std::uint64_t backslash);

    std::uint64_t m_nextEscaped = 0; ///< 1 when the next block's first byte is escaped
    std::uint64_t m_inString = 0;    ///< all ones when the last block ended inside a string
    std::int64_t m_depth = 1;        ///< 1: between the array's elements
};
