// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the whole path of `attriscope report` after the bytes are
// read: detection and parse, finalize, Dataset::build, Summary and Insight,
// and every report format. Local JSON and JSON Lines files go through
// StreamReader first: it must agree with the whole-document readers, so the
// bytes are also streamed from a memory file through a small window.
#include "fuzz_common.h"

#include "filterstate.h"
#include "report.h"
#include "streamreader.h"
#include "summary.h"
#include "timingparser.h"

#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <memory>

namespace {
/// Streams `bytes` from a memfd through a 512-byte window (records cut everywhere).
StreamReader::Result stream(const std::uint8_t *bytes, std::size_t size, SourceData &out, QString *error)
{
    const int fd = memfd_create("fuzz_load", 0);
    if (fd < 0)
        __builtin_trap();
    for (std::size_t done = 0; done < size;) {
        const ssize_t wrote = ::write(fd, bytes + done, size - done);
        if (wrote <= 0)
            __builtin_trap();
        done += std::size_t(wrote);
    }
    const QString path = QStringLiteral("/proc/self/fd/%1").arg(fd);
    const StreamReader::Result result = StreamReader::readFile(path, ParseContext(), out, error, 512);
    ::close(fd);
    return result;
}

QString describe(const SourceData &data)
{
    return QStringLiteral("%1 methods, %2 prompts, %3 skipped, warnings:\n%4")
        .arg(data.methods.size()).arg(data.prompts.size()).arg(data.skippedRows)
        .arg(data.warnings.join(QLatin1Char('\n')));
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    const ByteBuffer buffer = ByteBuffer::fromBytes(QByteArrayView(bytes, qsizetype(size)));
    auto data = std::make_shared<SourceData>();
    data->name = QStringLiteral("fuzz");
    QString error;
    const bool parsed = parseTimingData(buffer, data->name, ParseContext(), *data, &error);

    SourceData streamed;
    streamed.name = data->name;
    QString streamError;
    const StreamReader::Result result = stream(bytes, size, streamed, &streamError);
    if (result == StreamReader::Result::Done) {
        // What the window reads must be what the whole document gives, up to the names in messages.
        const QString a = parsed ? describe(*data) : error;
        const QString b = describe(streamed).replace(QStringLiteral("/proc/self/fd/"), QString());
        if (!parsed || a.count(QLatin1Char('\n')) != b.count(QLatin1Char('\n'))
            || data->rowCount() != streamed.rowCount() || data->skippedRows != streamed.skippedRows) {
            std::fprintf(stderr, "fuzz_load: StreamReader disagrees.\nwhole: %s\nstream: %s\n",
                         qPrintable(a), qPrintable(b));
            std::abort();
        }
    } else if (result == StreamReader::Result::Failed && parsed) {
        std::fprintf(stderr, "fuzz_load: StreamReader failed where the whole document parsed: %s\n",
                     qPrintable(streamError));
        std::abort();
    }

    if (!parsed) {
        // A failed parse says why and leaves the source as it was: empty.
        if (error.isEmpty() || data->rowCount() != 0 || data->warningCount != 0)
            __builtin_trap();
        return 0;
    }
    Fuzz::checkSource(*data, false);
    if (data->rowCount() == 0)
        return 0; // the loader refuses such a source
    data->finalize();
    Fuzz::checkSource(*data, true);

    const DatasetPtr dataset = Dataset::build({data});
    if (!dataset)
        __builtin_trap();
    const std::vector<int> groups = FilterState().filteredGroups(*dataset);
    const Summary summary = Summary::compute(*dataset, groups);
    const QList<Insight> insights = Insight::compute(*dataset, groups);
    // Successes may exceed prompts: method rows can state successes without a total.
    if (summary.prompts < 0 || summary.successful < 0)
        __builtin_trap();
    const QByteArray json = Report::toJsonText(*dataset, groups);
    const QByteArray markdown = Report::toMarkdown(*dataset, groups);
    const QByteArray csv = Report::toCsv(*dataset, groups);
    if (json.isEmpty() || markdown.isEmpty() || csv.isEmpty())
        __builtin_trap();
    (void)insights;
    return 0;
}
