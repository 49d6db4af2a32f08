// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartcsv.h"

#include "comparison.h"

#include "distributionmodel.h"
#include "groupedbarmodel.h"
#include "hardwaremodel.h"
#include "heatmapmodel.h"
#include "methodboxmodel.h"
#include "modelrankmodel.h"
#include "scalingmodel.h"
#include "summary.h"
#include "textescape.h"

#include <QJsonObject>

#include <QLocale>

namespace ChartCsv {

namespace {

/// Marks a cell that holds a number we formatted: never prefixed.
constexpr QChar kNumberMark(0xE000);

QString numeric(double value)
{
    const QString text = number(value);
    return text.isEmpty() ? text : kNumberMark + text;
}

QString numeric(qint64 value)
{
    return kNumberMark + QString::number(value);
}

QByteArray field(const QString &cell)
{
    if (cell.startsWith(kNumberMark))
        return cell.mid(1).toUtf8();
    return TextEscape::csvText(cell).toUtf8();
}

QStringList header(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *name : names)
        list.append(QString::fromLatin1(name));
    return list;
}

} // namespace

QString number(double value)
{
    if (isMissing(value))
        return {};
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QByteArray toCsv(const Table &table)
{
    QByteArray out;
    const auto line = [&out](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i)
                out += ',';
            out += field(cells[i]);
        }
        out += "\r\n";
    };
    line(table.header);
    for (const QStringList &row : table.rows)
        line(row);
    return out;
}

Table performance(const GroupedBarModel &model)
{
    Table table{header({"model", "method", "hardware", "metric", "value", "low", "high", "n"}), {}};
    if (!model.dataset())
        return table;
    const Dataset &dataset = *model.dataset();
    const QString metric = GroupedBarModel::metricField(model.metric());
    const bool interval = model.metric() == GroupedBarModel::Metric::MedianTime;
    for (const GroupedBarModel::Bar &bar : model.bars()) {
        const GroupStats &s = dataset.groups()[std::size_t(bar.group)];
        table.rows.push_back({dataset.models()[s.model], dataset.methods()[s.method], dataset.hardware()[s.hardware],
                              metric, numeric(bar.value), interval ? numeric(bar.low) : QString(),
                              interval ? numeric(bar.high) : QString(), numeric(qint64(bar.n))});
    }
    if (!interval) {
        // No interval is drawn: no low/high columns.
        table.header.removeAt(6);
        table.header.removeAt(5);
        for (QStringList &row : table.rows) {
            row.removeAt(6);
            row.removeAt(5);
        }
    }
    return table;
}

Table hardware(const HardwareModel &model)
{
    const bool byModel = model.categoriesBy() == HardwareModel::Categories::Models;
    Table table{header({byModel ? "model" : "method", "hardware", "metric", "value", "groups", "n"}), {}};
    for (const HardwareModel::Bar &bar : model.bars()) {
        table.rows.push_back({model.categories().at(bar.category), model.hardwareNames().at(bar.hardware),
                              HardwareModel::metricName(), numeric(bar.value), numeric(qint64(bar.items)),
                              numeric(bar.n)});
    }
    for (const HardwareModel::SpeedUp &speedUp : model.speedUps()) {
        // The speed-up is drawn as text beside the chart: fastest over slowest.
        table.rows.push_back({model.categories().at(speedUp.category), speedUp.fastest + QStringLiteral(" vs ") + speedUp.slowest,
                              QStringLiteral("speedup"), numeric(speedUp.ratio), numeric(qint64(speedUp.paired)), QString()});
    }
    return table;
}

Table distribution(const DistributionModel &model)
{
    Table table{header({"model", "method", "hardware", "metric", "value", "n"}), {}};
    if (!model.dataset())
        return table;
    const Dataset &dataset = *model.dataset();
    for (const DistributionModel::Cell &cell : model.cells()) {
        const GroupStats &s = dataset.groups()[std::size_t(cell.group)];
        const QStringList dims{dataset.models()[s.model], dataset.methods()[s.method], dataset.hardware()[s.hardware]};
        const std::pair<const char *, double> values[] = {{"whisker_low", cell.box.lower}, {"q1", cell.box.q1},
                                                          {"median_time", cell.box.median}, {"q3", cell.box.q3},
                                                          {"whisker_high", cell.box.upper}};
        for (const auto &[name, value] : values)
            table.rows.push_back(dims + QStringList{QString::fromLatin1(name), numeric(value), numeric(cell.n)});
        for (double outlier : cell.box.outliers)
            table.rows.push_back(dims + QStringList{QStringLiteral("outlier"), numeric(outlier), numeric(cell.n)});
    }
    return table;
}

