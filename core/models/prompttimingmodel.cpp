// SPDX-License-Identifier: GPL-3.0-or-later
#include "prompttimingmodel.h"

#include "filterstate.h"
#include "format.h"
#include "timingroles.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QRegularExpression>

#include <algorithm>
#include <climits>
#include <cmath>
#include <numeric>
#include <utility>

PromptTimingModel::PromptTimingModel(QObject *parent)
    : TableModel({tr("Source"), tr("Model"), tr("Method"), tr("Hardware"), tr("Prompt id"), tr("Tokens"),
                  tr("Time (s)"), tr("Tokens/s"), tr("Success"), tr("Prompt")},
                 {QStringLiteral("source"), QStringLiteral("model"), QStringLiteral("method"),
                  QStringLiteral("hardware"), QStringLiteral("prompt_id"), QStringLiteral("token_count"),
                  QStringLiteral("time"), QStringLiteral("tokens_per_second"), QStringLiteral("success"),
                  QStringLiteral("prompt_text")},
                 parent)
{
}

void PromptTimingModel::setDataset(DatasetPtr dataset)
{
    m_next = std::move(dataset);
    m_datasetPending = true;
    recompute();
}

void PromptTimingModel::compute()
{
    if (std::exchange(m_datasetPending, false)) {
        m_dataset = std::move(m_next);
        cancelSort(); // an order of the old rows
        m_order.clear();
        startSort(true);
    }
    rebuildRows();
}

void PromptTimingModel::setFilterState(FilterState *state)
{
    if (m_state)
        disconnect(m_state, nullptr, this, nullptr);
    m_state = state;
    if (m_state) {
        connect(m_state, &FilterState::changed, this, [this] { recompute(); });
    }
    recompute();
}

void PromptTimingModel::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    recompute();
}

void PromptTimingModel::sort(int column, Qt::SortOrder order)
{
    column = column < 0 || column >= ColumnCount ? -1 : column;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    cancelSort();
    if (m_sortColumn < 0 || !m_dataset) {
        applyOrder({});
        return;
    }
    startSort(false);
}

void PromptTimingModel::startSort(bool inReset)
{
    if (!m_dataset || m_sortColumn < 0)
        return;
    if (totalRowCount() < m_asyncSortRows) {
        std::vector<std::int32_t> order = sortedOrder(*m_dataset, m_sortColumn, m_sortOrder);
        if (inReset) // compute(): the model is being reset, no layout signals
            m_order = std::move(order);
        else
            applyOrder(std::move(order));
        return;
    }
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_sortCancel = cancel;
    const std::uint64_t job = ++m_sortJob;
    const DatasetPtr dataset = m_dataset;
    const int column = m_sortColumn;
    const Qt::SortOrder order = m_sortOrder;
    auto *watcher = new QFutureWatcher<std::vector<std::int32_t>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, job, dataset] {
        watcher->deleteLater();
        if (job != m_sortJob || dataset != m_dataset)
            return; // a newer sort or dataset took over
        m_sortCancel.reset();
        std::vector<std::int32_t> sorted = watcher->result();
        applyOrder(std::move(sorted));
        setSorting(false);
    });
    watcher->setFuture(QtConcurrent::run([dataset, column, order, cancel] {
        return sortedOrder(*dataset, column, order, cancel.get());
    }));
    setSorting(true);
}

void PromptTimingModel::cancelSort()
{
    ++m_sortJob;
    if (m_sortCancel) {
        m_sortCancel->store(true);
        m_sortCancel.reset();
    }
    setSorting(false);
}

void PromptTimingModel::setSorting(bool sorting)
{
    if (sorting == m_sorting)
        return;
    m_sorting = sorting;
    Q_EMIT sortingChanged(sorting);
}

