// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timingdata.h"

#include <QList>
#include <QString>

#include <vector>

/// What the method rows say about one machine (hardware label): platform, CPU,
/// cores, memory, GPU, torch version, CUDA and MPS. Each value comes from the
/// first method row of that hardware that states it (sources in order).
struct MachineEnvironment
{
    QString hardware;
    QString platform;
    QString cpuModel;
    double cpuCores = kMissing;
    double memoryGb = kMissing;
    QString gpu;
    QString torchVersion;
    TriState cuda = TriState::Unknown;
    TriState mps = TriState::Unknown;
};

namespace Environment {

/// One entry per hardware that has method rows, sorted by hardware name.
std::vector<MachineEnvironment> fromSources(const QList<SourceDataPtr> &sources);

} // namespace Environment