Table scaling(const ScalingModel &model)
{
    Table table{header({"model", "method", "hardware", "tokens", "metric", "value", "n"}), {}};
    if (!model.dataset())
        return table;
    const Dataset &dataset = *model.dataset();
    const auto dims = [&](int g) {
        const GroupStats &s = dataset.groups()[std::size_t(g)];
        return QStringList{dataset.models()[s.model], dataset.methods()[s.method], dataset.hardware()[s.hardware]};
    };
    // Every prompt behind the points (the chart thins them; the data does not).
    for (const ScalingModel::Series &series : model.series()) {
        for (int g : series.groups) {
            const auto tokens = dataset.groupTokens(std::size_t(g));
            const auto times = dataset.groupTokenTimes(std::size_t(g));
            for (std::size_t i = 0; i < tokens.size(); ++i)
                table.rows.push_back(dims(g) + QStringList{numeric(tokens[i]), QStringLiteral("time"), numeric(times[i]), QString()});
        }
    }
    for (const ScalingModel::Fit &fit : model.fits()) {
        const GroupStats &s = dataset.groups()[std::size_t(fit.group)];
        const std::pair<const char *, double> values[] = {{"fit_intercept", s.fitIntercept},
                                                          {"fit_seconds_per_1k_tokens", s.fitSlope * 1000},
                                                          {"fit_r2", s.fitR2},
                                                          {"fit_min_tokens", s.fitMinTokens},
                                                          {"fit_max_tokens", s.fitMaxTokens}};
        for (const auto &[name, value] : values)
            table.rows.push_back(dims(fit.group) + QStringList{QString(), QString::fromLatin1(name), numeric(value), numeric(qint64(s.fitN))});
    }
    return table;
}

Table heatmap(const DatasetPtr &dataset, const std::vector<int> &groups)
{
    Table table{header({"model", "method", "hardware", "metric", "value", "n"}), {}};
    if (!dataset)
        return table;
    HeatmapModel model;
    model.setGroups(dataset, groups);
    const QStringList hardwareNames = model.hardwareNames();
    for (const QString &hardware : hardwareNames) {
        model.setHardware(hardware);
        for (const auto aggregate : {HeatmapModel::Aggregate::Mean, HeatmapModel::Aggregate::Median}) {
            model.setAggregate(aggregate);
            const QString metric = aggregate == HeatmapModel::Aggregate::Mean ? QStringLiteral("mean_tokens_per_second")
                                                                              : QStringLiteral("median_tokens_per_second");
            for (int row = 0; row < model.rowCount(); ++row) {
                for (int column = 0; column < model.columnCount(); ++column) {
                    const double value = model.value(row, column);
                    if (isMissing(value))
                        continue;
                    table.rows.push_back({model.columnName(column), model.rowName(row), hardware, metric, numeric(value),
                                          numeric(qint64(model.count(row, column)))});
                }
            }
        }
    }
    return table;
}

Table models(const DatasetPtr &dataset, const std::vector<int> &groups)
{
    Table table{header({"model", "method", "hardware", "metric", "value", "n"}), {}};
    if (!dataset)
        return table;
    ModelRankModel model;
    model.setGroups(dataset, groups);
    const QStringList names = model.models();
    for (const QString &name : names) {
        model.setModel(name);
        for (const ModelRankModel::Cell &cell : model.cells()) {
            const QStringList dims{name, model.methods().at(cell.method), model.hardwareNames().at(cell.hardware)};
            const qint64 n = dataset->groups()[std::size_t(cell.group)].timedCount;
            table.rows.push_back(dims + QStringList{QStringLiteral("mean_time"), numeric(cell.mean), numeric(n)});
            if (cell.rank > 0)
                table.rows.push_back(dims + QStringList{QStringLiteral("rank"), numeric(qint64(cell.rank)), numeric(n)});
        }
        for (qsizetype h = 0; h < model.hardwareNames().size(); ++h) {
            const double loading = model.loadingTimes()[std::size_t(h)];
            if (!isMissing(loading))
                table.rows.push_back({name, QString(), model.hardwareNames().at(h), QStringLiteral("model_loading_time"),
                                      numeric(loading), QString()});
        }
    }
    return table;
}

