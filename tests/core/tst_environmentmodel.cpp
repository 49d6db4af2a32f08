// SPDX-License-Identifier: GPL-3.0-or-later
// The Hardware tab's environment table: per machine what its method rows state,
// the first row that states a value giving it, only the machines shown.
#include "environmentmodel.h"
#include "filterstate.h"
#include "sourceloader.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Two methods on a T4 node (the first row states no torch, the second does) and
// one on a CPU-only machine, named by its CPU model (docs/metrics.md).
const QByteArray kRun = R"({"method_timing": [
 {"model": "M", "method": "a", "gpu_info": "Tesla T4", "platform": "Linux", "cpu_model": "Xeon 8259CL", "cpu_cores": 4,
  "memory_gb": 15.41, "torch_cuda_available": true},
 {"model": "M", "method": "b", "gpu_info": "Tesla T4", "platform": "Windows", "torch_version": "2.6.0+cu124",
  "cuda_available": false},
 {"model": "M", "method": "a", "gpu_info": "", "platform": "Darwin", "cpu_model": "Apple M2", "cpu_cores": 8,
  "torch_version": "2.5.1", "cuda_available": false, "mps_available": true}
], "prompt_timing": [
 {"model": "M", "method": "a", "time": 1.0, "gpu_info": "Tesla T4"},
 {"model": "M", "method": "b", "time": 1.0, "gpu_info": "Tesla T4"},
 {"model": "M", "method": "a", "time": 2.0, "gpu_info": ""}
]})";

QStringList row(const QAbstractItemModel &model, int r)
{
    QStringList cells;
    for (int c = 0; c < model.columnCount(); ++c)
        cells.append(model.index(r, c).data().toString());
    return cells;
}

QStringList strings(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list.append(QString::fromUtf8(text));
    return list;
}

} // namespace

class TestEnvironmentModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void machinesAsStated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kRun);
        file.close();
        const LoadResult loaded = loadSourcesBlocking({path}, LoadOptions());
        QVERIFY2(loaded.errors.isEmpty(), qPrintable(loaded.errors.join(QLatin1Char('\n'))));
        const DatasetPtr dataset = Dataset::build(loaded.sources);
        QCOMPARE(dataset->hardware(), strings({"Apple M2", "Tesla T4"}));

        EnvironmentModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        FilterState filter;
        model.setGroups(dataset, filter.filteredGroups(*dataset));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(EnvironmentModel::ColumnCount));
        QCOMPARE(row(model, 0), strings({"Apple M2", "Darwin", "Apple M2", "8", "—", "—", "2.5.1", "no", "yes"}));
        // Platform, CPU, cores and memory from the first row; torch and CUDA from the
        // first that states them (torch_cuda_available is a CUDA flag too).
        QCOMPARE(row(model, 1), strings({"Tesla T4", "Linux", "Xeon 8259CL", "4", "15.41", "Tesla T4", "2.6.0+cu124",
                                         "yes", "—"}));
        QCOMPARE(model.index(1, EnvironmentModel::MemoryColumn).data(TableModel::SortRole).toDouble(), 15.41);
        QVERIFY(!model.index(0, EnvironmentModel::MemoryColumn).data(TableModel::SortRole).isValid());

        // Only the machines the filter shows.
        filter.setShown(Dimension::Hardware, QStringLiteral("Apple M2"), false);
        model.setGroups(dataset, filter.filteredGroups(*dataset));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Tesla T4"));
        model.setGroups(nullptr, {});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEnvironmentModel)
#include "tst_environmentmodel.moc"
