// SPDX-License-Identifier: GPL-3.0-or-later
// The models behind the Compare and Scaling tabs, and SourceWatcher (live
// updates): files replaced like an editor saves them, URLs polled with ETag
// and 304 against a local QHttpServer.
#include "comparison.h"
#include "comparisonmodel.h"
#include "costestimate.h"
#include "costestimatemodel.h"
#include "dataset.h"
#include "format.h"
#include "sourceloader.h"
#include "sourcewatcher.h"
#include "tablemodel.h"
#include "timingroles.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace {

QString uiData(const QString &name)
{
    return QStringLiteral(ATTRISCOPE_TEST_DATA "/ui/") + name;
}

DatasetPtr datasetOf(const QString &file)
{
    const LoadResult result = loadSourcesBlocking({file}, LoadOptions{});
    return result.sources.size() == 1 ? Dataset::build(result.sources) : nullptr;
}

std::vector<int> allGroups(const Dataset &dataset)
{
    std::vector<int> groups(dataset.groups().size());
    for (std::size_t i = 0; i < groups.size(); ++i)
        groups[i] = int(i);
    return groups;
}

QStringList columnTexts(const QAbstractItemModel &model, int column)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts.append(model.index(row, column).data().toString());
    return texts;
}

bool replaceFile(const QString &path, const QByteArray &text)
{
    const QString temporary = path + QStringLiteral(".new");
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        return false;
    file.close();
    return std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) == 0;
}

} // namespace

class TestLiveModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void comparisonModel();
    void costEstimateModel();
    void durations();
    void watcherFollowsReplacedFiles();
    void watcherPairAndIgnoredNames();
    void watcherPollsWithEtag();
};

void TestLiveModels::comparisonModel()
{
    const DatasetPtr baseline = datasetOf(uiData(QStringLiteral("compare_baseline.json")));
    const DatasetPtr candidate = datasetOf(uiData(QStringLiteral("compare_candidate.json")));
    QVERIFY(baseline && candidate);
    ComparisonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setComparison(Comparison::compute(*baseline, allGroups(*baseline), *candidate, allGroups(*candidate), 5, 0.05));
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), int(ComparisonModel::ColumnCount));
    QCOMPARE(columnTexts(model, ComparisonModel::MethodColumn),
             (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"),
                          QStringLiteral("f"), QStringLiteral("e")}));
    QCOMPARE(columnTexts(model, ComparisonModel::VerdictColumn),
             (QStringList{QStringLiteral("Regression"), QStringLiteral("Improvement"), QStringLiteral("Same"),
                          QStringLiteral("Too few prompts"), QStringLiteral("Added (candidate only)"),
                          QStringLiteral("Removed (baseline only)")}));
    // a: medians 1.45 s and 2.9 s, ratio 2.
    QCOMPARE(model.index(0, ComparisonModel::BaselineMedianColumn).data().toString(), QStringLiteral("1.450 s"));
    QCOMPARE(model.index(0, ComparisonModel::CandidateMedianColumn).data().toString(), QStringLiteral("2.900 s"));
    QCOMPARE(model.index(0, ComparisonModel::RatioColumn).data(TimingRoles::SortRole).toDouble(), 2.0);
    QCOMPARE(model.index(0, ComparisonModel::BaselineNColumn).data(TimingRoles::SortRole).toLongLong(), 10);
    QVERIFY(model.index(0, ComparisonModel::PValueColumn).data(TimingRoles::SortRole).toDouble() < 0.001);
    // An added group has no ratio: no sort value, a dash.
    QVERIFY(!model.index(4, ComparisonModel::RatioColumn).data(TimingRoles::SortRole).isValid());
    QCOMPARE(model.index(4, ComparisonModel::RatioColumn).data().toString(), QStringLiteral("—"));
    QCOMPARE(model.index(0, ComparisonModel::VerdictColumn).data(Qt::ForegroundRole).value<QColor>(),
             ComparisonModel::verdictColor(GroupComparison::Verdict::Regression));
    QCOMPARE(model.index(0, ComparisonModel::VerdictColumn).data(TimingRoles::SortRole).toString(),
             QStringLiteral("regression"));
    // Each column's field name is the key `compare --format json` writes, and
    // its sort value the number written there.
    const QJsonArray groups = model.comparison().toJson().value(QStringLiteral("groups")).toArray();
    QCOMPARE(groups.size(), model.rowCount());
    for (int column = 0; column < model.columnCount(); ++column) {
        const QString field = model.headerData(column, Qt::Horizontal, TableModel::FieldNameRole).toString();
        QVERIFY2(groups.at(0).toObject().contains(field), qPrintable(field));
        const QVariant sort = model.index(0, column).data(TableModel::SortRole);
        const QJsonValue written = groups.at(0).toObject().value(field);
        if (written.isDouble())
            QCOMPARE(sort.toDouble(), written.toDouble());
        else
            QCOMPARE(sort.toString(), written.toString());
    }
    QCOMPARE(model.headerData(ComparisonModel::PValueColumn, Qt::Horizontal, Qt::ToolTipRole).toString(),
             QStringLiteral("Two-sided Mann–Whitney U test of the prompt times"));
    QVERIFY(!model.headerData(ComparisonModel::ModelColumn, Qt::Horizontal, Qt::ToolTipRole).isValid());
    model.setComparison({});
    QCOMPARE(model.rowCount(), 0);
}