void PromptTimingModel::applyOrder(std::vector<std::int32_t> order)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<std::int64_t> rowsBefore;
    for (const QModelIndex &index : before)
        rowsBefore.push_back(m_rows[std::size_t(index.row())]);
    m_order = std::move(order);
    rebuildRows();
    if (!before.isEmpty()) {
        // Persistent indexes (selection, current) follow their rows, or go if filtered out.
        std::vector<std::int32_t> position(std::size_t(totalRowCount()), -1);
        for (std::size_t i = 0; i < m_rows.size(); ++i)
            position[std::size_t(m_rows[i])] = std::int32_t(i);
        QModelIndexList after;
        for (qsizetype i = 0; i < before.size(); ++i) {
            const int row = position[std::size_t(rowsBefore[std::size_t(i)])];
            after.append(row < 0 ? QModelIndex() : index(row, before[i].column()));
        }
        changePersistentIndexList(before, after);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

std::vector<std::int32_t> PromptTimingModel::sortedOrder(const Dataset &d, int sortColumn, Qt::SortOrder sortOrder,
                                                         const std::atomic<bool> *cancel)
{
    if (sortColumn < 0 || sortColumn >= ColumnCount)
        return {};
    const auto cancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
    const std::int64_t total = std::min<std::int64_t>(d.promptRowCount(), INT_MAX);
    // One key per row: numbers as they are (NaN = missing, last in either order),
    // names and texts as their rank in QString order, as the proxy compares them.
    std::vector<double> key(std::size_t(total), qQNaN());
    const auto rank = [](const QStringList &names) {
        std::vector<int> order(std::size_t(names.size()));
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return names[a] < names[b]; });
        std::vector<double> ranks(order.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            ranks[std::size_t(order[i])] = i > 0 && names[order[i]] == names[order[i - 1]] ? ranks[std::size_t(order[i - 1])] : double(i);
        return ranks;
    };
    const Column column = Column(sortColumn);
    if (column == ModelColumn || column == MethodColumn || column == HardwareColumn) {
        const std::vector<double> ranks = rank(column == ModelColumn    ? d.models()
                                               : column == MethodColumn ? d.methods()
                                                                        : d.hardware());
        for (std::int64_t r = 0; r < total; ++r) {
            const std::uint32_t id = column == ModelColumn    ? d.promptModel(r)
                                     : column == MethodColumn ? d.promptMethod(r)
                                                              : d.promptHardware(r);
            key[std::size_t(r)] = ranks[id];
        }
    } else if (column == PromptIdColumn || column == PromptColumn) {
        // Rank the distinct texts of every source together.
        struct Text
        {
            QString text;
            int source;
            std::uint32_t id;
        };
        std::vector<Text> texts;
        for (int s = 0; s < int(d.sources().size()); ++s) {
            const TextPool &pool = d.sources()[s]->prompts.texts;
            for (std::uint32_t i = 0; i < pool.size(); ++i) {
                const std::string_view utf8 = pool.at(i);
                texts.push_back({QString::fromUtf8(utf8.data(), qsizetype(utf8.size())), s, i});
            }
        }
        std::stable_sort(texts.begin(), texts.end(), [](const Text &a, const Text &b) { return a.text < b.text; });
        std::vector<std::vector<double>> ranks(std::size_t(d.sources().size()));
        for (int s = 0; s < int(d.sources().size()); ++s)
            ranks[std::size_t(s)].resize(d.sources()[s]->prompts.texts.size());
        for (std::size_t i = 0; i < texts.size(); ++i) {
            const bool tie = i > 0 && texts[i].text == texts[i - 1].text;
            ranks[std::size_t(texts[i].source)][texts[i].id] =
                tie ? ranks[std::size_t(texts[i - 1].source)][texts[i - 1].id] : double(i);
        }
        std::int64_t r = 0;
        for (int s = 0; s < int(d.sources().size()) && r < total; ++s) {
            const PromptTable &p = d.sources()[s]->prompts;
            const std::vector<std::uint32_t> &refs = column == PromptIdColumn ? p.promptIdRef : p.promptTextRef;
            for (std::size_t i = 0; i < p.size() && r < total; ++i, ++r)
                key[std::size_t(r)] = ranks[std::size_t(s)][refs[i]];
        }
    } else if (column == SourceColumn) {
        QStringList names;
        for (const SourceDataPtr &source : d.sources())
            names.append(source->name);
        const std::vector<double> ranks = rank(names);
        std::int64_t r = 0;
        for (int s = 0; s < int(d.sources().size()) && r < total; ++s) {
            for (std::size_t i = 0; i < d.sources()[s]->prompts.size() && r < total; ++i, ++r)
                key[std::size_t(r)] = ranks[std::size_t(s)];
        }
    } else {
        std::int64_t r = 0;
        for (int s = 0; s < int(d.sources().size()) && r < total; ++s) {
            const PromptTable &p = d.sources()[s]->prompts;
            for (std::size_t i = 0; i < p.size() && r < total; ++i, ++r) {
                switch (column) {
                case TokensColumn:
                    key[std::size_t(r)] = p.tokens[i];
                    break;
                case TimeColumn: // a failed prompt has no time: last, as its dash
                    key[std::size_t(r)] = p.success[i] ? p.time[i] : qQNaN();
                    break;
                case TokensPerSecondColumn:
                    key[std::size_t(r)] = p.success[i] ? p.tokensPerSecond[i] : qQNaN();
                    break;
                case SuccessColumn:
                    key[std::size_t(r)] = p.success[i];
                    break;
                default:
                    break;
                }
            }
        }
    }
    if (cancelled())
        return {};
    std::vector<std::int32_t> order(static_cast<std::size_t>(total));
    std::iota(order.begin(), order.end(), 0);
    // Stable: equal keys keep the source order, in either direction; missing last.
    const bool descending = sortOrder == Qt::DescendingOrder;
    std::stable_sort(order.begin(), order.end(), [&key, descending](std::int32_t a, std::int32_t b) {
        const double x = key[std::size_t(a)], y = key[std::size_t(b)];
        if (std::isnan(x) || std::isnan(y))
            return !std::isnan(x) && std::isnan(y);
        return descending ? x > y : x < y;
    });
    if (cancelled())
        return {};
    return order;
}

