// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcefile.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

namespace {
// From linux/magic.h, which is not always installed.
constexpr long kProcMagic = 0x9fa0;
constexpr long kSysfsMagic = 0x62656572;
constexpr long kDebugfsMagic = 0x64626720;
constexpr long kTracefsMagic = 0x74726163;

QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

QString changedSize(const QString &path, std::int64_t before, std::int64_t now)
{
    return QCoreApplication::translate("SourceFile", "%1: changed while it was read: %2 bytes when it was opened, %3 bytes now")
        .arg(path, QString::number(before), QString::number(now));
}

/// What a descriptor that is not a regular file is, for the message.
QString kindOf(mode_t mode)
{
    // lupdate needs the context in each call: a tr() helper in a free function has none.
    if (S_ISFIFO(mode))
        return QCoreApplication::translate("SourceFile", "a FIFO (named pipe)");
    if (S_ISCHR(mode))
        return QCoreApplication::translate("SourceFile", "a character device");
    if (S_ISBLK(mode))
        return QCoreApplication::translate("SourceFile", "a block device");
    if (S_ISSOCK(mode))
        return QCoreApplication::translate("SourceFile", "a socket");
    return QCoreApplication::translate("SourceFile", "not a regular file");
}
} // namespace

SourceFile::~SourceFile()
{
    close();
}

SourceFile::SourceFile(SourceFile &&other) noexcept
{
    *this = std::move(other);
}

SourceFile &SourceFile::operator=(SourceFile &&other) noexcept
{
    if (this != &other) {
        close();
        m_fd = std::exchange(other.m_fd, -1);
        m_isResource = std::exchange(other.m_isResource, false);
        m_resource = std::move(other.m_resource);
        m_path = std::move(other.m_path);
        m_size = other.m_size;
        m_device = other.m_device;
        m_inode = other.m_inode;
        m_mtimeSec = other.m_mtimeSec;
        m_mtimeNsec = other.m_mtimeNsec;
    }
    return *this;
}

void SourceFile::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_isResource = false;
    m_resource.clear();
}

bool SourceFile::open(const QString &path, QString *error)
{
    close();
    m_path = path;
    if (path.startsWith(QLatin1Char(':'))) {
        QFile resource(path);
        if (!resource.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("SourceLoader", "%1: no such file").arg(path);
            return false;
        }
        m_resource = resource.readAll();
        m_size = m_resource.size();
        m_isResource = true;
        return true;
    }
    const QByteArray encoded = QFile::encodeName(path);
    int fd = -1;
    do {
        fd = ::open(encoded.constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        const int code = errno;
        if (code == ENOENT)
            *error = QCoreApplication::translate("SourceLoader", "%1: no such file").arg(path);
        else
            *error = QCoreApplication::translate("ByteBuffer", "%1: cannot open: %2").arg(path, systemError(code));
        return false;
    }
    m_fd = fd;
    struct stat st;
    if (::fstat(fd, &st) != 0) {
        *error = QCoreApplication::translate("ByteBuffer", "%1: cannot open: %2").arg(path, systemError(errno));
        close();
        return false;
    }
    if (S_ISDIR(st.st_mode)) {
        *error = QCoreApplication::translate("SourceLoader", "%1: is a folder, not a file").arg(path);
        close();
        return false;
    }
    if (!S_ISREG(st.st_mode)) {
        *error = QCoreApplication::translate("SourceFile", "%1: %2, not a regular file: it can block or never end, so it is not read")
                     .arg(path, kindOf(st.st_mode));
        close();
        return false;
    }
    struct statfs fs;
    if (::fstatfs(fd, &fs) == 0) {
        const long type = long(fs.f_type);
        if (type == kProcMagic || type == kSysfsMagic || type == kDebugfsMagic || type == kTracefsMagic) {
            *error = QCoreApplication::translate("SourceFile", "%1: a file of the kernel (/proc, /sys), not a data file: it can block or never end, so it is not read")
                         .arg(path);
            close();
            return false;
        }
    }
    m_size = std::int64_t(st.st_size);
    m_device = std::uint64_t(st.st_dev);
    m_inode = std::uint64_t(st.st_ino);
    m_mtimeSec = std::int64_t(st.st_mtim.tv_sec);
    m_mtimeNsec = std::int64_t(st.st_mtim.tv_nsec);
    return true;
}

std::int64_t SourceFile::read(std::int64_t offset, char *data, std::int64_t max, QString *error) const
{
    const std::int64_t want = std::min(max, m_size - offset);
    if (want <= 0)
        return 0;
    if (m_isResource) {
        std::memcpy(data, m_resource.constData() + offset, std::size_t(want));
        return want;
    }
    ssize_t got = -1;
    do {
        got = ::pread(m_fd, data, std::size_t(want), off_t(offset));
    } while (got < 0 && errno == EINTR);
    if (got < 0) {
        *error = QCoreApplication::translate("ByteBuffer", "%1: read error at byte %2: %3")
                     .arg(m_path, QString::number(offset), systemError(errno));
        return -1;
    }
    if (got == 0) {
        // It ends before the size it had: cut short meanwhile.
        struct stat st;
        const std::int64_t now = ::fstat(m_fd, &st) == 0 ? std::int64_t(st.st_size) : offset;
        *error = changedSize(m_path, m_size, now);
        return -1;
    }
    return std::int64_t(got);
}

bool SourceFile::checkUnchanged(QString *error) const
{
    if (m_isResource)
        return true;
    struct stat st;
    if (::fstat(m_fd, &st) != 0) {
        *error = QCoreApplication::translate("ByteBuffer", "%1: read error at byte %2: %3")
                     .arg(m_path, QString::number(m_size), systemError(errno));
        return false;
    }
    if (std::int64_t(st.st_size) != m_size) {
        *error = changedSize(m_path, m_size, std::int64_t(st.st_size));
        return false;
    }
    if (std::int64_t(st.st_mtim.tv_sec) != m_mtimeSec || std::int64_t(st.st_mtim.tv_nsec) != m_mtimeNsec) {
        *error = QCoreApplication::translate("SourceFile", "%1: changed while it was read: it was written to (its modification time moved)")
                     .arg(m_path);
        return false;
    }
    // Replaced (an editor or a generator that writes a new file and renames it
    // over the old one): the descriptor still reads the old file.
    struct stat now;
    if (::stat(QFile::encodeName(m_path).constData(), &now) != 0 || std::uint64_t(now.st_dev) != m_device
        || std::uint64_t(now.st_ino) != m_inode) {
        *error = QCoreApplication::translate("SourceFile", "%1: changed while it was read: the path names another file now (replaced or removed)")
                     .arg(m_path);
        return false;
    }
    return true;
}
