// SPDX-License-Identifier: GPL-3.0-or-later
#include "stringpool.h"

TextPool::TextPool()
{
    add(std::string_view()); // index 0: the empty string
}

TextPool::TextPool(const TextPool &other)
    : m_strings(other.m_strings)
{
    // The copied index would point into other's strings: build it over ours.
    m_index.reserve(m_strings.size());
    for (std::size_t i = 0; i < m_strings.size(); ++i)
        m_index.emplace(std::string_view(m_strings[i]), std::uint32_t(i));
}

TextPool &TextPool::operator=(const TextPool &other)
{
    if (this != &other) {
        TextPool copy(other);
        *this = std::move(copy);
    }
    return *this;
}

std::uint32_t TextPool::add(std::string_view utf8)
{
    const auto it = m_index.find(utf8);
    if (it != m_index.end())
        return it->second;
    const auto index = std::uint32_t(m_strings.size());
    m_strings.emplace_back(utf8);
    m_index.emplace(std::string_view(m_strings.back()), index);
    return index;
}

std::int64_t TextPool::find(std::string_view utf8) const
{
    const auto it = m_index.find(utf8);
    return it == m_index.end() ? -1 : std::int64_t(it->second);
}

StringPool::StringPool()
{
    m_strings.emplace_back(); // id 0: the empty string, as in m_utf8
}

std::uint32_t StringPool::intern(std::string_view utf8)
{
    const auto before = m_utf8.size();
    const std::uint32_t id = m_utf8.add(utf8);
    if (m_utf8.size() != before)
        m_strings.push_back(QString::fromUtf8(utf8.data(), qsizetype(utf8.size())));
    return id;
}

std::uint32_t StringPool::intern(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return intern(std::string_view(utf8.constData(), std::size_t(utf8.size())));
}
