// SPDX-License-Identifier: GPL-3.0-or-later
// attriscope-latency FILE: opens FILE in a MainWindow (offscreen unless a
// platform is set) and prints, as one JSON line:
//   startup_ms      process start to the window constructed and shown
//   ready_ms        process start to the data applied and the window painted
//   max_block_ms    the longest the GUI thread did not serve a 10 ms timer
//                   during the load (event-loop latency), and its p99
//   refresh_ms      median and max over 20 filter changes on the Overview of
//                   the synchronous refresh (filter, summary and the tab on
//                   screen; tabs off screen are refreshed when shown), and of
//                   the frame: the refresh, then what the event loop does next
//                   (layout requests, queued scene updates, the repaint of
//                   what changed into the backing store)
//   tabs_ms         per tab: "switch" = showing it right after a filter change
//                   as [its deferred refresh, the rest of that frame];
//                   "filter" = 10 filter changes while it is shown: [median
//                   refresh, median frame, max frame, median frame plus a paint
//                   of the whole window (an upper bound: a screen update
//                   repaints only what changed)]
//   regroup_resort  group-by and sort changes on the Performance tab: frames
//   worst_*         the slowest tab switch, the slowest tab's median frame
// A probe, not a test: it asserts nothing.

#include "filterstate.h"
#include "mainwindow.h"
#include "performancetab.h"

#include <QApplication>
#include <QMap>
#include <QPaintEvent>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QImage>
#include <QPainter>
#include <QTabWidget>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {
double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double percentile(std::vector<double> v, double q)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(q * double(v.size())))];
}

