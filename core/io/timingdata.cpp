// SPDX-License-Identifier: GPL-3.0-or-later
#include "timingdata.h"

#include <QHash>

#include <algorithm>

void PromptTable::reserve(std::size_t rows)
{
    for (auto *column : {&model, &method, &gpuInfo, &device, &promptTextRef, &promptIdRef})
        column->reserve(rows);
    for (auto *column : {&time, &tokens, &outputTokens, &tokensPerSecond})
        column->reserve(rows);
    success.reserve(rows);
    sourceRow.reserve(rows);
}

void PromptTable::append(std::uint32_t modelId, std::uint32_t methodId, std::uint32_t gpuInfoId,
                         std::uint32_t deviceId, double timeValue, double tokenCount, double outputTokenCount,
                         double rate, bool succeeded, std::string_view text, std::string_view id,
                         std::int64_t row)
{
    model.push_back(modelId);
    method.push_back(methodId);
    gpuInfo.push_back(gpuInfoId);
    device.push_back(deviceId);
    time.push_back(timeValue);
    tokens.push_back(tokenCount);
    outputTokens.push_back(outputTokenCount);
    tokensPerSecond.push_back(rate);
    success.push_back(succeeded ? 1 : 0);
    sourceRow.push_back(row);
    promptTextRef.push_back(texts.add(text));
    promptIdRef.push_back(texts.add(id));
}

void PromptTable::appendPart(const PromptTable &part, const std::vector<std::uint32_t> &ids)
{
    const auto mapped = [](std::vector<std::uint32_t> &to, const std::vector<std::uint32_t> &from,
                           const std::vector<std::uint32_t> &map) {
        if (to.capacity() < to.size() + from.size()) // doubling: a part at a time must not copy the column each time
            to.reserve(std::max(to.size() + from.size(), 2 * to.capacity()));
        for (const std::uint32_t id : from)
            to.push_back(map[id]);
    };
    const auto appended = [](auto &to, const auto &from) { to.insert(to.end(), from.begin(), from.end()); };
    mapped(model, part.model, ids);
    mapped(method, part.method, ids);
    mapped(gpuInfo, part.gpuInfo, ids);
    mapped(device, part.device, ids);
    appended(time, part.time);
    appended(tokens, part.tokens);
    appended(outputTokens, part.outputTokens);
    appended(tokensPerSecond, part.tokensPerSecond);
    appended(success, part.success);
    appended(sourceRow, part.sourceRow);
    // The part's pool holds its texts in the order they first appear in it, so
    // adding them in that order numbers new ones as one pass would have.
    std::vector<std::uint32_t> textIds(part.texts.size());
    for (std::uint32_t i = 0; i < textIds.size(); ++i)
        textIds[i] = texts.add(part.texts.at(i));
    mapped(promptTextRef, part.promptTextRef, textIds);
    mapped(promptIdRef, part.promptIdRef, textIds);
}

QString PromptTable::promptText(std::size_t row) const
{
    const std::string_view text = texts.at(promptTextRef[row]);
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QString PromptTable::promptId(std::size_t row) const
{
    const std::string_view id = texts.at(promptIdRef[row]);
    return QString::fromUtf8(id.data(), qsizetype(id.size()));
}

void SourceData::addWarning(const QString &message)
{
    ++warningCount;
    if (warnings.size() < kMaxStoredWarnings)
        warnings.append(message);
}

void SourceData::appendPart(SourceData &&part)
{
    // The same argument as for the texts: the part's pool is in first-seen order.
    std::vector<std::uint32_t> ids(part.strings.size());
    for (std::uint32_t i = 1; i < part.strings.size(); ++i)
        ids[i] = strings.intern(part.strings.utf8(i));
    prompts.appendPart(part.prompts, ids);
    methods.insert(methods.end(), std::make_move_iterator(part.methods.begin()),
                   std::make_move_iterator(part.methods.end()));
    // The part stored its first warnings; the first ones overall are these.
    for (const QString &warning : std::as_const(part.warnings)) {
        if (warnings.size() >= kMaxStoredWarnings)
            break;
        warnings.append(warning);
    }
    warningCount += part.warningCount;
    skippedRows += part.skippedRows;
}

static QString methodHardware(const MethodRecord &record)
{
    if (!record.gpuInfo.isEmpty())
        return record.gpuInfo;
    if (!record.cpuModel.isEmpty())
        return record.cpuModel;
    if (!record.device.isEmpty())
        return record.device;
    return QStringLiteral("unknown");
}

void SourceData::finalize()
{
    // Method rows whose gpu_info is empty, per (model, method): a prompt row
    // without gpu_info borrows their label only when exactly one exists.
    QHash<QPair<QString, QString>, int> cpuOnly;
    QHash<QPair<QString, QString>, QString> cpuLabel;
    for (MethodRecord &record : methods) {
        record.hardware = methodHardware(record);
        if (record.gpuInfo.isEmpty()) {
            const auto key = qMakePair(record.model, record.method);
            ++cpuOnly[key];
            cpuLabel[key] = record.hardware;
        }
    }

    const std::uint32_t unknownId = strings.intern(std::string_view("unknown"));
    // Per (model id, method id) the borrowed label id, computed once per pair.
    QHash<quint64, std::uint32_t> borrowed;
    const std::size_t n = prompts.size();
    prompts.hardware.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        if (prompts.gpuInfo[i] != 0) {
            prompts.hardware[i] = prompts.gpuInfo[i];
            continue;
        }
        const quint64 key = (quint64(prompts.model[i]) << 32) | prompts.method[i];
        auto it = borrowed.constFind(key);
        if (it == borrowed.constEnd()) {
            std::uint32_t label = 0;
            const auto pair = qMakePair(strings.at(prompts.model[i]), strings.at(prompts.method[i]));
            if (cpuOnly.value(pair) == 1)
                label = strings.intern(cpuLabel.value(pair));
            it = borrowed.insert(key, label);
        }
        std::uint32_t label = it.value();
        if (label == 0)
            label = prompts.device[i] != 0 ? prompts.device[i] : unknownId;
        prompts.hardware[i] = label;
    }
}
