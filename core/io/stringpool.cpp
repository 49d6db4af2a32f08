// SPDX-License-Identifier: GPL-3.0-or-later
#include "stringpool.h"

StringPool::StringPool()
{
    m_strings.emplace_back();
    m_keys.push_back(&m_ids.emplace(std::string(), 0).first->first);
}

StringPool::StringPool(const StringPool &other)
    : m_ids(other.m_ids)
    , m_strings(other.m_strings)
    , m_keys(other.m_keys.size())
{
    for (const auto &[key, id] : m_ids)
        m_keys[id] = &key;
}

StringPool &StringPool::operator=(const StringPool &other)
{
    if (this != &other) {
        StringPool copy(other);
        *this = std::move(copy);
    }
    return *this;
}

std::uint32_t StringPool::intern(std::string_view utf8)
{
    const auto it = m_ids.find(utf8);
    if (it != m_ids.end())
        return it->second;
    const auto id = std::uint32_t(m_strings.size());
    m_strings.push_back(QString::fromUtf8(utf8.data(), qsizetype(utf8.size())));
    m_keys.push_back(&m_ids.emplace(std::string(utf8), id).first->first);
    return id;
}

std::int64_t StringPool::find(std::string_view utf8) const
{
    const auto it = m_ids.find(utf8);
    return it == m_ids.end() ? -1 : std::int64_t(it->second);
}

std::uint32_t StringPool::intern(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return intern(std::string_view(utf8.constData(), std::size_t(utf8.size())));
}
