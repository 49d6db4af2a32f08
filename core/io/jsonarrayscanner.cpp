// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonarrayscanner.h"

#include <bit>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {
/// Bit i set when an odd number of bits at or below i are set: with the
/// quotes that are not escaped, the bytes inside strings (opening quote included).
std::uint64_t prefixXor(std::uint64_t x)
{
    x ^= x << 1;
    x ^= x << 2;
    x ^= x << 4;
    x ^= x << 8;
    x ^= x << 16;
    x ^= x << 32;
    return x;
}
} // namespace

JsonArrayScanner::Masks JsonArrayScanner::classify(const char *block)
{
    Masks m;
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i caseBit = _mm_set1_epi8(0x20);
    const __m128i open = _mm_set1_epi8('{');
    const __m128i close = _mm_set1_epi8('}');
    const __m128i comma = _mm_set1_epi8(',');
    for (int i = 0; i < 4; ++i) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(block + 16 * i));
        const __m128i folded = _mm_or_si128(v, caseBit); // '[' and ']' become '{' and '}'
        const auto bits = [i](__m128i equal) {
            return std::uint64_t(std::uint16_t(_mm_movemask_epi8(equal))) << (16 * i);
        };
        m.quote |= bits(_mm_cmpeq_epi8(v, quote));
        m.backslash |= bits(_mm_cmpeq_epi8(v, backslash));
        m.open |= bits(_mm_cmpeq_epi8(folded, open));
        m.close |= bits(_mm_cmpeq_epi8(folded, close));
        m.comma |= bits(_mm_cmpeq_epi8(v, comma));
    }
#else
    for (std::size_t i = 0; i < kBlock; ++i) {
        const std::uint64_t bit = std::uint64_t(1) << i;
        switch (block[i]) {
        case '"': m.quote |= bit; break;
        case '\\': m.backslash |= bit; break;
        case '{': case '[': m.open |= bit; break;
        case '}': case ']': m.close |= bit; break;
        case ',': m.comma |= bit; break;
        default: break;
        }
    }
#endif
    return m;
}

std::uint64_t JsonArrayScanner::escaped(std::uint64_t backslash)
{
    std::uint64_t result = m_nextEscaped;
    m_nextEscaped = 0;
    // Backslashes are rare outside long texts: one step per escape.
    std::uint64_t escapes = backslash & ~result; // an escaped backslash escapes nothing
    while (escapes) {
        const int i = std::countr_zero(escapes);
        escapes &= escapes - 1;
        if (i == 63) {
            m_nextEscaped = 1;
            break;
        }
        const std::uint64_t next = std::uint64_t(1) << (i + 1);
        result |= next;
        escapes &= ~next;
    }
    return result;
}

JsonArrayScanner::Found JsonArrayScanner::scan(const char *data, std::size_t size)
{
    Found found;
    char tail[kBlock];
    for (std::size_t pos = 0; pos < size; pos += kBlock) {
        const char *block = data + pos;
        if (size - pos < kBlock) {
            std::memset(tail, 0, kBlock);
            std::memcpy(tail, block, size - pos);
            block = tail;
        }
        const Masks m = classify(block);
        const std::uint64_t inString = prefixXor(m.quote & ~escaped(m.backslash)) ^ m_inString;
        m_inString = std::uint64_t(std::int64_t(inString) >> 63);
        const std::uint64_t open = m.open & ~inString;
        const std::uint64_t close = m.close & ~inString;
        const std::uint64_t comma = m.comma & ~inString;
        if ((open | close) == 0) {
            if (m_depth == 1 && comma) {
                found.separators += std::popcount(comma);
                found.lastSeparator = std::int64_t(pos) + 63 - std::countl_zero(comma);
            }
            continue;
        }
        for (std::uint64_t bits = open | close | comma; bits; bits &= bits - 1) {
            const int i = std::countr_zero(bits);
            const std::uint64_t bit = std::uint64_t(1) << i;
            if (open & bit) {
                ++m_depth;
            } else if (close & bit) {
                if (--m_depth == 0) {
                    found.closer = std::int64_t(pos) + i;
                    return found;
                }
            } else if (m_depth == 1) {
                ++found.separators;
                found.lastSeparator = std::int64_t(pos) + i;
            }
        }
    }
    return found;
}
