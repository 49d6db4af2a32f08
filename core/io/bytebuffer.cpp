// SPDX-License-Identifier: GPL-3.0-or-later
#include "bytebuffer.h"

#include "sourcefile.h"

#include <QCoreApplication>

#include <cstring>

ByteBuffer::ByteBuffer(std::size_t size)
    : m_data(new char[size + kPadding])
    , m_size(size)
{
    std::memset(m_data.get() + size, 0, kPadding);
}

ByteBuffer ByteBuffer::fromBytes(QByteArrayView bytes)
{
    ByteBuffer buffer(std::size_t(bytes.size()));
    if (!bytes.isEmpty())
        std::memcpy(buffer.data(), bytes.data(), std::size_t(bytes.size()));
    return buffer;
}

ByteBuffer ByteBuffer::fromFile(const QString &path, qint64 maxSize, QString *error)
{
    SourceFile file;
    if (!file.open(path, error))
        return {};
    return fromFile(file, maxSize, error);
}

ByteBuffer ByteBuffer::fromFile(const SourceFile &file, qint64 maxSize, QString *error)
{
    const qint64 size = file.size();
    if (maxSize >= 0 && size > maxSize) {
        *error = QCoreApplication::translate("ByteBuffer", "%1: file is %2 bytes, over the size limit of %3 bytes")
                     .arg(file.path(), QString::number(size), QString::number(maxSize));
        return {};
    }
    ByteBuffer buffer{std::size_t(size)};
    qint64 done = 0;
    while (done < size) {
        const qint64 got = file.read(done, buffer.data() + done, size - done, error);
        if (got < 0)
            return {};
        done += got;
    }
    return buffer;
}

void ByteBuffer::truncate(std::size_t size)
{
    if (size >= m_size)
        return;
    std::memset(m_data.get() + size, 0, m_size - size);
    m_size = size;
}
