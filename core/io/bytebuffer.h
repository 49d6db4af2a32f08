// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

#include <cstddef>
#include <memory>

class SourceFile;

/// An owned block of bytes followed by at least kPadding zero bytes, so that
/// simdjson can read past the end without a copy. Move-only.
class ByteBuffer
{
public:
    static constexpr std::size_t kPadding = 64;

    ByteBuffer() = default;
    explicit ByteBuffer(std::size_t size);
    static ByteBuffer fromBytes(QByteArrayView bytes);
    /// Reads a whole file. Returns an empty buffer and sets error on failure.
    static ByteBuffer fromFile(const QString &path, qint64 maxSize, QString *error);
    /// Reads an opened file from its start, up to the size it had when opened:
    /// a file that shrinks meanwhile is an error, one that grows is cut there.
    static ByteBuffer fromFile(const SourceFile &file, qint64 maxSize, QString *error);

    ByteBuffer(ByteBuffer &&) noexcept = default;
    ByteBuffer &operator=(ByteBuffer &&) noexcept = default;

    char *data() { return m_data.get(); }
    const char *data() const { return m_data.get(); }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    QByteArrayView view() const { return QByteArrayView(m_data.get(), qsizetype(m_size)); }
    /// Shrinks the logical size (e.g. after a short read); padding stays zeroed.
    void truncate(std::size_t size);

private:
    std::unique_ptr<char[]> m_data;
    std::size_t m_size = 0;
};
