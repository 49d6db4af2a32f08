// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

/// The string interner of core: distinct UTF-8 strings stored once, each
/// addressed by a small index in the order they were first added. Index 0 is
/// always the empty string, so a default-initialised index column means
/// "empty". Adding a string already there costs a hash lookup and no
/// allocation. Used as it is for prompt texts (PromptTable::texts), which are
/// many and long and are decoded only when shown; StringPool adds a QString
/// per entry for the labels that are shown all the time.
class TextPool
{
public:
    TextPool();
    TextPool(const TextPool &other);
    TextPool &operator=(const TextPool &other);
    // A moved deque keeps its elements where they are, so the index's views stay valid.
    TextPool(TextPool &&) noexcept = default;
    TextPool &operator=(TextPool &&) noexcept = default;

    std::uint32_t add(std::string_view utf8);
    /// Index of a string already in the pool, or -1.
    std::int64_t find(std::string_view utf8) const;
    std::string_view at(std::uint32_t index) const { return m_strings[index]; }
    std::size_t size() const { return m_strings.size(); }

private:
    // A deque never moves its elements, so the views used as keys stay valid.
    std::deque<std::string> m_strings;
    std::unordered_map<std::string_view, std::uint32_t> m_index;
};

/// Interned labels (model, method, GPU, device and hardware names): a TextPool
/// whose entries are also decoded once into a QString, because every table,
/// chart and filter shows them by id. Id 0 is the empty string.
class StringPool
{
public:
    StringPool();

    std::uint32_t intern(std::string_view utf8);
    std::uint32_t intern(const QString &text);
    /// Id of a string already in the pool, or -1.
    std::int64_t find(std::string_view utf8) const { return m_utf8.find(utf8); }

    const QString &at(std::uint32_t id) const { return m_strings[id]; }
    /// The UTF-8 bytes the string was interned with (a pool merged into
    /// another keeps the exact bytes, not a round trip through QString).
    std::string_view utf8(std::uint32_t id) const { return m_utf8.at(id); }
    std::uint32_t size() const { return std::uint32_t(m_strings.size()); }

private:
    TextPool m_utf8;
    std::vector<QString> m_strings; ///< m_utf8's entries decoded, by id
};
