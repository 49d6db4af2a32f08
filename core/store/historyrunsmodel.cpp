// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyrunsmodel.h"

#include "format.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <cmath>
#include <map>

namespace {

QString numberText(double value)
{
    return std::isnan(value) ? QString() : QLocale().toString(value, 'g', 6);
}

QString triStateText(TriState value)
{
    switch (value) {
    case TriState::True:
        return HistoryRunsModel::tr("yes");
    case TriState::False:
        return HistoryRunsModel::tr("no");
    case TriState::Unknown:
        break;
    }
    return {};
}

/// The environment's fields by name, in the order they are listed.
QList<std::pair<QString, QString>> fields(const HistoryEnvironment &e)
{
    return {{HistoryRunsModel::tr("platform"), e.platform},
            {HistoryRunsModel::tr("CPU"), e.cpuModel},
            {HistoryRunsModel::tr("cores"), numberText(e.cpuCores)},
            {HistoryRunsModel::tr("memory GB"), numberText(e.memoryGb)},
            {HistoryRunsModel::tr("GPU"), e.gpu},
            {HistoryRunsModel::tr("torch"), e.torchVersion},
            {HistoryRunsModel::tr("CUDA"), triStateText(e.cuda)},
            {HistoryRunsModel::tr("MPS"), triStateText(e.mps)}};
}

} // namespace

HistoryRunsModel::HistoryRunsModel(QObject *parent)
    : TableModel({tr("Run"), tr("Label"), tr("Added"), tr("Prompt rows"), tr("Method rows"), tr("Sources"),
                  tr("Environment against the previous run")},
                 {QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("added"), QStringLiteral("prompt_rows"),
                  QStringLiteral("method_rows"), QStringLiteral("sources"), QStringLiteral("environment_changes")},
                 parent)
{
}

void HistoryRunsModel::setRuns(const QList<HistoryRun> &runs)
{
    m_pending = runs;
    recompute();
}

void HistoryRunsModel::setDark(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    if (!m_runs.isEmpty())
        Q_EMIT dataChanged(index(0, EnvironmentColumn), index(int(m_runs.size()) - 1, EnvironmentColumn),
                           {Qt::BackgroundRole});
}

int HistoryRunsModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_runs.size(); ++i) {
        if (m_runs[i].id == id)
            return int(i);
    }
    return -1;
}

void HistoryRunsModel::compute()
{
    m_runs = std::exchange(m_pending, {});
    m_changes.clear();
    for (qsizetype i = 0; i < m_runs.size(); ++i)
        m_changes.append(i == 0 ? QStringList() : environmentChanges(m_runs[i - 1], m_runs[i]));
}

QStringList HistoryRunsModel::environmentChanges(const HistoryRun &previous, const HistoryRun &current)
{
    std::map<QString, const HistoryEnvironment *> before, after;
    for (const HistoryEnvironment &e : previous.environment)
        before[e.hardware] = &e;
    for (const HistoryEnvironment &e : current.environment)
        after[e.hardware] = &e;
    QStringList changes;
    for (const auto &[hardware, now] : after) {
        const auto then = before.find(hardware);
        if (then == before.end()) {
            changes.append(tr("%1: new machine").arg(hardware));
            continue;
        }
        const auto old = fields(*then->second);
        const auto fresh = fields(*now);
        QStringList parts;
        for (qsizetype f = 0; f < fresh.size(); ++f) {
            if (old[f].second == fresh[f].second)
                continue;
            const QString none = tr("(none)");
            parts.append(tr("%1 %2 → %3")
                             .arg(fresh[f].first, old[f].second.isEmpty() ? none : old[f].second,
                                  fresh[f].second.isEmpty() ? none : fresh[f].second));
        }
        if (!parts.isEmpty())
            changes.append(tr("%1: %2").arg(hardware, parts.join(QStringLiteral(", "))));
    }
    for (const auto &[hardware, then] : before) {
        if (!after.count(hardware))
            changes.append(tr("%1: not in this run").arg(hardware));
    }
    return changes;
}

QString HistoryRunsModel::environmentText(const HistoryEnvironment &e)
{
    QStringList parts;
    for (const auto &[name, value] : fields(e)) {
        if (!value.isEmpty())
            parts.append(tr("%1 %2").arg(name, value));
    }
    return tr("%1: %2").arg(e.hardware, parts.isEmpty() ? tr("nothing stated") : parts.join(QStringLiteral(", ")));
}

QVariant HistoryRunsModel::cell(int row, int column, int role) const
{
    const HistoryRun &r = m_runs[row];
    const QStringList &changes = m_changes[row];
    const bool changed = !changes.isEmpty();
    switch (role) {
    case RunIdRole:
        return r.id;
    case EnvironmentChangedRole:
        return changed;
    case Qt::TextAlignmentRole:
        if (column == IdColumn || column == PromptRowsColumn || column == MethodRowsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (column == EnvironmentColumn && changed) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        if (column == EnvironmentColumn && changed)
            return m_dark ? QColor(0x5C4813) : QColor(0xFFF0B3);
        return {};
    case Qt::ForegroundRole:
        if (column == EnvironmentColumn && changed)
            return m_dark ? QColor(Qt::white) : QColor(Qt::black); // on the highlight, whatever the palette's text
        return {};
    case Qt::ToolTipRole:
        if (column == EnvironmentColumn) {
            QStringList lines;
            for (const HistoryEnvironment &e : r.environment)
                lines.append(environmentText(e));
            if (changed)
                lines.prepend(tr("Changed against run %1:\n%2\n").arg(QString::number(m_runs[row - 1].id),
                                                                      changes.join(QLatin1Char('\n'))));
            return lines.join(QLatin1Char('\n'));
        }
        if (column == SourcesColumn) {
            QStringList lines;
            for (const HistorySource &s : r.sources)
                lines.append(tr("%1 (SHA-256 %2)").arg(s.name, s.sha256));
            return lines.join(QLatin1Char('\n'));
        }
        if (column == LabelColumn)
            return r.label;
        return {};
    case TableModel::SortRole:
        switch (column) {
        case IdColumn:
            return r.id;
        case AddedColumn:
            return r.added.toMSecsSinceEpoch();
        case PromptRowsColumn:
            return r.promptRows;
        case MethodRowsColumn:
            return r.methodRows;
        case EnvironmentColumn:
            return int(changes.size());
        default:
            break;
        }
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (column) {
        case IdColumn:
            return QString::number(r.id);
        case LabelColumn:
            return r.label;
        case AddedColumn:
            return r.added.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case PromptRowsColumn:
            return Format::count(r.promptRows);
        case MethodRowsColumn:
            return Format::count(r.methodRows);
        case SourcesColumn: {
            QStringList names;
            for (const HistorySource &s : r.sources)
                names.append(s.name.section(QLatin1Char('/'), -1)); // the file name; the tooltip has the rest
            return names.join(QStringLiteral(", "));
        }
        case EnvironmentColumn:
            if (row == 0)
                return tr("first run");
            return changed ? changes.join(QStringLiteral("; ")) : tr("unchanged");
        default:
            return {};
        }
    default:
        return {};
    }
}