// What the event loop does after a change, before the next input: layout
// requests, queued scene updates of the chart views, then the repaint of
// what changed into the window's backing store (offscreen: a raster image).
void settle()
{
    for (int pass = 0; pass < 3; ++pass) {
        QCoreApplication::processEvents();
        // As a running event loop does: processEvents() outside one leaves the
        // objects deleted later (Qt Charts' removed axes) alive, and they
        // piled up in the charts' scenes, change after change.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
}

// The whole window into an image: more than a screen update repaints.
void paintWhole(QWidget &window)
{
    QImage image(window.size(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    window.render(&painter);
}
} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Own settings, so the probe neither reads nor changes the user's session.
    QCoreApplication::setOrganizationName(QStringLiteral("AttriScope-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("attriscope-latency"));
    QApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: attriscope-latency FILE\n");
        return 1;
    }
    const QString file = QString::fromLocal8Bit(argv[1]);

    MainWindow window;
    window.show();
    // A local loop: QApplication::quit() would close the window (Qt 6), and the
    // measurements below need it shown, as a user has it.
    QEventLoop loop;
    const double startupMs = double(sinceStart.nsecsElapsed()) / 1e6;

    // The event-loop probe: a 10 ms timer; each late tick is time the GUI thread was busy.
    std::vector<double> gaps;
    QElapsedTimer tick;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(10);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        gaps.push_back(double(tick.nsecsElapsed()) / 1e6);
        tick.restart();
    });

    double readyMs = 0;
    bool failed = false;
    QObject::connect(&window, &MainWindow::loadFailed, [&](const QStringList &errors) {
        std::fprintf(stderr, "attriscope-latency: %s\n", qPrintable(errors.join(QLatin1Char('\n'))));
        failed = true;
        loop.quit();
    });
    QObject::connect(&window, &MainWindow::datasetApplied, [&] {
        if (!window.dataset())
            return; // the empty state at start-up
        paintWhole(window);
        readyMs = double(sinceStart.nsecsElapsed()) / 1e6;
        probe.stop();
        QTimer::singleShot(0, &loop, &QEventLoop::quit);
    });
    tick.start();
    probe.start();
    window.openSources({file});
    loop.exec();
    if (failed)
        return 2;

    settle();
    // For a profiler: ATTRISCOPE_LATENCY_PROFILE=TAB makes 300 filter changes
    // on that tab (its label as shown, without '&') and nothing else.
    if (const QString only = qEnvironmentVariable("ATTRISCOPE_LATENCY_PROFILE"); !only.isEmpty()) {
        QTabWidget *tabWidget = window.tabWidget();
        for (int i = 0; i < tabWidget->count(); ++i) {
            if (tabWidget->tabText(i).remove(QLatin1Char('&')) == only)
                tabWidget->setCurrentIndex(i);
        }
        settle();
        const QString first = window.dataset()->models().value(0);
        // Which widgets repaint per change, and how much of them.
        struct PaintCounter : QObject
        {
            QMap<QString, std::pair<int, qint64>> paints;
            bool eventFilter(QObject *object, QEvent *event) override
            {
                const bool paint = event->type() == QEvent::Paint;
                const bool geometry = event->type() == QEvent::Resize || event->type() == QEvent::Move;
                if ((paint || geometry) && object->isWidgetType()) {
                    const QRect r = paint ? static_cast<QPaintEvent *>(event)->rect() : QRect();
                    auto *widget = static_cast<QWidget *>(object);
                    QString name = QString::fromLatin1(paint ? "" : event->type() == QEvent::Resize ? "RESIZE " : "MOVE ")
                        + QString::fromLatin1(object->metaObject()->className());
                    for (QWidget *p = widget->parentWidget(); p && name.size() < 120; p = p->parentWidget())
                        name += QLatin1Char('<') + QString::fromLatin1(p->metaObject()->className());
                    auto &entry = paints[name];
                    ++entry.first;
                    entry.second += qint64(r.width()) * r.height();
                }
                return false;
            }
        } counter;
        if (qEnvironmentVariableIsSet("ATTRISCOPE_LATENCY_PAINTS"))
            qApp->installEventFilter(&counter);
        std::vector<double> frames;
        for (int k = 0; k < 300; ++k) {
            QElapsedTimer t;
            t.start();
            window.filterState()->setShown(Dimension::Model, first, k % 2 == 1);
            settle();
            frames.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        // The first and last 30 changes: a cost that grows with the changes made is a leak.
        const std::vector<double> early(frames.begin(), frames.begin() + 30), late(frames.end() - 30, frames.end());
        int sceneItems = 0;
        for (QGraphicsView *view : window.findChildren<QGraphicsView *>()) {
            if (view->scene())
                sceneItems += int(view->scene()->items().size());
        }
        std::printf("{\"profile\":\"%s\",\"filter_median_ms\":%.2f,\"first30_ms\":%.2f,\"last30_ms\":%.2f,"
                    "\"scene_items\":%d}\n",
                    qPrintable(only), median(frames), median(early), median(late), sceneItems);
        for (auto it = counter.paints.cbegin(); it != counter.paints.cend(); ++it)
            std::printf("%6.2f paints/change %9lld px/change  %s\n", it->first / 300.0, it->second / 300, qPrintable(it.key()));
        return 0;
    }
    // Filter changes on the Overview: the synchronous refresh, and the frame.
    std::vector<double> refresh, refreshOnly;
    FilterState *filter = window.filterState();
    const QString first = window.dataset()->models().value(0);
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer t;
        t.start();
        filter->setShown(Dimension::Model, first, i % 2 == 1);
        refreshOnly.push_back(double(t.nsecsElapsed()) / 1e6);
        settle();
        refresh.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    // Per tab: switching to it right after a filter change (its deferred
    // refresh, then a paint), and filter changes while it is shown.
    QString tabs;
    double worstSwitch = 0, worstFilter = 0;
    QTabWidget *tabWidget = window.tabWidget();
    const auto ms = [](const QElapsedTimer &t) { return double(t.nsecsElapsed()) / 1e6; };
    for (int i = 0; i < tabWidget->count(); ++i) {
        filter->setShown(Dimension::Model, first, i % 2 == 1);
        QElapsedTimer t;
        t.start();
        tabWidget->setCurrentIndex(i);
        const double switchRefresh = ms(t);
        settle();
        const double switchTotal = ms(t);
        std::vector<double> onTab, onTabRefresh, onTabWhole;
        for (int k = 0; k < 10; ++k) {
            t.restart();
            filter->setShown(Dimension::Model, first, k % 2 == 0);
            onTabRefresh.push_back(ms(t));
            settle();
            onTab.push_back(ms(t));
            paintWhole(window);
            onTabWhole.push_back(ms(t));
        }
        worstSwitch = std::max(worstSwitch, switchTotal);
        worstFilter = std::max(worstFilter, median(onTab));
        tabs += QStringLiteral("%1\"%2\":{\"switch\":[%3,%4],\"filter\":[%5,%6,%7,%8]}")
                    .arg(tabs.isEmpty() ? QString() : QStringLiteral(","), tabWidget->tabText(i).remove(QLatin1Char('&')))
                    .arg(switchRefresh, 0, 'f', 1)
                    .arg(switchTotal - switchRefresh, 0, 'f', 1)
                    .arg(median(onTabRefresh), 0, 'f', 1)
                    .arg(median(onTab), 0, 'f', 1)
                    .arg(*std::max_element(onTab.begin(), onTab.end()), 0, 'f', 1)
                    .arg(median(onTabWhole), 0, 'f', 1);
    }
    // Group-by and sort changes on the Performance tab.
    std::vector<double> regroup;
    if (auto *performance = window.findChild<PerformanceTab *>()) {
        tabWidget->setCurrentWidget(performance);
        settle();
        for (int k = 0; k < 10; ++k) {
            QElapsedTimer t;
            t.start();
            if (k % 2 == 0)
                performance->setGroupBy(k % 4 == 0 ? PerformanceTab::GroupBy::Method : PerformanceTab::GroupBy::Model);
            else
                performance->setSort(k % 4 == 1 ? PerformanceTab::Sort::Performance : PerformanceTab::Sort::Alphabetical);
            settle();
            regroup.push_back(ms(t));
        }
    }
    std::vector<double> blocks;
    for (double g : gaps)
        blocks.push_back(std::max(0.0, g - 10.0));
    std::printf("{\"file\":\"%s\",\"rows\":%lld,\"startup_ms\":%.1f,\"ready_ms\":%.1f,\"max_block_ms\":%.1f,"
                "\"p99_block_ms\":%.1f,\"ticks\":%zu,\"refresh_median_ms\":%.2f,\"refresh_max_ms\":%.2f,"
                "\"refresh_paint_median_ms\":%.2f,\"refresh_paint_max_ms\":%.2f,\"regroup_resort_paint_median_ms\":%.2f,"
                "\"regroup_resort_paint_max_ms\":%.2f,\"worst_switch_ms\":%.1f,\"worst_filter_median_ms\":%.1f,\"tabs_ms\":{%s}}\n",
                argv[1], (long long)window.dataset()->promptRowCount(), startupMs, readyMs,
                blocks.empty() ? 0.0 : *std::max_element(blocks.begin(), blocks.end()), percentile(blocks, 0.99),
                blocks.size(), median(refreshOnly), *std::max_element(refreshOnly.begin(), refreshOnly.end()), median(refresh),
                *std::max_element(refresh.begin(), refresh.end()), median(regroup),
                regroup.empty() ? 0.0 : *std::max_element(regroup.begin(), regroup.end()), worstSwitch, worstFilter,
                qPrintable(tabs));
    return 0;
}
