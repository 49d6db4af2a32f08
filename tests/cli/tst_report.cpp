// SPDX-License-Identifier: GPL-3.0-or-later
// `attriscope report` end to end: the built binary on a fixture whose numbers
// are worked out by hand below.
#include "cli_helper.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using CliTest::attriscope;
using CliTest::Run;
using CliTest::fixture;

namespace {

QJsonObject findGroup(const QJsonArray &groups, const QString &model, const QString &method)
{
    for (const QJsonValue &g : groups) {
        if (g[QStringLiteral("model")] == model && g[QStringLiteral("method")] == method)
            return g.toObject();
    }
    return {};
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonReport()
    {
        const Run run = attriscope({QStringLiteral("report"), fixture("report_fixture.json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QJsonParseError error;
        const QJsonObject report = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);

        const QJsonObject source = report[QStringLiteral("sources")][0].toObject();
        QCOMPARE(source[QStringLiteral("method_rows")].toInt(), 1);
        QCOMPARE(source[QStringLiteral("prompt_rows")].toInt(), 6); // 7 rows, the negative time skipped
        QCOMPARE(source[QStringLiteral("skipped_rows")].toInt(), 1);
        QCOMPARE(source[QStringLiteral("warnings")].toArray().size(), 1);
        QVERIFY(source[QStringLiteral("warnings")][0].toString().contains(QLatin1String("time")));

        const QJsonArray groups = report[QStringLiteral("groups")].toArray();
        QCOMPARE(groups.size(), 3);
        // M1/lime/T4: times 1, 2, 3; tokens 10, 10, 30 -> rates 10, 5, 10
        const QJsonObject lime = findGroup(groups, QStringLiteral("M1"), QStringLiteral("lime"));
        QCOMPARE(lime[QStringLiteral("hardware")].toString(), QStringLiteral("T4"));
        QCOMPARE(lime[QStringLiteral("prompts")].toInt(), 3);
        QCOMPARE(lime[QStringLiteral("mean_time")].toDouble(), 2.0);
        QCOMPARE(lime[QStringLiteral("median_time")].toDouble(), 2.0);
        QCOMPARE(lime[QStringLiteral("p95_time")].toDouble(), 2.9); // h = 0.95 * 2 = 1.9 -> 2 + 0.9
        QCOMPARE(lime[QStringLiteral("std_time")].toDouble(), 1.0);
        QCOMPARE(lime[QStringLiteral("min_time")].toDouble(), 1.0);
        QCOMPARE(lime[QStringLiteral("max_time")].toDouble(), 3.0);
        QCOMPARE(lime[QStringLiteral("mean_tokens_per_second")].toDouble(), 25.0 / 3);
        QCOMPARE(lime[QStringLiteral("median_tokens_per_second")].toDouble(), 10.0);
        // M1/saliency/T4: one success of 0.5 s, one failure
        const QJsonObject saliency = findGroup(groups, QStringLiteral("M1"), QStringLiteral("saliency"));
        QCOMPARE(saliency[QStringLiteral("prompts")].toInt(), 2);
        QCOMPARE(saliency[QStringLiteral("successful")].toInt(), 1);
        QCOMPARE(saliency[QStringLiteral("success_rate")].toDouble(), 50.0);
        QVERIFY(saliency[QStringLiteral("std_time")].isNull());
        // M2/saliency/T4 arrives through the alias names only: token_count 8, attribution_time 4
        const QJsonObject m2 = findGroup(groups, QStringLiteral("M2"), QStringLiteral("saliency"));
        QCOMPARE(m2[QStringLiteral("mean_time")].toDouble(), 4.0);
        QCOMPARE(m2[QStringLiteral("mean_tokens_per_second")].toDouble(), 2.0);

        const QJsonObject summary = report[QStringLiteral("summary")].toObject();
        QCOMPARE(summary[QStringLiteral("models")].toInt(), 2);
        QCOMPARE(summary[QStringLiteral("methods")].toInt(), 2);
        QCOMPARE(summary[QStringLiteral("hardware")].toInt(), 1);
        QCOMPARE(summary[QStringLiteral("success_rate")].toDouble(), 500.0 / 6); // 5 of 6 prompts
        QCOMPARE(summary[QStringLiteral("fastest")][QStringLiteral("method")].toString(), QStringLiteral("saliency"));
        QCOMPARE(summary[QStringLiteral("fastest")][QStringLiteral("mean_time")].toDouble(), 0.5);
        QCOMPARE(summary[QStringLiteral("slowest")][QStringLiteral("model")].toString(), QStringLiteral("M2"));
        QCOMPARE(summary[QStringLiteral("best_throughput")][QStringLiteral("mean_tokens_per_second")].toDouble(), 20.0);
        QVERIFY(!report[QStringLiteral("insights")].toArray().isEmpty());
    }

    void filters()
    {
        const Run run = attriscope({QStringLiteral("report"), QStringLiteral("--model"), QStringLiteral("M2"),
                                    fixture("report_fixture.json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report[QStringLiteral("groups")].toArray().size(), 1);
        QCOMPARE(report[QStringLiteral("summary")][QStringLiteral("models")].toInt(), 1);
    }

    void csvAndMarkdown()
    {
        const Run csv = attriscope({QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("csv"),
                                    fixture("report_fixture.json")});
        QCOMPARE(csv.exitCode, 0);
        const QList<QByteArray> lines = csv.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines[0].startsWith("model,method,hardware,prompts,successful,success_rate"));
        QVERIFY(lines[1].startsWith("M1,lime,T4,3,3,100,3,2,2,1,3,2.9,1,"));

        const Run md = attriscope({QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("markdown"),
                                   fixture("report_fixture.json")});
        QCOMPARE(md.exitCode, 0);
        QVERIFY(md.out.contains("# AttriScope report"));
        QVERIFY(md.out.contains("| M1 | lime | T4 | 3 |"));
    }

    void usageErrors()
    {
        QCOMPARE(attriscope({QStringLiteral("report")}).exitCode, 1);
        QCOMPARE(attriscope({QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("xml"),
                             fixture("report_fixture.json")})
                     .exitCode,
                 1);
        const Run typo = attriscope({QStringLiteral("report"), QStringLiteral("--model"), QStringLiteral("M3"),
                                     fixture("report_fixture.json")});
        QCOMPARE(typo.exitCode, 1);
        QVERIFY(typo.err.contains("M3"));
        QCOMPARE(attriscope({QStringLiteral("report"), QStringLiteral("--timeout"), QStringLiteral("soon"),
                             fixture("report_fixture.json")})
                     .exitCode,
                 1);
    }

    void loadErrors()
    {
        const Run missing = attriscope({QStringLiteral("report"), fixture("does_not_exist.json")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("does_not_exist.json"));
        QVERIFY(missing.out.isEmpty());

        const Run html = attriscope({QStringLiteral("report"), fixture("not_json.json")});
        QCOMPARE(html.exitCode, 2);
        QVERIFY(html.err.contains("not_json.json"));
    }

    void sample()
    {
        const Run run = attriscope({QStringLiteral("report"), QStringLiteral("--sample")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        // tools/gen_timing.py --models 3 --methods 6 --hardware 3 --prompts 24
        QCOMPARE(report[QStringLiteral("groups")].toArray().size(), 3 * 6 * 3);
        QCOMPARE(report[QStringLiteral("sources")][0][QStringLiteral("prompt_rows")].toInt(), 3 * 6 * 3 * 24);
    }
};

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
