// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "groupstats.h"
#include "timingdata.h"

#include <QList>
#include <QStringList>

#include <atomic>
#include <memory>
#include <span>
#include <vector>

class Dataset;
using DatasetPtr = std::shared_ptr<const Dataset>;

/// The merged, immutable view of every loaded source: interned model, method
/// and hardware names (sorted, id = index) and the statistics of every group,
/// computed once per load. Filtering, sorting and charting then cost O(groups).
class Dataset
{
public:
    /// Merges the sources and computes all group statistics. Returns null when
    /// `cancel` was set during the work.
    static DatasetPtr build(const QList<SourceDataPtr> &sources, const std::atomic<bool> *cancel = nullptr);

    const QList<SourceDataPtr> &sources() const { return m_sources; }
    const QStringList &models() const { return m_models; }
    const QStringList &methods() const { return m_methods; }
    const QStringList &hardware() const { return m_hardware; }
    int modelId(const QString &name) const { return int(m_models.indexOf(name)); }
    int methodId(const QString &name) const { return int(m_methods.indexOf(name)); }
    int hardwareId(const QString &name) const { return int(m_hardware.indexOf(name)); }

    /// Sorted by model, method, hardware name.
    const std::vector<GroupStats> &groups() const { return m_groups; }
    /// Index of the group (model, method, hardware ids), or -1.
    int findGroup(std::uint32_t model, std::uint32_t method, std::uint32_t hardware) const;
    /// The group's successful prompt times, sorted ascending.
    std::span<const double> groupTimes(std::size_t group) const;
    /// The group's successful prompt rates (tokens/s), sorted ascending.
    std::span<const double> groupRates(std::size_t group) const;
    /// The group's successful (tokens, time) pairs, in source order.
    std::span<const double> groupTokens(std::size_t group) const;
    std::span<const double> groupTokenTimes(std::size_t group) const;

    std::int64_t promptRowCount() const { return m_promptRowOffsets.empty() ? 0 : m_promptRowOffsets.back(); }
    std::int64_t methodRowCount() const { return m_methodRowOffsets.empty() ? 0 : m_methodRowOffsets.back(); }
    /// Maps a merged prompt row (0 .. promptRowCount()-1) to its source and row there.
    std::pair<int, std::size_t> locatePromptRow(std::int64_t row) const;
    std::pair<int, std::size_t> locateMethodRow(std::int64_t row) const;
    /// Dataset ids of a merged prompt row.
    std::uint32_t promptModel(std::int64_t row) const { return m_promptModel[std::size_t(row)]; }
    std::uint32_t promptMethod(std::int64_t row) const { return m_promptMethod[std::size_t(row)]; }
    std::uint32_t promptHardware(std::int64_t row) const { return m_promptHardware[std::size_t(row)]; }
    /// Index into groups() of a merged prompt row.
    int promptGroup(std::int64_t row) const { return m_promptGroup[std::size_t(row)]; }

private:
    QList<SourceDataPtr> m_sources;
    QStringList m_models, m_methods, m_hardware;
    std::vector<GroupStats> m_groups;
    // Per group: [begin, end) into the value columns below.
    std::vector<std::size_t> m_timeBegin, m_rateBegin, m_fitBegin;
    std::vector<double> m_times, m_rates, m_fitTokens, m_fitTimes;
    std::vector<std::int64_t> m_promptRowOffsets, m_methodRowOffsets; // prefix sums, size = sources + 1
    std::vector<std::uint32_t> m_promptModel, m_promptMethod, m_promptHardware;
    std::vector<std::int32_t> m_promptGroup;
};
