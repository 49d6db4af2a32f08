// SPDX-License-Identifier: GPL-3.0-or-later
// `--source NAME` of `report` and `export`: only the named sources are read
// into the groups, as the window's Sources list does. Fixtures and numbers:
// tests/data/sources/README.md.
#include "cli_helper.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using CliTest::attriscope;
using CliTest::Run;

namespace {

QString sourceFile(const char *name)
{
    return QStringLiteral(ATTRISCOPE_TEST_DATA "/sources/") + QLatin1String(name);
}

// "model/method prompts=… mean=…" per group of a JSON report.
QStringList groupsOf(const QByteArray &json)
{
    QStringList rows;
    const QJsonArray groups = QJsonDocument::fromJson(json).object()[QStringLiteral("groups")].toArray();
    for (const QJsonValue &g : groups)
        rows.append(QStringLiteral("%1/%2 prompts=%3 mean=%4")
                        .arg(g[QStringLiteral("model")].toString(), g[QStringLiteral("method")].toString())
                        .arg(g[QStringLiteral("prompts")].toInt())
                        .arg(g[QStringLiteral("mean_time")].toDouble()));
    return rows;
}

int sourceCount(const QByteArray &json)
{
    return int(QJsonDocument::fromJson(json).object()[QStringLiteral("sources")].toArray().size());
}

} // namespace

class TestSourceOption : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reportKeepsTheNamedSources_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("sources");
        QTest::addColumn<QStringList>("groups");
        // Without the option both runs are pooled: M/a is 1, 2, 3, 5, 7.
        QTest::newRow("none") << QStringList() << 2
                              << QStringList{QStringLiteral("M/a prompts=5 mean=3.6"), QStringLiteral("M/b prompts=2 mean=5"),
                                             QStringLiteral("N/a prompts=1 mean=10")};
        QTest::newRow("b by file name")
            << QStringList{QStringLiteral("--source"), QStringLiteral("run_b.json")} << 1
            << QStringList{QStringLiteral("M/a prompts=2 mean=6"), QStringLiteral("N/a prompts=1 mean=10")};
        QTest::newRow("a by path")
            << QStringList{QStringLiteral("--source"), sourceFile("run_a.json")} << 1
            << QStringList{QStringLiteral("M/a prompts=3 mean=2"), QStringLiteral("M/b prompts=2 mean=5")};
        QTest::newRow("both, given twice")
            << QStringList{QStringLiteral("--source"), QStringLiteral("run_b.json"), QStringLiteral("--source"),
                           QStringLiteral("run_a.json"), QStringLiteral("--source"), QStringLiteral("run_b.json")}
            << 2
            << QStringList{QStringLiteral("M/a prompts=5 mean=3.6"), QStringLiteral("M/b prompts=2 mean=5"),
                           QStringLiteral("N/a prompts=1 mean=10")};
    }

    void reportKeepsTheNamedSources()
    {
        QFETCH(QStringList, options);
        QFETCH(int, sources);
        QFETCH(QStringList, groups);
        const Run run = attriscope(QStringList{QStringLiteral("report")} + options
                                   + QStringList{sourceFile("run_a.json"), sourceFile("run_b.json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(sourceCount(run.out), sources);
        QCOMPARE(groupsOf(run.out), groups);
    }

    void unknownSourceIsAUsageError()
    {
        const Run run = attriscope({QStringLiteral("report"), QStringLiteral("--source"), QStringLiteral("run_c.json"),
                                    sourceFile("run_a.json"), sourceFile("run_b.json")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains("--source 'run_c.json' matches nothing"), run.err.constData());
        QVERIFY(run.err.contains("run_a.json"));
    }

    void exportKeepsTheNamedSources()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString both = dir.filePath(QStringLiteral("both"));
        const QString one = dir.filePath(QStringLiteral("one"));
        Run run = attriscope({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                              QStringLiteral("--out"), both, sourceFile("run_a.json"), sourceFile("run_b.json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(QFileInfo::exists(QDir(both).filePath(QStringLiteral("compare.csv"))));
        // One source kept: nothing to compare, and only its models.
        run = attriscope({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                          QStringLiteral("--out"), one, QStringLiteral("--source"), QStringLiteral("run_a.json"),
                          sourceFile("run_a.json"), sourceFile("run_b.json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(!QFileInfo::exists(QDir(one).filePath(QStringLiteral("compare.csv"))));
        QFile performance(QDir(one).filePath(QStringLiteral("performance.csv")));
        QVERIFY(performance.open(QIODevice::ReadOnly));
        const QByteArray csv = performance.readAll();
        QVERIFY(csv.contains("\nM,"));
        QVERIFY2(!csv.contains("\nN,"), csv.constData()); // N is b's only
    }
};

QTEST_GUILESS_MAIN(TestSourceOption)
#include "tst_sourceoption.moc"