void TestLiveModels::costEstimateModel()
{
    const DatasetPtr dataset = datasetOf(uiData(QStringLiteral("scaling.json")));
    QVERIFY(dataset);
    CostEstimateModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // a: −0.1 + 0.106 × 25 = 2.55 s per prompt; b: 0.5 s; c (tokens 10 … 100,
    // times 1 … 9 and 100): slope 4875 / 8250, intercept 14.5 − 55 × slope = −18,
    // so −18 + 25 × 0.590909… = −3.227 s: a fit is only a line.
    model.setEstimates(CostEstimate::compute(*dataset, allGroups(*dataset), 10, 25));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(columnTexts(model, CostEstimateModel::MethodColumn),
             (QStringList{QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a")}));
    QCOMPARE(model.index(1, CostEstimateModel::PerPromptColumn).data().toString(), QStringLiteral("500.0 ms"));
    QCOMPARE(model.index(1, CostEstimateModel::TotalColumn).data().toString(), QStringLiteral("5.000 s"));
    QVERIFY(qAbs(model.index(2, CostEstimateModel::TotalColumn).data(TimingRoles::SortRole).toDouble() - 25.5) < 1e-9);
    QVERIFY(qAbs(model.index(0, CostEstimateModel::PerPromptColumn).data(TimingRoles::SortRole).toDouble()
                 - (-18 + 25 * 4875.0 / 8250)) < 1e-9);
    // c's r² = Sxy² / (Sxx · Syy) = 4875² / (8250 × 8182.5) = 0.352: a weak fit, said in the note.
    QCOMPARE(model.index(0, CostEstimateModel::NoteColumn).data().toString(), QStringLiteral("⚠ weak fit"));
    QCOMPARE(model.index(2, CostEstimateModel::NoteColumn).data().toString(), QString());
    QCOMPARE(model.index(0, CostEstimateModel::NColumn).data().toString(), QStringLiteral("10"));
    // T = 35 is beyond b's tokens (10–30) only.
    model.setEstimates(CostEstimate::compute(*dataset, allGroups(*dataset), 10, 35));
    QStringList notes;
    for (int row = 0; row < model.rowCount(); ++row)
        notes.append(model.index(row, CostEstimateModel::MethodColumn).data().toString() + QLatin1Char(':')
                     + model.index(row, CostEstimateModel::NoteColumn).data().toString());
    notes.sort();
    QCOMPARE(notes, (QStringList{QStringLiteral("a:"), QStringLiteral("b:⚠ extrapolated"), QStringLiteral("c:⚠ weak fit")}));
}

void TestLiveModels::durations()
{
    QCOMPARE(Format::duration(90), QStringLiteral("90.00 s"));
    QCOMPARE(Format::duration(150), QStringLiteral("2.5 min"));
    QCOMPARE(Format::duration(3 * 3600), QStringLiteral("3.0 h"));
    QCOMPARE(Format::duration(3 * 86400), QStringLiteral("3.0 days"));
    QCOMPARE(Format::duration(qQNaN()), QStringLiteral("—"));
    // A range takes the unit of its larger end for both ends.
    QCOMPARE(Format::durationRange(94.15, 156), QStringLiteral("1.6 – 2.6 min"));
    QCOMPARE(Format::durationRange(0, 94.15), QStringLiteral("0.000 – 94.15 s"));
    QCOMPARE(Format::durationRange(0.0005, 0.25), QStringLiteral("0.500 – 250.0 ms"));
    QCOMPARE(Format::durationRange(3600, 3 * 86400), QStringLiteral("0.0 – 3.0 days"));
    QCOMPARE(Format::durationRange(qQNaN(), 1), QStringLiteral("—"));
}

void TestLiveModels::watcherFollowsReplacedFiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.json"));
    QVERIFY(replaceFile(path, "{}"));
    SourceWatcher watcher;
    watcher.setDebounce(50);
    QSignalSpy changed(&watcher, &SourceWatcher::sourcesChanged);
    watcher.setSources({path});
    watcher.setInterval(1000);
    // Renamed over (an editor's save), twice: the second one is seen too.
    for (int round = 0; round < 2; ++round) {
        QVERIFY(replaceFile(path, QByteArray(R"({"prompt_timing": [)") + QByteArray(round + 1, ' ') + "]}"));
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), round + 1, 5000);
        QCOMPARE(changed.last().at(0).toStringList(), QStringList{path});
    }
    // Deleted: nothing to reload. Back again: a change.
    QVERIFY(QFile::remove(path));
    QTest::qWait(300);
    QCOMPARE(changed.count(), 2);
    QVERIFY(replaceFile(path, "{}"));
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 3, 5000);
    // Off: nothing.
    watcher.setInterval(0);
    QVERIFY(replaceFile(path, "{ }"));
    QTest::qWait(300);
    QCOMPARE(changed.count(), 3);
}

