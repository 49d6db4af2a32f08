// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>

/// A local file opened once for every pass over it (format check, streaming
/// pass, whole-file fallback), so that what is checked is what is read.
/// The checks are made on the opened descriptor (fstat, fstatfs), never on the
/// path: only a regular file is read, since a FIFO, socket or device can block
/// a read for ever or never end, and none of the kernel's /proc or /sys, whose
/// files claim size 0 and can block (/proc/kmsg). Reads never go past the size
/// the file had when it was opened, so no read waits for data that is not
/// there. A file that changes (size, modification time) or is replaced at its
/// path while it is read is reported by checkUnchanged(), and a file that
/// shrinks by read(). A Qt resource (":/…", the bundled sample) is read
/// whole into memory instead: it is part of the program. Move-only; closes
/// its descriptor when destroyed.
class SourceFile
{
public:
    SourceFile() = default;
    ~SourceFile();
    SourceFile(SourceFile &&other) noexcept;
    SourceFile &operator=(SourceFile &&other) noexcept;
    SourceFile(const SourceFile &) = delete;
    SourceFile &operator=(const SourceFile &) = delete;

    /// Opens `path` without blocking (O_NONBLOCK, so a FIFO cannot hold the
    /// open) and checks what it is. False with a message naming the path.
    bool open(const QString &path, QString *error);
    bool isOpen() const { return m_fd >= 0 || m_isResource; }
    const QString &path() const { return m_path; }
    /// The size when it was opened: reads end there.
    std::int64_t size() const { return m_size; }

    /// Reads up to `max` bytes at `offset`; 0 at the size it had when opened.
    /// -1 with `error` on a read error or when the file ends early (it shrank).
    std::int64_t read(std::int64_t offset, char *data, std::int64_t max, QString *error) const;
    /// False with `error` when the file is no longer the one opened: another
    /// size or modification time, or its path names another file now.
    bool checkUnchanged(QString *error) const;

private:
    void close();

    int m_fd = -1;
    bool m_isResource = false;
    QByteArray m_resource; ///< the bytes of a Qt resource
    QString m_path;
    std::int64_t m_size = 0;
    std::uint64_t m_device = 0;
    std::uint64_t m_inode = 0;
    std::int64_t m_mtimeSec = 0;
    std::int64_t m_mtimeNsec = 0;
};
