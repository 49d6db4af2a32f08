// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stringpool.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <cmath>
#include <cstdint>
#include <unordered_map>
#include <limits>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

/// Missing numbers are NaN throughout the core.
inline constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();
inline bool isMissing(double v) { return std::isnan(v); }

enum class TriState : std::uint8_t { Unknown, False, True };

/// One row of the TokenLense `method_timing` table: a per-(model, method, machine) summary.
/// There are few of them, so they are plain structs.
struct MethodRecord
{
    QString model;
    QString method;
    double successfulPrompts = kMissing;
    double totalPrompts = kMissing;
    double successRate = kMissing;     ///< percent, as the file states it
    double modelLoadingTime = kMissing;
    double attributionTime = kMissing; ///< seconds, all prompts together
    double averageTime = kMissing;     ///< seconds per prompt
    double totalTime = kMissing;
    double minTime = kMissing;
    double maxTime = kMissing;
    double tokensPerSecond = kMissing;
    QString platform;
    QString cpuModel;
    double cpuCores = kMissing;
    double memoryGb = kMissing;
    QString gpuInfo;
    QString device;
    TriState cuda = TriState::Unknown;
    TriState mps = TriState::Unknown;
    QString torchVersion;
    QString hardware;                  ///< derived label, see docs/metrics.md
    std::int64_t sourceRow = 0;        ///< 1-based record index (JSON) or line (CSV, JSON Lines)
};
Q_DECLARE_METATYPE(MethodRecord)

/// The `prompt_timing` rows of one source, stored as columns so that a
/// million rows cost a few contiguous arrays and no per-row allocation.
/// String columns hold ids into SourceData::strings (0 = empty).
struct PromptTable
{
    std::vector<std::uint32_t> model;
    std::vector<std::uint32_t> method;
    std::vector<std::uint32_t> gpuInfo;
    std::vector<std::uint32_t> device;
    std::vector<std::uint32_t> hardware;  ///< derived by SourceData::finalize()
    std::vector<double> time;             ///< seconds; NaN when missing (failed rows only)
    std::vector<double> tokens;           ///< input tokens; NaN when missing
    std::vector<double> outputTokens;
    std::vector<double> tokensPerSecond;  ///< as the file states it; NaN when missing
    std::vector<std::uint8_t> success;    ///< 1 = success (missing counts as success), 0 = failure
    std::vector<std::int64_t> sourceRow;  ///< 1-based record index or line, for messages
    /// Prompt text and prompt id of each row: indices into `texts`. A benchmark
    /// runs the same prompts for every model, method and machine, so each
    /// distinct text is stored once (TextPool, the interner StringPool is built
    /// on; without StringPool's QString per entry, which would double the
    /// memory of texts that are shown a screenful at a time).
    std::vector<std::uint32_t> promptTextRef;
    std::vector<std::uint32_t> promptIdRef;
    TextPool texts;

    std::size_t size() const { return time.size(); }
    void reserve(std::size_t rows);

    /// Appends one row. The text views are copied into the arena.
    void append(std::uint32_t modelId, std::uint32_t methodId, std::uint32_t gpuInfoId, std::uint32_t deviceId,
                double time, double tokens, double outputTokens, double tokensPerSecond, bool success,
                std::string_view promptText, std::string_view promptId, std::int64_t sourceRow);

    /// Appends the rows of `part`, read after these: its model, method, gpu
    /// and device ids go through `ids` (its id -> this source's id), its texts
    /// into this table's pool. Ids come out as reading both in one go gives
    /// them. Before SourceData::finalize(): `hardware` is not carried over.
    void appendPart(const PromptTable &part, const std::vector<std::uint32_t> &ids);

    QString promptText(std::size_t row) const;
    QString promptId(std::size_t row) const;
};

/// Everything read from one source (a file, a CSV pair or a URL).
struct SourceData
{
    QString name;                       ///< path or URL as the user gave it
    StringPool strings;                 ///< model, method, gpu, device and hardware labels
    std::vector<MethodRecord> methods;
    PromptTable prompts;
    QStringList warnings;               ///< the first kMaxStoredWarnings messages
    std::int64_t warningCount = 0;      ///< all warnings, stored or not
    std::int64_t skippedRows = 0;
    /// SHA-256 of the source's bytes (both files of a CSV pair, method table first),
    /// when the load asked for it (LoadOptions::hashContent); empty otherwise.
    QByteArray contentHash;

    static constexpr int kMaxStoredWarnings = 1000;

    void addWarning(const QString &message);
    /// Appends what was read from the next part of the same input into its own
    /// SourceData (another thread's window): rows, string ids, warnings and
    /// counts come out exactly as if this source had read that part itself.
    void appendPart(SourceData &&part);
    /// Derives the hardware label of every method and prompt row (docs/metrics.md).
    /// Called once after all parts of the source were read.
    void finalize();
    std::int64_t rowCount() const { return std::int64_t(methods.size() + prompts.size()); }
};

using SourceDataPtr = std::shared_ptr<const SourceData>;