void TestLiveModels::watcherPairAndIgnoredNames()
{
    QCOMPARE(SourceWatcher::filesOf(QStringLiteral("/d/x_{method,prompt}_timing_results.csv")),
             (QStringList{QStringLiteral("/d/x_method_timing_results.csv"), QStringLiteral("/d/x_prompt_timing_results.csv")}));
    QVERIFY(SourceWatcher::filesOf(QStringLiteral(":/sample/sample_timing.json")).isEmpty());
    QVERIFY(SourceWatcher::filesOf(QStringLiteral("https://host/timing")).isEmpty());
    QCOMPARE(SourceWatcher::filesOf(QStringLiteral("file:///tmp/a.json")), QStringList{QStringLiteral("/tmp/a.json")});
}

void TestLiveModels::watcherPollsWithEtag()
{
    QHttpServer server;
    QByteArray body = R"({"prompt_timing": []})";
    int version = 1, requests = 0, conditional = 0, notModified = 0;
    QByteArray authorization;
    server.route(QStringLiteral("/timing.json"), [&](const QHttpServerRequest &request) {
        ++requests;
        authorization = request.value("Authorization");
        const QByteArray etag = "\"v" + QByteArray::number(version) + '"';
        if (!request.value("If-None-Match").isEmpty()) {
            ++conditional;
            if (request.value("If-None-Match") == etag) {
                ++notModified;
                QHttpServerResponse response(QHttpServerResponse::StatusCode::NotModified);
                response.setHeader("ETag", etag);
                return response;
            }
        }
        QHttpServerResponse response("application/json", body);
        response.setHeader("ETag", etag);
        return response;
    });
    const quint16 port = server.listen(QHostAddress::LocalHost);
    QVERIFY(port != 0);
    const QString url = QStringLiteral("http://127.0.0.1:%1/timing.json").arg(port);

    SourceWatcher watcher;
    QSignalSpy changed(&watcher, &SourceWatcher::sourcesChanged);
    QSignalSpy failed(&watcher, &SourceWatcher::pollFailed);
    watcher.setSources({url}, {{url, {{"Authorization", "Bearer secret"}}}});
    watcher.setInterval(150);
    // The first poll only learns the ETag; later ones are answered 304.
    QTRY_VERIFY_WITH_TIMEOUT(notModified >= 2, 5000);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(authorization, QByteArray("Bearer secret"));
    QCOMPARE(failed.count(), 0);

    // New content, new ETag: one change.
    body = R"({"prompt_timing": [ ]})";
    version = 2;
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 5000);
    QCOMPARE(changed.first().at(0).toStringList(), QStringList{url});
    const int before = notModified;
    QTRY_VERIFY_WITH_TIMEOUT(notModified > before + 1, 5000);
    QCOMPARE(changed.count(), 1);
    QVERIFY(conditional >= notModified);

    // A failing server: reported, not a change.
    server.route(QStringLiteral("/gone"), [] {
        return QHttpServerResponse("text/plain", "gone", QHttpServerResponse::StatusCode::NotFound);
    });
    const QString gone = QStringLiteral("http://127.0.0.1:%1/gone").arg(port);
    watcher.setSources({gone});
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() >= 1, 5000);
    QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("404")));
    QCOMPARE(changed.count(), 1);
    Q_UNUSED(requests);
}

QTEST_GUILESS_MAIN(TestLiveModels)
#include "tst_livemodels.moc"
