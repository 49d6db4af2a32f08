// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QFuture>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <cstdint>
#include <deque>
#include <memory>
#include <vector>

/// Where a parallel read's time goes, per window (docs/performance.md): the
/// calling thread's reading and merging and the pool threads' parsing in CPU
/// time, which other processes on a busy machine do not inflate, and the
/// calling thread's waiting in wall time.
struct WindowStats
{
    std::int64_t windows = 0, bytes = 0, readNs = 0, waitNs = 0, mergeNs = 0, parseNs = 0;
    QElapsedTimer wall;

    /// CPU time of the calling thread.
    static std::int64_t threadCpuNs();
    /// To stderr when ATTRISCOPE_PARSE_STATS is set; `what` names the reader.
    void print(const char *what, int threads) const;
};

/// The windows of a file that a parallel reader (ParallelLinesReader,
/// ParallelJsonReader) has handed to its private thread pool, in file order,
/// and the merged ones kept for their buffers. At most threads + 2 are in
/// flight, so memory stays bounded whatever the file's size.
template<typename Window>
class WindowPool
{
public:
    /// `stop` is set when the pool goes, so that windows still queued return
    /// at once (their parse checks it); the pool then waits for its threads.
    WindowPool(int threads, std::atomic<bool> &stop)
        : m_stop(stop)
        , m_maxInFlight(std::size_t(threads) + 2)
    {
        m_pool.setMaxThreadCount(threads);
        m_stats.wall.start();
    }
    ~WindowPool()
    {
        // Before any window goes: the threads may still be reading them.
        m_stop.store(true);
        m_pool.waitForDone();
    }
    WindowPool(const WindowPool &) = delete;
    WindowPool &operator=(const WindowPool &) = delete;

    bool full() const { return m_inFlight.size() >= m_maxInFlight; }
    bool empty() const { return m_inFlight.empty(); }

    /// A window to fill: a merged one, whose buffer is reused, or a new one.
    std::unique_ptr<Window> take()
    {
        if (m_spare.empty())
            return std::make_unique<Window>();
        std::unique_ptr<Window> window = std::move(m_spare.back());
        m_spare.pop_back();
        return window;
    }
    /// Runs `parse(*window)` on the pool; the window stays here.
    template<typename Parse>
    void start(std::unique_ptr<Window> window, Parse parse)
    {
        Window *raw = window.get();
        m_inFlight.push_back({std::move(window), QtConcurrent::run(&m_pool, [parse, raw] { parse(*raw); })});
    }
    /// The first window in flight, once its parse has finished.
    Window &first()
    {
        QElapsedTimer waiting;
        waiting.start();
        m_inFlight.front().done.waitForFinished();
        m_stats.waitNs += waiting.nsecsElapsed();
        return *m_inFlight.front().window;
    }
    WindowStats &stats() { return m_stats; }

    /// Done with the first window: it goes back to take().
    void recycle()
    {
        m_spare.push_back(std::move(m_inFlight.front().window));
        m_inFlight.pop_front();
    }

private:
    struct InFlight
    {
        std::unique_ptr<Window> window;
        QFuture<void> done;
    };
    std::atomic<bool> &m_stop;
    std::size_t m_maxInFlight;
    std::deque<InFlight> m_inFlight;
    std::vector<std::unique_ptr<Window>> m_spare;
    WindowStats m_stats;
    QThreadPool m_pool;
};