QStringList PromptTimingModel::searchWords(const QString &text)
{
    // A word is a run without white space, or a "quoted phrase".
    static const QRegularExpression word(QStringLiteral("\"([^\"]*)\"?|(\\S+)"));
    QStringList words;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString found = match.hasCaptured(1) ? match.captured(1) : match.captured(2);
        if (!found.trimmed().isEmpty())
            words.append(found);
    }
    return words;
}

void PromptTimingModel::rebuildRows()
{
    m_rows.clear();
    if (!m_dataset) {
        m_rows.shrink_to_fit();
        return;
    }
    const Dataset &d = *m_dataset;
    const std::int64_t total = std::min<std::int64_t>(d.promptRowCount(), INT_MAX);
    // One byte per group shown: a row is one lookup (the groups are few, the
    // mask stays in the L1 cache).
    std::vector<std::uint8_t> groupShown;
    if (m_state) {
        groupShown.assign(d.groups().size(), 0);
        for (int g : m_state->filteredGroups(d))
            groupShown[std::size_t(g)] = 1;
    }
    // The search: every word of the query in some field (model, method,
    // hardware, prompt id or text), case-insensitive. Decided once per word and
    // distinct name or text, so a row costs a few lookups.
    const QStringList words = searchWords(m_search);
    const bool search = !words.isEmpty();
    struct WordMatch
    {
        std::vector<bool> model, method, hardware;
        std::vector<std::vector<bool>> text; // per source, per pooled text
    };
    const auto names = [](const QStringList &list, const QString &word) {
        std::vector<bool> match(std::size_t(list.size()));
        for (qsizetype i = 0; i < list.size(); ++i)
            match[std::size_t(i)] = list[i].contains(word, Qt::CaseInsensitive);
        return match;
    };
    std::vector<WordMatch> wordMatches;
    for (const QString &word : words) {
        WordMatch w{names(d.models(), word), names(d.methods(), word), names(d.hardware(), word), {}};
        for (const SourceDataPtr &source : d.sources()) {
            const TextPool &pool = source->prompts.texts;
            std::vector<bool> match(pool.size());
            for (std::uint32_t i = 0; i < pool.size(); ++i) {
                const std::string_view utf8 = pool.at(i);
                match[i] = QString::fromUtf8(utf8.data(), qsizetype(utf8.size())).contains(word, Qt::CaseInsensitive);
            }
            w.text.push_back(std::move(match));
        }
        wordMatches.push_back(std::move(w));
    }
    const auto shown = [&](std::int64_t r) {
        if (m_state && !groupShown[std::size_t(d.promptGroup(r))])
            return false;
        if (!search)
            return true;
        const std::uint32_t model = d.promptModel(r), method = d.promptMethod(r), hw = d.promptHardware(r);
        const auto [source, row] = d.locatePromptRow(r);
        const PromptTable &p = d.sources()[source]->prompts;
        for (const WordMatch &w : wordMatches) {
            if (!(w.model[model] || w.method[method] || w.hardware[hw] || w.text[std::size_t(source)][p.promptIdRef[row]]
                  || w.text[std::size_t(source)][p.promptTextRef[row]]))
                return false;
        }
        return true;
    };
    m_rows.reserve(std::size_t(total));
    const bool everyGroup = std::find(groupShown.begin(), groupShown.end(), 0) == groupShown.end();
    if (everyGroup && !search) { // every row, in order: no test per row
        if (m_order.empty()) {
            m_rows.resize(std::size_t(total));
            std::iota(m_rows.begin(), m_rows.end(), 0);
        } else {
            m_rows.assign(m_order.begin(), m_order.end());
        }
        return;
    }
    if (m_order.empty()) {
        for (std::int64_t r = 0; r < total; ++r) {
            if (shown(r))
                m_rows.push_back(std::int32_t(r));
        }
    } else {
        for (std::int32_t r : m_order) {
            if (shown(r))
                m_rows.push_back(r);
        }
    }
    // The capacity stays: the next filter change reuses it without page faults.
}

