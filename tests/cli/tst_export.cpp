// SPDX-License-Identifier: GPL-3.0-or-later
// `attriscope export` end to end, without a display.
#include "cli_helper.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QProcessEnvironment>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

CliTest::Run attriscope(const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // export must choose offscreen by itself
    return CliTest::attriscope(arguments, env);
}

using CliTest::fixture;
using CliTest::Run;

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

const QStringList kCharts{QStringLiteral("performance"), QStringLiteral("heatmap"), QStringLiteral("hardware"),
                          QStringLiteral("insights"),    QStringLiteral("models"),  QStringLiteral("methods"),
                          QStringLiteral("overview"),    QStringLiteral("scaling"), QStringLiteral("distribution")};

} // namespace

class TestExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pngAtExactSize()
    {
        QTemporaryDir dir;
        const Run run = attriscope({QStringLiteral("export"), QStringLiteral("--out"), dir.path(), QStringLiteral("--size"),
                                    QStringLiteral("900x700"), fixture("report_fixture.json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        for (const QString &chart : kCharts) {
            const QString path = dir.filePath(chart + QStringLiteral(".png"));
            QImage image(path);
            QVERIFY2(!image.isNull(), qPrintable(path));
            QCOMPARE(image.size(), QSize(900, 700));
            QVERIFY2(distinctColours(image) > 3, qPrintable(path + QStringLiteral(" looks blank")));
            QVERIFY(run.out.contains(path.toUtf8()));
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), kCharts.size()); // no temporary leftovers
    }

    void vectorFormats()
    {
        QTemporaryDir dir;
        for (const char *format : {"svg", "pdf"}) {
            const Run run = attriscope({QStringLiteral("export"), QStringLiteral("--out"), dir.path(),
                                        QStringLiteral("--format"), QLatin1String(format), QStringLiteral("--sample")});
            QVERIFY2(run.exitCode == 0, run.err.constData());
            const QFileInfo performance(dir.filePath(QStringLiteral("performance.") + QLatin1String(format)));
            QVERIFY(performance.size() > 1000);
        }
        QFile svg(dir.filePath(QStringLiteral("heatmap.svg")));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("<svg"));
        QFile pdf(dir.filePath(QStringLiteral("heatmap.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
    }

    void existingFilesNeedForce()
    {
        QTemporaryDir dir;
        QFile existing(dir.filePath(QStringLiteral("heatmap.png")));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("keep me");
        existing.close();
        const Run refused = attriscope({QStringLiteral("export"), QStringLiteral("--out"), dir.path(),
                                        fixture("report_fixture.json")});
        QCOMPARE(refused.exitCode, 4);
        QVERIFY(refused.err.contains("heatmap.png"));
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), QByteArray("keep me"));
        existing.close();
        // Names are checked before anything is written.
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("performance.png"))));

        const Run forced = attriscope({QStringLiteral("export"), QStringLiteral("--force"), QStringLiteral("--out"),
                                       dir.path(), fixture("report_fixture.json")});
        QCOMPARE(forced.exitCode, 0);
        QVERIFY(!QImage(dir.filePath(QStringLiteral("heatmap.png"))).isNull());
    }

    void errors()
    {
        QTemporaryDir dir;
        QCOMPARE(attriscope({QStringLiteral("export"), fixture("report_fixture.json")}).exitCode, 1); // no --out
        QCOMPARE(attriscope({QStringLiteral("export"), QStringLiteral("--out"), dir.path(), QStringLiteral("--size"),
                             QStringLiteral("big"), fixture("report_fixture.json")})
                     .exitCode,
                 1);
        QCOMPARE(attriscope({QStringLiteral("export"), QStringLiteral("--out"), dir.path(), fixture("missing.json")})
                     .exitCode,
                 2);
        // A file where the folder should be: nothing can be written.
        const QString blocker = dir.filePath(QStringLiteral("blocker"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const Run blocked = attriscope({QStringLiteral("export"), QStringLiteral("--out"), blocker + QStringLiteral("/charts"),
                                        fixture("report_fixture.json")});
        QCOMPARE(blocked.exitCode, 4);
        QVERIFY(blocked.err.contains("blocker"));
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
