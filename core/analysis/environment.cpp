// SPDX-License-Identifier: GPL-3.0-or-later
#include "environment.h"

#include <cmath>
#include <map>

namespace Environment {

std::vector<MachineEnvironment> fromSources(const QList<SourceDataPtr> &sources)
{
    std::map<QString, MachineEnvironment> byHardware;
    for (const SourceDataPtr &source : sources) {
        for (const MethodRecord &m : source->methods) {
            MachineEnvironment &e = byHardware[m.hardware];
            e.hardware = m.hardware;
            // The first method row that states a value gives it.
            auto take = [](QString &to, const QString &from) { if (to.isEmpty()) to = from; };
            auto takeNumber = [](double &to, double from) { if (std::isnan(to)) to = from; };
            take(e.platform, m.platform);
            take(e.cpuModel, m.cpuModel);
            takeNumber(e.cpuCores, m.cpuCores);
            takeNumber(e.memoryGb, m.memoryGb);
            take(e.gpu, m.gpuInfo);
            take(e.torchVersion, m.torchVersion);
            if (e.cuda == TriState::Unknown)
                e.cuda = m.cuda;
            if (e.mps == TriState::Unknown)
                e.mps = m.mps;
        }
    }
    std::vector<MachineEnvironment> result;
    result.reserve(byHardware.size());
    for (auto &[hardware, e] : byHardware)
        result.push_back(std::move(e));
    return result;
}

} // namespace Environment