QVariant PromptTimingModel::cell(int shownRow, int column, int role) const
{
    const Dataset &d = *m_dataset;
    const std::int64_t merged = m_rows[std::size_t(shownRow)];
    const auto [source, row] = d.locatePromptRow(merged);
    const SourceData &data = *d.sources()[source];
    const PromptTable &p = data.prompts;
    switch (role) {
    case TimingRoles::ModelNameRole:
        return d.models()[d.promptModel(merged)];
    case TimingRoles::MethodNameRole:
        return d.methods()[d.promptMethod(merged)];
    case TimingRoles::HardwareNameRole:
        return d.hardware()[d.promptHardware(merged)];
    case TimingRoles::SearchTextRole:
        return QStringList{d.models()[d.promptModel(merged)], d.methods()[d.promptMethod(merged)],
                           d.hardware()[d.promptHardware(merged)], p.promptId(row), p.promptText(row)}
            .join(QLatin1Char(' '));
    case Qt::ToolTipRole:
        if (column == SourceColumn)
            return tr("%1, row %2").arg(data.name, QString::number(p.sourceRow[row]));
        if (column == PromptColumn)
            return p.promptText(row);
        return {};
    case Qt::TextAlignmentRole:
        switch (column) {
        case TokensColumn:
        case TimeColumn:
        case TokensPerSecondColumn:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool raw = role == SortRole;
    auto number = [raw](double v, QString (*format)(double)) -> QVariant {
        if (raw)
            return std::isnan(v) ? QVariant() : QVariant(v);
        return format(v);
    };
    switch (Column(column)) {
    case SourceColumn:
        return raw ? data.name : QFileInfo(data.name).fileName();
    case ModelColumn:
        return d.models()[d.promptModel(merged)];
    case MethodColumn:
        return d.methods()[d.promptMethod(merged)];
    case HardwareColumn:
        return d.hardware()[d.promptHardware(merged)];
    case PromptIdColumn:
        return p.promptId(row);
    case TokensColumn:
        return number(p.tokens[row], [](double v) { return Format::number(v, 12); });
    // One unit per column, said in the header; a failed prompt has no time
    // worth showing (its row may carry 0): a dash, and no sort value.
    case TimeColumn:
        if (!p.success[row])
            return raw ? QVariant() : QVariant(Format::plainNumber(qQNaN()));
        return number(p.time[row], Format::plainNumber);
    case TokensPerSecondColumn:
        if (!p.success[row])
            return raw ? QVariant() : QVariant(Format::plainNumber(qQNaN()));
        return number(p.tokensPerSecond[row], Format::plainNumber);
    case SuccessColumn:
        if (raw)
            return int(p.success[row]);
        return p.success[row] ? tr("yes") : tr("no");
    case PromptColumn: {
        if (raw)
            return p.promptText(row);
        // The cell shows what fits: a view elides after shaping the whole text,
        // and prompts run to thousands of characters. The tooltip has it all.
        QString text = p.promptText(row);
        if (text.size() > kPromptDisplayChars) {
            text.truncate(text.at(kPromptDisplayChars - 1).isHighSurrogate() ? kPromptDisplayChars - 1 : kPromptDisplayChars);
            text += QChar(0x2026);
        }
        return text;
    }
    case ColumnCount:
        break;
    }
    return {};
}