Table methods(const DatasetPtr &dataset, const std::vector<int> &groups)
{
    Table table{header({"model", "method", "hardware", "metric", "value", "n"}), {}};
    if (!dataset)
        return table;
    MethodBoxModel model;
    model.setGroups(dataset, groups);
    const QStringList names = model.methods();
    for (const QString &name : names) {
        model.setMethod(name);
        for (const MethodBoxModel::Cell &cell : model.cells()) {
            const QStringList dims{model.models().at(cell.model), name, model.hardwareNames().at(cell.hardware)};
            const std::pair<const char *, double> values[] = {{"min_time", cell.min},       {"q1", cell.q1},
                                                              {"median_time", cell.median}, {"q3", cell.q3},
                                                              {"max_time", cell.max},       {"mean_time", cell.mean}};
            for (const auto &[metric, value] : values) {
                if (!isMissing(value))
                    table.rows.push_back(dims + QStringList{QString::fromLatin1(metric), numeric(value), numeric(cell.n)});
            }
        }
    }
    return table;
}

Table compare(const Comparison &comparison)
{
    Table table{header({"model", "method", "hardware", "verdict", "metric", "value", "n"}), {}};
    for (const GroupComparison &g : comparison.groups) {
        const QStringList dims{g.model, g.method, g.hardware, GroupComparison::verdictName(g.verdict)};
        const auto add = [&](const char *metric, double value, const QString &n) {
            if (!isMissing(value))
                table.rows.push_back(dims + QStringList{QString::fromLatin1(metric), numeric(value), n});
        };
        add("ratio", g.ratio, QString());
        add("baseline_median", g.baselineMedian, numeric(qint64(g.baselineN)));
        add("candidate_median", g.candidateMedian, numeric(qint64(g.candidateN)));
        add("p_value", g.pValue, QString());
    }
    return table;
}

QStringList names()
{
    return {QStringLiteral("performance"), QStringLiteral("heatmap"), QStringLiteral("hardware"), QStringLiteral("models"),
            QStringLiteral("methods"), QStringLiteral("scaling"), QStringLiteral("distribution"), QStringLiteral("insights"),
            QStringLiteral("compare")};
}

Table byName(const QString &name, const DatasetPtr &dataset, const std::vector<int> &groups)
{
    if (name == QLatin1String("performance")) {
        GroupedBarModel model;
        model.setGroups(dataset, groups);
        return performance(model);
    }
    if (name == QLatin1String("heatmap"))
        return heatmap(dataset, groups);
    if (name == QLatin1String("hardware")) {
        HardwareModel model;
        model.setGroups(dataset, groups);
        return hardware(model);
    }
    if (name == QLatin1String("models"))
        return models(dataset, groups);
    if (name == QLatin1String("methods"))
        return methods(dataset, groups);
    if (name == QLatin1String("scaling")) {
        ScalingModel model;
        model.setGroups(dataset, groups);
        return scaling(model);
    }
    if (name == QLatin1String("distribution")) {
        DistributionModel model;
        model.setHardware(QString());
        model.setModel(QString()); // every model, not the chart's automatic one
        model.setGroups(dataset, groups);
        return distribution(model);
    }
    if (name == QLatin1String("insights"))
        return insights(dataset, groups);
    if (name == QLatin1String("compare"))
        return dataset ? compare(Comparison::ofFirstSources(*dataset, groups)) : compare(Comparison{});
    return {};
}

Table insights(const DatasetPtr &dataset, const std::vector<int> &groups)
{
    Table table{header({"kind", "severity", "title", "model", "method", "hardware", "metric", "value"}), {}};
    if (!dataset)
        return table;
    const QString separator = QStringLiteral(";");
    for (const Insight &insight : Insight::compute(*dataset, groups)) {
        const QStringList dims{insight.kind, Insight::severityName(insight.severity), insight.title,
                               insight.models.join(separator), insight.methods.join(separator),
                               insight.hardware.join(separator)};
        for (auto it = insight.numbers.begin(); it != insight.numbers.end(); ++it) {
            if (it.value().isDouble())
                table.rows.push_back(dims + QStringList{it.key(), numeric(it.value().toDouble())});
        }
    }
    return table;
}

} // namespace ChartCsv
