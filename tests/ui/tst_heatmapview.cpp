// SPDX-License-Identifier: GPL-3.0-or-later
// The heatmap on a real sweep (issue #13 item 3): 30 models with long Hugging
// Face ids × 20 methods × 5 machines (tests/sweepfixture.h). Every name must
// be drawn whole at 1920×1080 and 1280×800 (measured with font metrics), the
// grid must fill its tab, small multiples share one colour range, the order
// by value matches an independent computation, and the dark theme has no
// near-white cells. The SVG export names every model and method in full.
#include "../sweepfixture.h"
#include "chartexporter.h"
#include "dataset.h"
#include "groupstats.h"
#include "emptystatestack.h"
#include "heatmapmodel.h"
#include "heatmaptab.h"
#include "heatmapview.h"
#include "mainwindow.h"
#include "overviewtab.h"
#include "sourceloader.h"

#include <QApplication>
#include <QLayout>
#include <QFile>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace {


std::vector<int> allGroups(const Dataset &dataset)
{
    std::vector<int> groups(dataset.groups().size());
    std::iota(groups.begin(), groups.end(), 0);
    return groups;
}

QStringList names(const QList<HeatmapView::Label> &labels)
{
    QStringList result;
    for (const auto &label : labels)
        result.append(label.name);
    return result;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

/// Every label drawn whole: the text is the full name and its advance fits the
/// space it was given (the height of a rotated label), inside the view.
void verifyWhole(const HeatmapView *view, const QList<HeatmapView::Label> &labels)
{
    for (const auto &label : labels) {
        QCOMPARE(label.text, label.name);
        const QFontMetrics metrics(label.font);
        const int room = label.rotated ? label.rect.height() : label.rect.width();
        QVERIFY2(
            metrics.horizontalAdvance(label.text) <= room,
            qPrintable(
                QStringLiteral("%1: %2 px in %3").arg(label.name).arg(metrics.horizontalAdvance(label.text)).arg(room)));
        QVERIFY2(view->rect().contains(label.rect), qPrintable(label.name));
        QVERIFY2(label.font.pointSizeF() >= 7.0, qPrintable(label.name));
    }
}

} // namespace

