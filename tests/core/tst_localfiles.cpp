// SPDX-License-Identifier: GPL-3.0-or-later
// Local sources that are not plain, still files (issue #11, families 3 and 8):
// FIFOs, devices and kernel files are refused from the opened descriptor
// without blocking; a file that changes while it is read fails its load
// instead of loading part of it; white space before the data is skipped.
#include "bytebuffer.h"
#include "sourcefile.h"
#include "sourceloader.h"
#include "streamreader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
const QByteArray kRow = R"({"model": "GPT-2", "method": "saliency", "time": 1.5, "tokens": 10, "gpu_info": "T4"})"
                        "\n";

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QString loadError(const QString &path, const LoadOptions &options = {})
{
    const LoadResult result = loadSourcesBlocking({path}, options);
    if (!result.sources.isEmpty())
        return u"loaded"_s;
    return result.errors.join(u'\n');
}
} // namespace

class TestLocalFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fifoRefusedWithoutBlocking();
    void devicesRefused_data();
    void devicesRefused();
    void kernelFileRefused();
    void truncatedWhileRead();
    void grownWhileRead();
    void oneDescriptorForEveryPass();
    void whiteSpaceBeforeData_data();
    void whiteSpaceBeforeData();
    void whiteSpaceBeforeDownloadedData();
    void nulInStringNamesByte();
    void cancelDoesNotWaitForRead();

private:
    QTemporaryDir m_dir;
};

void TestLocalFiles::fifoRefusedWithoutBlocking()
{
    // A FIFO with no writer: opening it for reading blocks unless O_NONBLOCK.
    const QString path = m_dir.filePath(u"pipe.jsonl"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(loadError(path), path + u": a FIFO (named pipe), not a regular file: it can block or never end, so it is not read"_s);
    QVERIFY(timer.elapsed() < 5000);
}

void TestLocalFiles::devicesRefused_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("endless: /dev/zero") << u"/dev/zero"_s;
    QTest::newRow("empty: /dev/null") << u"/dev/null"_s;
}

void TestLocalFiles::devicesRefused()
{
    QFETCH(QString, path);
    QCOMPARE(loadError(path), path + u": a character device, not a regular file: it can block or never end, so it is not read"_s);
}

void TestLocalFiles::kernelFileRefused()
{
    // Regression: /proc files are regular files of size 0 that can block a
    // read for ever (/proc/kmsg); /proc/self/status is one that does not.
    const QString path = u"/proc/self/status"_s;
    QCOMPARE(loadError(path),
             path + u": a file of the kernel (/proc, /sys), not a data file: it can block or never end, so it is not read"_s);
}

void TestLocalFiles::truncatedWhileRead()
{
    // Regression: a JSON Lines file cut short while it was read loaded the
    // rows before the cut and exited 0.
    const QString path = m_dir.filePath(u"cut.jsonl"_s);
    const int rows = 20'000;
    QVERIFY(writeFile(path, kRow.repeated(rows)));
    const qint64 size = qint64(kRow.size()) * rows;
    SourceFile file;
    QString error;
    QVERIFY2(file.open(path, &error), qPrintable(error));
    ParseContext context;
    bool cut = false;
    context.progress = [&](std::int64_t done, std::int64_t) {
        // After the first 4096 rows (of a 64 KiB window): cut the file to a tenth.
        if (done > 0 && !cut)
            cut = ::truncate(QFile::encodeName(path).constData(), size / 10) == 0;
    };
    SourceData data;
    QCOMPARE(StreamReader::readFile(file, context, data, &error, 64 * 1024), StreamReader::Result::Failed);
    QVERIFY(cut);
    QCOMPARE(error, path + u": changed while it was read: %1 bytes when it was opened, %2 bytes now"_s.arg(size).arg(size / 10));
    QCOMPARE(data.rowCount(), 0);
}

void TestLocalFiles::grownWhileRead()
{
    const QString path = m_dir.filePath(u"grown.jsonl"_s);
    const int rows = 20'000;
    QVERIFY(writeFile(path, kRow.repeated(rows)));
    const qint64 size = qint64(kRow.size()) * rows;
    SourceFile file;
    QString error;
    QVERIFY2(file.open(path, &error), qPrintable(error));
    ParseContext context;
    bool grown = false;
    context.progress = [&](std::int64_t done, std::int64_t) {
        if (done > 0 && !grown) {
            QFile more(path);
            grown = more.open(QIODevice::Append) && more.write(kRow) == kRow.size();
        }
    };
    SourceData data;
    QCOMPARE(StreamReader::readFile(file, context, data, &error, 64 * 1024), StreamReader::Result::Failed);
    QVERIFY(grown);
    QCOMPARE(error, path + u": changed while it was read: %1 bytes when it was opened, %2 bytes now"_s.arg(size).arg(size + kRow.size()));
    QCOMPARE(data.rowCount(), 0);
}

