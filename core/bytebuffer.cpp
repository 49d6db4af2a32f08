// SPDX-License-Identifier: GPL-3.0-or-later
#include "bytebuffer.h"

#include <QCoreApplication>
#include <QFile>

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
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("ByteBuffer", "%1: cannot open: %2").arg(path, file.errorString());
        return {};
    }
    const qint64 size = file.size();
    if (maxSize >= 0 && size > maxSize) {
        *error = QCoreApplication::translate("ByteBuffer", "%1: file is %2 bytes, over the size limit of %3 bytes")
                     .arg(path, QString::number(size), QString::number(maxSize));
        return {};
    }
    ByteBuffer buffer{std::size_t(size)};
    qint64 done = 0;
    while (done < size) {
        const qint64 got = file.read(buffer.data() + done, size - done);
        if (got < 0) {
            *error = QCoreApplication::translate("ByteBuffer", "%1: read error at byte %2: %3")
                         .arg(path, QString::number(done), file.errorString());
            return {};
        }
        if (got == 0)
            break; // file shrank while reading
        done += got;
    }
    buffer.truncate(std::size_t(done));
    return buffer;
}

void ByteBuffer::truncate(std::size_t size)
{
    if (size >= m_size)
        return;
    std::memset(m_data.get() + size, 0, m_size - size);
    m_size = size;
}
