// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"
#include "historystore.h"
#include "sourceloader.h"

#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <vector>

/// Run files and SQLite stores for the history tests, made in the test's own
/// temporary folder (never the user's data folder). Each run has the groups
/// (M, a, G) and, when `withB`, (M, b, G): ten prompts each with the given
/// times, and one method row per group that states the environment of G.
namespace HistoryFixture {

inline QString writeRun(const QTemporaryDir &dir, const QString &name, const std::vector<double> &times,
                        const QString &torch, bool withB = false)
{
    QByteArray json = R"({"method_timing": [)";
    const QByteArrayList methods = withB ? QByteArrayList{"a", "b"} : QByteArrayList{"a"};
    for (qsizetype m = 0; m < methods.size(); ++m) {
        json += (m ? "," : "") + QByteArray(R"({"model": "M", "method": ")") + methods[m]
                + R"(", "gpu_info": "G", "platform": "Linux", "cpu_model": "Xeon", "cpu_cores": 32, )"
                + R"("memory_gb": 256, "torch_version": ")" + torch.toUtf8() + R"(", "cuda_available": true})";
    }
    json += R"(], "prompt_timing": [)";
    bool first = true;
    for (const QByteArray &method : methods) {
        for (std::size_t i = 0; i < times.size(); ++i) {
            json += (first ? "" : ",") + QByteArray(R"({"model": "M", "method": ")") + method
                    + R"(", "prompt_id": "p)" + QByteArray::number(qulonglong(i)) + R"(", "tokens": 20, "time": )"
                    + QByteArray::number(times[i], 'g', 17) + R"(, "success": true, "gpu_info": "G"})";
            first = false;
        }
    }
    json += "]}";
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
        return {};
    return path;
}

/// Times from `first`, ten of them, 0.1 s apart.
inline std::vector<double> tenTimes(double first)
{
    std::vector<double> times;
    for (int i = 0; i < 10; ++i)
        times.push_back(first + 0.1 * i);
    return times;
}

/// Loads `files` as `history add` does and stores them as one run; 0 on failure.
inline qint64 addRun(const QString &store, const QString &label, const QStringList &files)
{
    LoadOptions options;
    options.hashContent = true;
    const LoadResult loaded = loadSourcesBlocking(files, options);
    if (!loaded.errors.isEmpty())
        return 0;
    HistoryStore history;
    QString error;
    if (!history.open(store, &error))
        return 0;
    qint64 id = 0;
    if (history.add(label, *Dataset::build(loaded.sources), &id, &error) != HistoryStore::AddResult::Added)
        return 0;
    return id;
}

} // namespace HistoryFixture