void TestLocalFiles::oneDescriptorForEveryPass()
{
    // Regression: the whole-file reader reopened the path after the streaming
    // pass handed over, so a file swapped for a FIFO meanwhile blocked it.
    // JSON with content after the document streams to its end, then hands over.
    const QByteArray json = R"({"method_timing": [], "prompt_timing": [)" + kRow.trimmed() + "]} trailing";
    const QString path = m_dir.filePath(u"swapped.json"_s);
    const QString fifo = m_dir.filePath(u"swapped.fifo"_s);
    QVERIFY(writeFile(path, json));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    SourceFile file;
    QString error;
    QVERIFY2(file.open(path, &error), qPrintable(error));
    QVERIFY(QFile::remove(path) && QFile::rename(fifo, path)); // the path is a FIFO now
    SourceData data;
    QCOMPARE(StreamReader::readFile(file, ParseContext(), data, &error), StreamReader::Result::NotStreamable);
    // The fallback reads the descriptor, not the path: the bytes of the file opened.
    const ByteBuffer bytes = ByteBuffer::fromFile(file, -1, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(QByteArray(bytes.view().toByteArray()), json);
    QVERIFY(!file.checkUnchanged(&error));
    QCOMPARE(error, path + u": changed while it was read: the path names another file now (replaced or removed)"_s);
}

void TestLocalFiles::whiteSpaceBeforeDownloadedData()
{
    // The whole-body reader (downloads): the format is guessed after the white space.
    const QByteArray json = R"({"method_timing": [], "prompt_timing": [)" + kRow.trimmed() + "]}";
    const ByteBuffer bytes = ByteBuffer::fromBytes(QByteArray(3 << 20, ' ') + json);
    SourceData data;
    QString error;
    QVERIFY2(parseTimingData(bytes, u"body"_s, ParseContext(), data, &error), qPrintable(error));
    QCOMPARE(data.prompts.size(), std::size_t(1));
    const ByteBuffer binary = ByteBuffer::fromBytes(QByteArray(3 << 20, '\n') + "\x01\x02");
    QVERIFY(!parseTimingData(binary, u"body"_s, ParseContext(), data, &error));
    QCOMPARE(error, u"body: byte %1: unknown format: not TokenLense JSON, JSON Lines or a timing CSV"_s.arg(3 << 20));
}

void TestLocalFiles::whiteSpaceBeforeData_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("prompts");
    const QByteArray json = R"({"method_timing": [], "prompt_timing": [)" + kRow.trimmed() + "," + kRow.trimmed() + "]}";
    // Regression: more white space than the 1 MiB the format is guessed from was an "empty file".
    QTest::newRow("bug: 3 MB of spaces before JSON was an empty file") << QByteArray(3 << 20, ' ') + json << 2;
    QTest::newRow("3 MB of blank lines before JSON Lines") << QByteArray(3 << 20, '\n') + kRow + kRow + kRow << 3;
}

void TestLocalFiles::whiteSpaceBeforeData()
{
    QFETCH(QByteArray, body);
    QFETCH(int, prompts);
    const QString path = m_dir.filePath(u"spaced.json"_s);
    QVERIFY(writeFile(path, body));
    const LoadResult result = loadSourcesBlocking({path}, {});
    QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(u'\n')));
    QCOMPARE(result.sources.size(), 1);
    QCOMPARE(result.sources.first()->prompts.size(), std::size_t(prompts));
}

void TestLocalFiles::nulInStringNamesByte()
{
    // Regression: a raw NUL inside a string gave UNESCAPED_CHARS without a place.
    const QByteArray json = QByteArray(R"({"method_timing": [], "prompt_timing": [{"model": "GPT)") + '\0'
                            + R"(2", "method": "saliency", "time": 1.5}]})";
    const QString path = m_dir.filePath(u"nul.json"_s);
    QVERIFY(writeFile(path, json));
    const qsizetype nul = json.indexOf('\0'); // 1 + 15 + 2 + 3 + 1 + 15 + 2 + 2 + 7 + 2 + 4
    QCOMPARE(nul, 54);
    QCOMPARE(loadError(path),
             path + u": byte 54: not well-formed JSON (UNESCAPED_CHARS: a control character (byte 0x00) inside a string, which JSON allows only escaped)"_s);
}

void TestLocalFiles::cancelDoesNotWaitForRead()
{
    // A 50 MB document: cancelled as soon as it starts, the job ends at once,
    // without waiting for the read (which could be stuck in the kernel).
    const QString path = m_dir.filePath(u"big.jsonl"_s);
    QVERIFY(writeFile(path, kRow.repeated(600'000)));
    SourceLoader loader;
    QSignalSpy finished(&loader, &SourceLoader::loadFinished);
    connect(&loader, &SourceLoader::loadStarted, &loader, [&loader] { loader.cancel(); });
    QElapsedTimer timer;
    timer.start();
    loader.load({path});
    QVERIFY(finished.wait(5000));
    QVERIFY(finished.first().at(1).value<LoadResult>().cancelled);
}

QTEST_GUILESS_MAIN(TestLocalFiles)
#include "tst_localfiles.moc"
