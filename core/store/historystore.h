// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"
#include "environment.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <map>
#include <vector>

class HistoryConnection;

/// One source of a stored run: its name and the SHA-256 of its bytes (hex).
struct HistorySource
{
    QString name;
    QString sha256;
};

/// What the method rows say about one hardware of a run.
using HistoryEnvironment = MachineEnvironment;

/// A stored run as `history list` shows it.
struct HistoryRun
{
    qint64 id = 0;
    QString label;
    QDateTime added; ///< UTC
    QList<HistorySource> sources;
    qint64 promptRows = 0;
    qint64 methodRows = 0;
    QList<HistoryEnvironment> environment;
};

/// The statistics of one group in one run, as computed when it was added.
struct HistoryTrendPoint
{
    qint64 runId = 0;
    QString label;
    qint64 n = 0; ///< timed successful prompts
    double meanTime = kMissing;
    double medianTime = kMissing;
    double medianCiLow = kMissing;
    double medianCiHigh = kMissing;
};

/// One (model, method, hardware) over the runs that have it, oldest first.
struct HistoryTrendGroup
{
    QString model, method, hardware;
    std::vector<HistoryTrendPoint> runs;
};

/// Which groups HistoryStore::loadRun reads: the names of each dimension; an
/// empty list takes every name.
struct HistoryGroupFilter
{
    QStringList models, methods, hardware;
};

/// The run history in a database through Qt SQL (docs/history.md): a SQLite
/// file, or a PostgreSQL server for a team. One schema for both, versioned and
/// migrated on open. Every write is one transaction, so a run is stored whole
/// or not at all. Passwords are never stored or shown: a PostgreSQL password
/// comes from libpq (PGPASSWORD, ~/.pgpass) or from the URL, and name() leaves
/// it out. Messages start with name(). Use from one thread. A store may be kept
/// across operations: when a PostgreSQL server was restarted or ended the
/// connection in between, the next operation connects again.
class HistoryStore
{
public:
    HistoryStore();
    ~HistoryStore();
    Q_DISABLE_COPY_MOVE(HistoryStore)

    /// The SQLite file used without --db: history.sqlite in the user's data folder.
    static QString defaultLocation();
    /// Whether `location` names a PostgreSQL server (postgresql:// or postgres://).
    static bool isServerLocation(const QString &location);
    /// `location` as it may be shown: a URL without its password.
    static QString displayName(const QString &location);

    /// Opens (a SQLite file is created when missing) and migrates the schema.
    bool open(const QString &location, QString *error);
    QString name() const { return m_name; }

    enum class AddResult { Added, AlreadyStored, Failed };
    /// Stores the dataset's sources as one run. Each source needs its contentHash
    /// (LoadOptions::hashContent). A run with the same sources' content adds nothing:
    /// AlreadyStored with *runId the existing run.
    AddResult add(const QString &label, const Dataset &dataset, qint64 *runId, QString *error);
    /// Every run, oldest first.
    bool runs(QList<HistoryRun> *runs, QString *error);
    /// Every group's stored statistics over the runs, groups sorted by names.
    bool trend(std::vector<HistoryTrendGroup> *groups, QString *error);
    /// The run with this id, or else the latest run with this label; 0 when none.
    bool findRun(const QString &idOrLabel, qint64 *runId, QString *error);
    /// The run's prompt and method rows as a dataset (names, times, tokens, success;
    /// no prompt texts), for the comparison of two runs; only the rows of the
    /// groups that `only` names (the window's trend reads one group of each run).
    bool loadRun(qint64 runId, DatasetPtr *dataset, QString *error, const HistoryGroupFilter &only = {});
    /// Deletes the run and its rows; false with a message when there is no such run.
    bool remove(qint64 runId, QString *error);
    /// Per group of `groups` (names only are used), by run id: the group's successful
    /// prompt times, sorted, as stored when the run was added (Dataset::groupTimes,
    /// the sample `compare` tests). Reads one small row per group and run, never
    /// the prompt rows. A run without the group has no entry.
    bool groupTimes(const std::vector<HistoryTrendGroup> &groups,
                    std::vector<std::map<qint64, std::vector<double>>> *times, QString *error);

private:
    /// Before each operation: a PostgreSQL connection the server ended is made again
    /// (HistoryConnection::ensureConnected); false with the message otherwise.
    bool connected(QString *error);
    /// Migration to version 2: the times of every stored run's groups.
    bool fillGroupTimes(QString *error);

    HistoryConnection *d;
    QString m_name;
};
