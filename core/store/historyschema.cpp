// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyschema.h"

#include <QtEndian>

namespace {

/// The schema, in the words both SQLite and PostgreSQL understand; {id} is the
/// id column's type, {real} the floating-point type.
const char *const kStatements[] = {
    "CREATE TABLE runs (id {id}, label TEXT NOT NULL, added TEXT NOT NULL, content_key TEXT NOT NULL UNIQUE, "
    "prompt_rows BIGINT NOT NULL, method_rows BIGINT NOT NULL)",
    "CREATE TABLE run_sources (run_id BIGINT NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL, "
    "sha256 TEXT NOT NULL, PRIMARY KEY (run_id, position))",
    "CREATE TABLE run_environments (run_id BIGINT NOT NULL, hardware TEXT NOT NULL, platform TEXT, cpu_model TEXT, "
    "cpu_cores {real}, memory_gb {real}, gpu TEXT, torch_version TEXT, cuda INTEGER, mps INTEGER, "
    "PRIMARY KEY (run_id, hardware))",
    "CREATE TABLE run_names (run_id BIGINT NOT NULL, id INTEGER NOT NULL, name TEXT NOT NULL, PRIMARY KEY (run_id, id))",
    "CREATE TABLE run_texts (run_id BIGINT NOT NULL, id INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY (run_id, id))",
    "CREATE TABLE method_rows (run_id BIGINT NOT NULL, row_no BIGINT NOT NULL, source INTEGER NOT NULL, "
    "source_row BIGINT, model TEXT NOT NULL, method TEXT NOT NULL, hardware TEXT NOT NULL, successful_prompts {real}, "
    "total_prompts {real}, success_rate {real}, model_loading_time {real}, attribution_time {real}, average_time {real}, total_time {real}, "
    "min_time {real}, max_time {real}, tokens_per_second {real}, platform TEXT, cpu_model TEXT, cpu_cores {real}, memory_gb {real}, "
    "gpu_info TEXT, device TEXT, cuda INTEGER, mps INTEGER, torch_version TEXT, PRIMARY KEY (run_id, row_no))",
    // Names and prompt texts are ids into run_names / run_texts of the same run.
    "CREATE TABLE prompt_rows (run_id BIGINT NOT NULL, row_no BIGINT NOT NULL, source INTEGER NOT NULL, "
    "source_row BIGINT, model INTEGER NOT NULL, method INTEGER NOT NULL, hardware INTEGER NOT NULL, gpu_info INTEGER, "
    "device INTEGER, time {real}, tokens {real}, output_tokens {real}, tokens_per_second {real}, success INTEGER NOT NULL, "
    "prompt_text INTEGER, prompt_id INTEGER, PRIMARY KEY (run_id, row_no))",
    // Computed once when the run is added (Dataset::build), so trends read these only.
    "CREATE TABLE group_stats (run_id BIGINT NOT NULL, model TEXT NOT NULL, method TEXT NOT NULL, "
    "hardware TEXT NOT NULL, prompts BIGINT NOT NULL, successful BIGINT NOT NULL, n BIGINT NOT NULL, mean_time {real}, "
    "median_time {real}, p95_time {real}, min_time {real}, max_time {real}, median_ci_low {real}, median_ci_high {real}, "
    "mean_tokens_per_second {real}, median_tokens_per_second {real}, PRIMARY KEY (run_id, model, method, hardware))",
    // trend reads group_stats by group.
    "CREATE INDEX group_stats_by_group ON group_stats (model, method, hardware, run_id)",
};

/// Version 2. A table of its own, not a column of group_stats: `history trend`
/// reads every row of group_stats, and a kilobyte of times in each row would
/// make that scan read the blobs too. {blob} is the byte-string type.
const char *const kVersion2[] = {
    "CREATE TABLE group_times (run_id BIGINT NOT NULL, model TEXT NOT NULL, method TEXT NOT NULL, "
    "hardware TEXT NOT NULL, times {blob}, PRIMARY KEY (run_id, model, method, hardware))",
    // The window's trend reads the times of a few groups over every run.
    "CREATE INDEX group_times_by_group ON group_times (model, method, hardware, run_id)",
};

template<std::size_t N>
QStringList statements(const char *const (&list)[N], bool server)
{
    const QString id = server ? QStringLiteral("BIGSERIAL PRIMARY KEY") : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
    const QString real = server ? QStringLiteral("DOUBLE PRECISION") : QStringLiteral("REAL");
    const QString blob = server ? QStringLiteral("BYTEA") : QStringLiteral("BLOB");
    QStringList result;
    for (const char *statement : list) {
        QString sql = QString::fromLatin1(statement);
        result.append(sql.replace(QLatin1String("{id}"), id)
                          .replace(QLatin1String("{real}"), real)
                          .replace(QLatin1String("{blob}"), blob));
    }
    return result;
}

} // namespace

namespace HistorySchema {

QStringList createStatements(bool server)
{
    return statements(kStatements, server);
}

QStringList version2Statements(bool server)
{
    return statements(kVersion2, server);
}

QByteArray packTimes(std::span<const double> times)
{
    QByteArray bytes(qsizetype(times.size() * sizeof(double)), Qt::Uninitialized);
    qToLittleEndian<double>(times.data(), qsizetype(times.size()), bytes.data());
    return bytes;
}

std::vector<double> unpackTimes(const QByteArray &bytes)
{
    std::vector<double> times(std::size_t(bytes.size()) / sizeof(double));
    qFromLittleEndian<double>(bytes.constData(), qsizetype(times.size()), times.data());
    return times;
}

QStringList runTables()
{
    return {QStringLiteral("run_sources"), QStringLiteral("run_environments"), QStringLiteral("run_names"),
            QStringLiteral("run_texts"),   QStringLiteral("method_rows"),      QStringLiteral("prompt_rows"),
            QStringLiteral("group_stats"), QStringLiteral("group_times")};
}

} // namespace HistorySchema