class TestHeatmapView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("sweep.json"));
        QVERIFY(SweepFixture::write(path));
        const LoadResult result = loadSourcesBlocking({path}, LoadOptions{});
        QCOMPARE(result.sources.size(), 1);
        m_dataset = Dataset::build(result.sources);
        QVERIFY(m_dataset);
        qInfo("font: %s", qPrintable(QApplication::font().toString()));
    }

    void everyNameInFull_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("dark");
        QTest::newRow("1920x1080") << QSize(1920, 1080) << false;
        QTest::newRow("1280x800") << QSize(1280, 800) << false;
        QTest::newRow("1280x800 dark") << QSize(1280, 800) << true;
    }

    void everyNameInFull()
    {
        QFETCH(QSize, size);
        QFETCH(bool, dark);
        HeatmapTab tab;
        tab.setDarkTheme(dark);
        tab.resize(size);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        tab.setData(m_dataset, allGroups(*m_dataset));
        QTest::qWait(1); // the title's layout request: the view gets its final size
        // 5 machines × 20 columns is too many to label side by side: one at a time by default.
        QVERIFY(!tab.sideBySide());
        HeatmapView *view = tab.view();
        QVERIFY(view->height() > size.height() * 3 / 4);
        QVERIFY(HeatmapView::modelsOnRows(*tab.model())); // 30 models > 20 methods
        QCOMPARE(view->shownRows(), 30);
        QCOMPARE(view->shownColumns(), 20);
        QCOMPARE(names(view->rowLabels()), sorted(SweepFixture::models()));
        QCOMPARE(names(view->columnLabels()), sorted(SweepFixture::methods()));
        verifyWhole(view, view->rowLabels());
        verifyWhole(view, view->columnLabels());
        // Rows and columns at least a line of the label font apart: labels never overlap.
        const QFontMetrics metrics(view->rowLabels().front().font);
        QVERIFY(view->cellRect(0, 0, 0).height() + 2 >= metrics.height());
        QVERIFY(view->cellRect(0, 0, 0).width() + 2 >= metrics.height());
        // The grid fills the tab: no blank half, no scroll bar.
        const QRect grid = view->cellRect(0, 0, 0).united(view->cellRect(0, 29, 19));
        QVERIFY2(grid.width() > view->width() / 2 && grid.height() > view->height() / 2,
                 qPrintable(QStringLiteral("%1x%2 grid in %3x%4")
                                .arg(grid.width())
                                .arg(grid.height())
                                .arg(view->width())
                                .arg(view->height())));
        QVERIFY(view->legendRect().left() > grid.right());
        QVERIFY(view->rect().contains(view->legendRect().topLeft()));
        for (const QScrollBar *bar : tab.findChildren<QScrollBar *>())
            QVERIFY(!bar->isVisible());
        // Values are written where they fit (the widest is six characters).
        qInfo("cell %dx%d, label font %.1f pt, values %s", view->cellRect(0, 0, 0).width(), view->cellRect(0, 0, 0).height(),
              view->rowLabels().front().font.pointSizeF(), view->valuesShown() ? "shown" : "hidden");
        QVERIFY(view->valuesShown());
        // The tooltip of a cell names it in full.
        const QString tip = view->toolTipAt(view->cellRect(0, 3, 5).center());
        QVERIFY2(tip.contains(sorted(SweepFixture::models()).at(3)) && tip.contains(sorted(SweepFixture::methods()).at(5))
                     && tip.contains(tab.model()->hardware()) && tip.contains(QStringLiteral("n = 3")),
                 qPrintable(tip));
        QVERIFY(view->toolTipAt(view->rowLabels().at(4).rect.center()).contains(view->rowLabels().at(4).name));

        if (dark) {
            // No glaring cells: every cell on the dark ramp, none near-white; the background dark.
            QVERIFY(view->backgroundColor().lightnessF() < 0.3);
            for (int r = 0; r < 30; ++r)
                for (int c = 0; c < 20; ++c)
                    QVERIFY2(view->cellColor(0, r, c).lightnessF() < 0.6, qPrintable(view->cellColor(0, r, c).name()));
            const QImage image = tab.grab().toImage();
            const QColor painted = image.pixelColor(view->mapTo(&tab, view->cellRect(0, 0, 0).topLeft() + QPoint(2, 2)));
            QVERIFY2(painted.lightnessF() < 0.6, qPrintable(painted.name()));
            image.save(QStringLiteral("/tmp/attriscope-heatmap-dark.png"));
        }
    }

    void everyNameInFullInTheWindow()
    {
        // The window at 1280 × 800 leaves the heatmap less room than an
        // export (filter dock, summary cards, tab bar): the font may shrink to
        // its floor, but every name is still whole.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy applied(&window, &MainWindow::datasetApplied);
        window.openSources({m_dir.filePath(QStringLiteral("sweep.json"))});
        QVERIFY(applied.wait(20000));
        HeatmapTab *tab = nullptr;
        for (int i = 0; i < window.tabWidget()->count(); ++i)
            if (auto *heatmap = qobject_cast<HeatmapTab *>(window.tabWidget()->widget(i)))
                tab = heatmap;
        QVERIFY(tab);
        window.tabWidget()->setCurrentWidget(tab);
        QTest::qWait(1);
        const HeatmapView *view = tab->view();
        QCOMPARE(names(view->rowLabels()), sorted(SweepFixture::models()));
        QCOMPARE(names(view->columnLabels()), sorted(SweepFixture::methods()));
        verifyWhole(view, view->rowLabels());
        verifyWhole(view, view->columnLabels());
    }

    void followsTheWindowPalette()
    {
        // A dark window palette: the heatmap takes its background and text,
        // and its "no data" cells sit a step from the background.
        const QPalette before = QApplication::palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b2b2b));
        dark.setColor(QPalette::WindowText, QColor(0xe6e6e6));
        dark.setColor(QPalette::Base, QColor(0x1f1f1f));
        dark.setColor(QPalette::Text, QColor(0xe6e6e6));
        dark.setColor(QPalette::Button, QColor(0x353535));
        dark.setColor(QPalette::ButtonText, QColor(0xe6e6e6));
        QApplication::setPalette(dark);
        {
            HeatmapTab tab;
            tab.resize(1920, 1080);
            tab.show();
            QVERIFY(QTest::qWaitForWindowExposed(&tab));
            tab.setDarkTheme(true);
            // Two machines: side by side, with the cells of a missing model on one of them.
            std::vector<int> groups;
            for (int g : allGroups(*m_dataset)) {
                const GroupStats &stats = m_dataset->groups()[std::size_t(g)];
                const QString &hardware = m_dataset->hardware().at(stats.hardware);
                const bool t4 = hardware == QLatin1String("Tesla T4");
                if ((hardware == QLatin1String("NVIDIA H200") || t4) && !(t4 && stats.model == 0))
                    groups.push_back(g);
            }
            tab.setData(m_dataset, groups);
            QTest::qWait(1);
            HeatmapView *view = tab.view();
            QCOMPARE(view->backgroundColor(), QColor(0x1f1f1f));
            QCOMPARE(view->palette().color(QPalette::Text), QColor(0xe6e6e6));
            QCOMPARE(view->panelHardware().size(), 2);
            const int t4 = int(tab.model()->hardwareNames().indexOf(QStringLiteral("Tesla T4")));
            const int missingRow = int(sorted(SweepFixture::models()).indexOf(m_dataset->models().at(0)));
            const QColor noData = view->cellColor(t4, missingRow, 0);
            QVERIFY(noData != view->backgroundColor());
            QVERIFY(noData.lightnessF() < 0.3);
            for (int r = 0; r < 30; ++r)
                for (int c = 0; c < 20; ++c)
                    QVERIFY(view->cellColor(0, r, c).lightnessF() < 0.6);
            tab.grab().save(QStringLiteral("/tmp/attriscope-heatmap-window-dark.png"));
        }
        QApplication::setPalette(before);
    }

    void smallMultiplesShareOneScale()
    {
        HeatmapTab tab;
        tab.resize(1920, 1080);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        tab.setData(m_dataset, allGroups(*m_dataset));
        tab.setPanels(HeatmapTab::Panels::All);
        QVERIFY(tab.sideBySide());
        HeatmapView *view = tab.view();
        QCOMPARE(view->panelHardware(), (QList<int>{0, 1, 2, 3, 4}));
        // Each panel titled with its machine in full (wrapped, not cut).
        QCOMPARE(names(view->panelTitles()), tab.model()->hardwareNames());
        for (const auto &title : view->panelTitles()) {
            QCOMPARE(title.text, title.name);
            const QRect bounds = QFontMetrics(title.font)
                                     .boundingRect(QRect(QPoint(), QSize(title.rect.width(), 10000)),
                                                   Qt::TextWordWrap | Qt::AlignHCenter, title.text);
            QVERIFY2(bounds.width() <= title.rect.width() && bounds.height() <= title.rect.height(), qPrintable(title.name));
        }
        // Row labels once, column labels per panel.
        QCOMPARE(view->rowLabels().size(), 30);
        QCOMPARE(view->columnLabels().size(), 5 * 20);
        // One range for all: the fastest cell of all (attention, first model,
        // H200) is the top of the ramp, the slowest (Shapley sampling, last
        // model, Xeon) its bottom, each in its own panel.
        QVERIFY(std::abs(tab.model()->maximum() - SweepFixture::meanTokensPerSecond(0, 0, 1)) < 1e-9 * SweepFixture::meanTokensPerSecond(0, 0, 1));
        QVERIFY(std::abs(tab.model()->minimum() - SweepFixture::meanTokensPerSecond(29, 19, 4)) < 1e-9 * SweepFixture::meanTokensPerSecond(29, 19, 4));
        const QStringList hardware = tab.model()->hardwareNames();
        const QStringList models = sorted(SweepFixture::models()), methods = sorted(SweepFixture::methods());
        const int h200 = int(hardware.indexOf(QStringLiteral("NVIDIA H200")));
        const int xeon = int(hardware.indexOf(SweepFixture::hardware().at(4)));
        QCOMPARE(view->cellColor(h200, int(models.indexOf(SweepFixture::models().at(0))),
                                 int(methods.indexOf(QStringLiteral("attention")))),
                 HeatmapModel::rampColor(1.0));
        QCOMPARE(view->cellColor(xeon, int(models.indexOf(SweepFixture::models().at(29))),
                                 int(methods.indexOf(QStringLiteral("shapley_value_sampling")))),
                 HeatmapModel::rampColor(0.0));
        // The same cell differs across machines only by its value: T4 is
        // slower than H200, so its colour is lighter.
        const int t4 = int(hardware.indexOf(QStringLiteral("Tesla T4")));
        QVERIFY(view->cellColor(t4, 0, 0).lightness() > view->cellColor(h200, 0, 0).lightness());
        // Panels side by side, one height, not overlapping.
        QVERIFY(view->cellRect(1, 0, 0).left() > view->cellRect(0, 0, 19).right());
        QCOMPARE(view->cellRect(4, 29, 0).bottom(), view->cellRect(0, 29, 0).bottom());
        // One hardware again: its own range.
        tab.setHardware(QStringLiteral("Tesla T4"));
        QCOMPARE(view->panelHardware(), QList<int>{t4});
        QVERIFY(std::abs(tab.model()->maximum() - SweepFixture::meanTokensPerSecond(0, 0, 3)) < 1e-9 * SweepFixture::meanTokensPerSecond(0, 0, 3));
    }

    void smallMultiplesByDefaultWhenFew()
    {
        // Two machines of the sweep, 20 methods across: 40 columns, side by side by default.
        std::vector<int> groups;
        for (int g : allGroups(*m_dataset)) {
            const QString &hardware = m_dataset->hardware().at(m_dataset->groups()[std::size_t(g)].hardware);
            if (hardware == QLatin1String("NVIDIA H200") || hardware == QLatin1String("Tesla T4"))
                groups.push_back(g);
        }
        HeatmapTab tab;
        tab.resize(1920, 1080);
        tab.setData(m_dataset, groups);
        QVERIFY(tab.sideBySide());
        QCOMPARE(tab.view()->panelHardware().size(), 2);
        tab.setData(m_dataset, allGroups(*m_dataset));
        QVERIFY(!tab.sideBySide());
    }

    void orderByValue()
    {
        HeatmapTab tab;
        tab.resize(1920, 1080);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        tab.setData(m_dataset, allGroups(*m_dataset));
        tab.setHardware(QStringLiteral("NVIDIA L4"));
        tab.setOrder(HeatmapModel::Order::Value);
        // Independently: a model's geometric mean of its 20 methods on L4 is
        // K / ((1 + i/10) · 0.8 · geomean(costs)), so the fixture's order; a
        // method's is K' / cost, so by cost, ties by name.
        std::vector<double> modelScore, methodScore;
        for (int i = 0; i < 30; ++i) {
            double sum = 0;
            for (int j = 0; j < 20; ++j)
                sum += std::log(SweepFixture::meanTokensPerSecond(i, j, 2));
            modelScore.push_back(sum / 20);
        }
        for (int j = 0; j < 20; ++j) {
            double sum = 0;
            for (int i = 0; i < 30; ++i)
                sum += std::log(SweepFixture::meanTokensPerSecond(i, j, 2));
            methodScore.push_back(sum / 30);
        }
        const auto order = [](const QStringList &list, const std::vector<double> &score) {
            std::vector<int> index(std::size_t(list.size()));
            std::iota(index.begin(), index.end(), 0);
            std::stable_sort(index.begin(), index.end(), [&](int a, int b) {
                const double sa = score[std::size_t(a)], sb = score[std::size_t(b)];
                if (std::abs(sa - sb) > 1e-12)
                    return sa > sb;
                return list.at(a) < list.at(b);
            });
            QStringList result;
            for (int i : index)
                result.append(list.at(i));
            return result;
        };
        QCOMPARE(names(tab.view()->rowLabels()), order(SweepFixture::models(), modelScore));
        QCOMPARE(names(tab.view()->rowLabels()), SweepFixture::models());
        QCOMPARE(names(tab.view()->columnLabels()), order(SweepFixture::methods(), methodScore));
        QCOMPARE(tab.view()->columnLabels().front().name, QStringLiteral("attention"));
        QCOMPARE(tab.view()->columnLabels().back().name, QStringLiteral("shapley_value_sampling"));
        // The fastest cell (top left) is the darkest of the panel.
        QCOMPARE(tab.view()->cellColor(0, 0, 0), HeatmapModel::rampColor(1.0));
    }

    void optionsAreRemembered()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        {
            HeatmapTab tab;
            tab.setData(m_dataset, allGroups(*m_dataset));
            tab.setOrder(HeatmapModel::Order::Value);
            tab.setPanels(HeatmapTab::Panels::All);
            tab.saveSettings(settings);
        }
        QCOMPARE(settings.value(QStringLiteral("charts/heatmap/order")).toString(), QStringLiteral("value"));
        QCOMPARE(settings.value(QStringLiteral("charts/heatmap/panels")).toString(), QStringLiteral("all"));
        HeatmapTab restored;
        restored.restoreSettings(settings);
        restored.setData(m_dataset, allGroups(*m_dataset));
        QCOMPARE(restored.model()->order(), HeatmapModel::Order::Value);
        QCOMPARE(restored.panels(), HeatmapTab::Panels::All);
        QVERIFY(restored.sideBySide());
        restored.setHardware(QStringLiteral("Tesla T4"));
        restored.saveSettings(settings);
        QCOMPARE(settings.value(QStringLiteral("charts/heatmap/panels")).toString(), QStringLiteral("one"));
        QCOMPARE(settings.value(QStringLiteral("charts/heatmap/hardware")).toString(), QStringLiteral("Tesla T4"));
    }

    void compactFillsItsCell()
    {
        HeatmapTab tab;
        tab.setCompact(true);
        tab.resize(900, 450);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        tab.setData(m_dataset, allGroups(*m_dataset));
        HeatmapView *view = tab.view();
        QCOMPARE(view->shownRows(), 30);
        const QRect grid = view->cellRect(0, 0, 0).united(view->cellRect(0, 29, 19));
        QVERIFY(grid.width() > view->width() / 2);
        QVERIFY(grid.height() > view->height() / 3);
        QVERIFY(view->height() > tab.height() * 3 / 4);
        // Every label either whole or (when rows are thinner than a line) skipped,
        // and the tooltip names it.
        for (const auto &label : view->rowLabels())
            QVERIFY(QFontMetrics(label.font).horizontalAdvance(label.text) <= label.rect.width());
    }

    void overviewNamesEveryMethodAt1920()
    {
        // The Overview at 1920×1080 (its tab area): the compact heatmap names
        // every method over its columns whole ("smoothgrad_in…ted_gradients" before).
        OverviewTab overview;
        overview.setAttribute(Qt::WA_DontShowOnScreen);
        overview.resize(1920 - 280, 1080 - 250);
        overview.show();
        overview.layout()->activate();
        overview.setData(m_dataset, allGroups(*m_dataset));
        QCoreApplication::processEvents();
        const QList<HeatmapLayout::Label> labels = overview.heatmapTab()->view()->columnLabels();
        QCOMPARE(labels.size(), 20);
        for (const auto &label : labels) {
            QCOMPARE(label.text, label.name);
            QVERIFY(QFontMetrics(label.font).horizontalAdvance(label.text) <= label.rect.height());
        }
    }

    void svgExportNamesEverything()
    {
        // The export path of `attriscope export --format svg`: every chart of the sweep.
        QTemporaryDir dir;
        QStringList written;
        QString error;
        QVERIFY2(ChartExporter::exportAllCharts(m_dataset, allGroups(*m_dataset), dir.path(), ChartExporter::Format::Svg,
                                                {1280, 800}, false, &written, &error),
                 qPrintable(error));
        const QString path = dir.filePath(QStringLiteral("heatmap.svg"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString svg = QString::fromUtf8(file.readAll());
        // QSvgGenerator writes drawn text as <text> elements, XML-escaped.
        QStringList missing;
        for (const QString &name : SweepFixture::models() + SweepFixture::methods())
            if (!svg.contains(QLatin1Char('>') + name.toHtmlEscaped() + QStringLiteral("</text>")))
                missing.append(name);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
        QVERIFY(!svg.contains(QChar(0x2026))); // nothing elided
    }

    void tinySizeElidesOnlyWhatCannotFit()
    {
        // At 400 × 240 the names cannot fit: the font stops at its floor and
        // labels are elided to their room (tooltips keep the full names).
        HeatmapTab tab;
        tab.resize(400, 240);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        tab.setData(m_dataset, allGroups(*m_dataset));
        HeatmapView *view = tab.view();
        QCOMPARE(view->shownRows(), 30);
        QVERIFY(!view->rowLabels().isEmpty());
        for (const auto &label : view->rowLabels()) {
            QVERIFY(label.font.pointSizeF() >= 7.0);
            QVERIFY(QFontMetrics(label.font).horizontalAdvance(label.text) <= label.rect.width());
            QVERIFY2(view->toolTipAt(label.rect.center()).contains(label.name),
                     qPrintable(QStringLiteral("%1 at %2,%3 in %4x%5")
                                    .arg(label.name)
                                    .arg(label.rect.center().x())
                                    .arg(label.rect.center().y())
                                    .arg(view->width())
                                    .arg(view->height())));
        }
        QVERIFY(!tab.grab().isNull());
    }

private:
    QTemporaryDir m_dir;
    DatasetPtr m_dataset;
};

QTEST_MAIN(TestHeatmapView)
#include "tst_heatmapview.moc"
