// SPDX-License-Identifier: GPL-3.0-or-later
// The prompt store keeps each distinct text once (the one interner, TextPool,
// and StringPool built on it); JSON Lines, being streamed,
// is not bound by the file-size limit (the row limit bounds it), other
// formats are.
#include "sourceloader.h"
#include "timingdata.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

QString write(const QTemporaryDir &dir, const char *name, const QByteArray &bytes)
{
    const QString path = dir.filePath(QLatin1String(name));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void repeatedTextsStoredOnce()
    {
        PromptTable table;
        // The same two prompts run by three groups, as a benchmark does.
        for (int group = 0; group < 3; ++group) {
            table.append(1, 2, 3, 0, 1.0, 10, 0, kMissing, true, "is the sky blue?", "prompt_1", 1);
            table.append(1, 2, 3, 0, 2.0, 12, 0, kMissing, true, "why, then, is it grey?", "prompt_2", 2);
        }
        QCOMPARE(table.size(), std::size_t(6));
        // The empty string, two texts, two ids.
        QCOMPARE(table.texts.size(), std::size_t(5));
        QCOMPARE(table.promptText(4), QStringLiteral("is the sky blue?"));
        QCOMPARE(table.promptId(5), QStringLiteral("prompt_2"));
        QCOMPARE(table.promptTextRef[0], table.promptTextRef[2]);
        table.append(1, 2, 3, 0, 1.0, 10, 0, kMissing, true, "", "", 3);
        QCOMPARE(table.promptText(6), QString());
        QCOMPARE(table.texts.size(), std::size_t(5));
    }

    // StringPool is TextPool plus a QString per entry: the same ids for the same
    // bytes, id 0 the empty string, and the exact bytes kept.
    void labelsInternedOnce()
    {
        StringPool pool;
        QCOMPARE(pool.size(), 1u);
        QCOMPARE(pool.at(0), QString());
        const std::uint32_t a = pool.intern(std::string_view("Qwen/Qwen2.5-7B"));
        const std::uint32_t b = pool.intern(QStringLiteral("lime"));
        QCOMPARE(a, 1u);
        QCOMPARE(b, 2u);
        QCOMPARE(pool.intern(QStringLiteral("Qwen/Qwen2.5-7B")), a);
        QCOMPARE(pool.intern(std::string_view()), 0u);
        QCOMPARE(pool.size(), 3u);
        QCOMPARE(pool.at(b), QStringLiteral("lime"));
        QCOMPARE(pool.utf8(a), std::string_view("Qwen/Qwen2.5-7B"));
        QCOMPARE(pool.find("lime"), std::int64_t(b));
        QCOMPARE(pool.find("shap"), std::int64_t(-1));
        const StringPool copy = pool;
        QCOMPARE(copy.find("lime"), std::int64_t(b));
        QCOMPARE(copy.at(a), pool.at(a));
    }

    // A copied TextPool kept the original's index, whose keys are views into the
    // original's strings: once the original was gone, adding to the copy read
    // freed memory. A copy indexes its own strings.
    void copiedTextPoolOwnsItsIndex()
    {
        const std::string_view text("a prompt longer than any small-string buffer, so on the heap");
        auto original = std::make_unique<TextPool>();
        QCOMPARE(original->add(text), 1u);
        TextPool copy = *original;
        original.reset();
        QCOMPARE(copy.add(text), 1u);
        QCOMPARE(copy.add("another prompt"), 2u);
        QCOMPARE(copy.find(text), std::int64_t(1));
        QCOMPARE(copy.at(1), text);
        QCOMPARE(copy.size(), std::size_t(3));
    }

    void sizeLimitSparesJsonLines()
    {
        QTemporaryDir dir;
        const QByteArray row = R"({"model": "M", "method": "lime", "tokens": 10, "time": 1.5, "success": true, "gpu_info": "T4"})";
        const QString jsonl = write(dir, "rows.jsonl", row + '\n' + row + '\n');
        const QString json = write(dir, "rows.json", R"({"prompt_timing": [)" + row + ',' + row + "]}");
        LoadOptions options;
        options.maxFileBytes = 100; // both files are larger
        const LoadResult streamed = loadSourcesBlocking({jsonl}, options);
        QVERIFY2(streamed.errors.isEmpty(), qPrintable(streamed.errors.join(QLatin1Char('\n'))));
        QCOMPARE(streamed.sources.value(0)->prompts.size(), std::size_t(2));

        const LoadResult whole = loadSourcesBlocking({json}, options);
        QCOMPARE(whole.errors.size(), 1);
        QVERIFY(whole.errors.first().contains(QLatin1String("over the size limit of 100 bytes")));

        // The row limit still bounds a streamed file.
        options.maxRows = 1;
        const LoadResult limited = loadSourcesBlocking({jsonl}, options);
        QCOMPARE(limited.errors.size(), 1);
        QVERIFY2(limited.errors.first().contains(QLatin1String("row limit")), qPrintable(limited.errors.first()));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
