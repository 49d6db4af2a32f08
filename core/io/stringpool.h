// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

/// Interns UTF-8 strings as small ids. Id 0 is always the empty string, so a
/// default-initialised id column means "empty". Lookups of an existing string
/// do not allocate.
class StringPool
{
public:
    StringPool();
    StringPool(const StringPool &other);
    StringPool &operator=(const StringPool &other);
    StringPool(StringPool &&) noexcept = default; // moved nodes keep their addresses
    StringPool &operator=(StringPool &&) noexcept = default;

    std::uint32_t intern(std::string_view utf8);
    std::uint32_t intern(const QString &text);
    /// Id of a string already in the pool, or -1.
    std::int64_t find(std::string_view utf8) const;

    const QString &at(std::uint32_t id) const { return m_strings[id]; }
    /// The UTF-8 bytes the string was interned with (a pool merged into
    /// another keeps the exact bytes, not a round trip through QString).
    std::string_view utf8(std::uint32_t id) const { return *m_keys[id]; }
    std::uint32_t size() const { return std::uint32_t(m_strings.size()); }

private:
    struct Hash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>> m_ids;
    std::vector<QString> m_strings;
    std::vector<const std::string *> m_keys; ///< the map's keys by id: nodes never move
};
