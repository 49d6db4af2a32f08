// SPDX-License-Identifier: GPL-3.0-or-later
#include "historystore.h"

#include "historyconnection.h"
#include "historyschema.h"
#include "sqlbatchinsert.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <map>
#include <tuple>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("HistoryStore", text);
}

QVariant number(double value)
{
    return std::isfinite(value) ? QVariant(value) : QVariant(QMetaType::fromType<double>());
}

double toNumber(const QVariant &value)
{
    return value.isNull() ? kMissing : value.toDouble();
}

QVariant triState(TriState value)
{
    if (value == TriState::Unknown)
        return QVariant(QMetaType::fromType<int>());
    return value == TriState::True ? 1 : 0;
}

TriState toTriState(const QVariant &value)
{
    if (value.isNull())
        return TriState::Unknown;
    return value.toInt() != 0 ? TriState::True : TriState::False;
}

QString errorText(const QSqlError &error)
{
    return SqlBatchInsert::errorText(error);
}

} // namespace

HistoryStore::HistoryStore()
    : d(new HistoryConnection)
{
    static std::atomic<int> counter{0};
    d->name = QStringLiteral("attriscope-history-%1").arg(++counter);
}

HistoryStore::~HistoryStore()
{
    {
        QSqlDatabase db = d->db();
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(d->name);
    delete d;
}

QString HistoryStore::defaultLocation()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history.sqlite");
}

bool HistoryStore::isServerLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

QString HistoryStore::displayName(const QString &location)
{
    if (!isServerLocation(location))
        return location;
    const QUrl url(location);
    if (!url.isValid())
        return QStringLiteral("postgresql://…"); // nothing of it is shown: it may hold a password
    return url.adjusted(QUrl::RemovePassword | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

bool HistoryStore::open(const QString &location, QString *error)
{
    const QString where = location.isEmpty() ? defaultLocation() : location;
    m_name = displayName(where);
    auto fail = [&](const QString &cause) {
        *error = tr("history store %1: %2").arg(m_name, cause);
        return false;
    };
    d->server = isServerLocation(where);
    QSqlDatabase db = QSqlDatabase::addDatabase(d->server ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"),
                                                d->name);
    if (!db.isValid()) {
        return fail(d->server ? tr("Qt's PostgreSQL driver QPSQL is not installed (Debian: libqt6sql6-psql)")
                              : tr("Qt's SQLite driver QSQLITE is not installed (Debian: libqt6sql6-sqlite)"));
    }
    if (d->server) {
        const QUrl url(where, QUrl::StrictMode);
        if (!url.isValid() || url.hasQuery() || url.hasFragment())
            return fail(tr("not a URL of the form postgresql://user@host:port/database (options go in the "
                           "PG* environment variables)"));
        db.setHostName(url.host());
        if (url.port() > 0)
            db.setPort(url.port());
        db.setUserName(url.userName(QUrl::FullyDecoded));
        db.setPassword(url.password(QUrl::FullyDecoded)); // empty: libpq reads PGPASSWORD or ~/.pgpass itself
        db.setDatabaseName(url.path(QUrl::FullyDecoded).mid(1));
        db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=attriscope"));
    } else {
        const QFileInfo file(where);
        if (file.exists() && !file.isFile())
            return fail(tr("not a file"));
        if (!QDir().mkpath(file.absolutePath()))
            return fail(tr("cannot create the folder %1").arg(file.absolutePath()));
        db.setDatabaseName(where);
        bool ok = false;
        const int timeout = qEnvironmentVariableIntValue("ATTRISCOPE_HISTORY_BUSY_TIMEOUT", &ok);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(ok && timeout >= 0 ? timeout : 10000));
    }
    if (!db.open())
        return fail(errorText(db.lastError()));
    QString cause;
    if (!d->migrate(&cause, [this](QString *e) { return fillGroupTimes(e); })) {
        if (!d->server && cause.contains(QLatin1String("not a database")))
            cause = tr("not a SQLite database, or damaged (%1)").arg(cause);
        return fail(cause);
    }
    return true;
}

namespace {

/// Inserts the run and all its rows; inside the caller's transaction.
bool insertRun(const QSqlDatabase &database, const QString &label, const Dataset &dataset, const QString &contentKey,
               qint64 *runId, QString *error)
{
    QSqlQuery run(database);
    run.prepare(QStringLiteral("INSERT INTO runs (label, added, content_key, prompt_rows, method_rows) "
                               "VALUES (?, ?, ?, ?, ?) RETURNING id"));
    run.addBindValue(label);
    run.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    run.addBindValue(contentKey);
    run.addBindValue(qint64(dataset.promptRowCount()));
    run.addBindValue(qint64(dataset.methodRowCount()));
    if (!run.exec() || !run.next()) {
        *error = errorText(run.lastError());
        return false;
    }
    const qint64 id = run.value(0).toLongLong();
    run.finish();
    *runId = id;

    SqlBatchInsert sources(database, "run_sources", 4);
    SqlBatchInsert environments(database, "run_environments", 10);
    SqlBatchInsert names(database, "run_names", 3);
    SqlBatchInsert texts(database, "run_texts", 3);
    SqlBatchInsert methods(database, "method_rows", 26);
    SqlBatchInsert prompts(database, "prompt_rows", 16);
    SqlBatchInsert groups(database, "group_stats", 16);
    SqlBatchInsert groupTimes(database, "group_times", 5);

    StringPool nameIds; // names (models, methods, hardware, GPU, device) of the run as small ids, 0 = empty
    qint64 methodRow = 0, promptRow = 0;
    int textOffset = 0;
    const QList<SourceDataPtr> &all = dataset.sources();
    for (int s = 0; s < all.size(); ++s) {
        const SourceData &source = *all[s];
        if (!sources.add({id, s, source.name, QString::fromLatin1(source.contentHash.toHex())}, error))
            return false;
        for (const MethodRecord &m : source.methods) {
            if (!methods.add({id, methodRow++, s, qint64(m.sourceRow), m.model, m.method, m.hardware,
                              number(m.successfulPrompts), number(m.totalPrompts), number(m.successRate),
                              number(m.modelLoadingTime), number(m.attributionTime), number(m.averageTime),
                              number(m.totalTime), number(m.minTime), number(m.maxTime), number(m.tokensPerSecond),
                              m.platform, m.cpuModel, number(m.cpuCores), number(m.memoryGb), m.gpuInfo, m.device,
                              triState(m.cuda), triState(m.mps), m.torchVersion},
                             error))
                return false;
        }
        const PromptTable &p = source.prompts;
        std::vector<int> poolToName(source.strings.size(), -1);
        auto nameOf = [&](std::uint32_t poolId) {
            int &n = poolToName[poolId];
            if (n < 0)
                n = int(nameIds.intern(source.strings.at(poolId)));
            return n;
        };
        for (std::size_t t = 0; t < p.texts.size(); ++t) {
            const std::string_view text = p.texts.at(std::uint32_t(t));
            if (!texts.add({id, textOffset + int(t), QString::fromUtf8(text.data(), qsizetype(text.size()))}, error))
                return false;
        }
        for (std::size_t i = 0; i < p.size(); ++i) {
            if (!prompts.add({id, promptRow++, s, qint64(p.sourceRow[i]), nameOf(p.model[i]), nameOf(p.method[i]),
                              nameOf(p.hardware[i]), nameOf(p.gpuInfo[i]), nameOf(p.device[i]), number(p.time[i]),
                              number(p.tokens[i]), number(p.outputTokens[i]), number(p.tokensPerSecond[i]),
                              int(p.success[i]), textOffset + int(p.promptTextRef[i]),
                              textOffset + int(p.promptIdRef[i])},
                             error))
                return false;
        }
        textOffset += int(p.texts.size());
    }
    for (std::uint32_t n = 0; n < nameIds.size(); ++n) {
        if (!names.add({id, int(n), nameIds.at(n)}, error))
            return false;
    }
    for (const MachineEnvironment &e : Environment::fromSources(all)) {
        if (!environments.add({id, e.hardware, e.platform, e.cpuModel, number(e.cpuCores), number(e.memoryGb), e.gpu,
                               e.torchVersion, triState(e.cuda), triState(e.mps)},
                              error))
            return false;
    }
    for (std::size_t i = 0; i < dataset.groups().size(); ++i) {
        const GroupStats &g = dataset.groups()[i];
        if (!groupTimes.add({id, dataset.models()[g.model], dataset.methods()[g.method], dataset.hardware()[g.hardware],
                             HistorySchema::packTimes(dataset.groupTimes(i))},
                            error))
            return false;
        if (!groups.add({id, dataset.models()[g.model], dataset.methods()[g.method], dataset.hardware()[g.hardware],
                         qint64(g.prompts), qint64(g.successful), qint64(g.timedCount), number(g.meanTime),
                         number(g.medianTime), number(g.p95Time), number(g.minTime), number(g.maxTime),
                         number(g.medianCiLow), number(g.medianCiHigh), number(g.meanTokensPerSecond),
                         number(g.medianTokensPerSecond)},
                        error))
            return false;
    }
    for (SqlBatchInsert *batch : {&sources, &environments, &names, &texts, &methods, &prompts, &groups, &groupTimes}) {
        if (!batch->flush(error))
            return false;
    }
    return true;
}

/// The run's rows as a dataset (HistoryStore::loadRun); `cause` is the database's message.
bool readRun(const QSqlDatabase &database, qint64 runId, const HistoryGroupFilter &only, DatasetPtr *dataset,
             QString *cause)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    auto failed = [&] {
        *cause = errorText(query.lastError());
        return false;
    };
    auto source = std::make_shared<SourceData>();
    source->name = QCoreApplication::translate("HistoryStore", "run %1").arg(runId);
    query.prepare(QStringLiteral("SELECT id, name FROM run_names WHERE run_id = ?"));
    query.addBindValue(runId);
    if (!query.exec())
        return failed();
    std::vector<std::uint32_t> pool; // run name id -> pool id
    // The name ids `only` asks for, as SQL conditions on the id columns (numbers we read, never text).
    QStringList wanted[3];
    const QStringList *names[3] = {&only.models, &only.methods, &only.hardware};
    while (query.next()) {
        const int id = query.value(0).toInt();
        const QString name = query.value(1).toString();
        const auto at = std::size_t(id);
        if (at >= pool.size())
            pool.resize(at + 1, 0);
        pool[at] = source->strings.intern(name);
        for (int d = 0; d < 3; ++d) {
            if (names[d]->contains(name))
                wanted[d].append(QString::number(id));
        }
    }
    QString where;
    const char *columns[3] = {"model", "method", "hardware"};
    for (int d = 0; d < 3; ++d) {
        if (names[d]->isEmpty())
            continue;
        where += QStringLiteral(" AND %1 IN (%2)")
                     .arg(QLatin1String(columns[d]), wanted[d].isEmpty() ? QStringLiteral("-1") : wanted[d].join(QLatin1Char(',')));
    }
    auto poolId = [&](const QVariant &v) { return std::size_t(v.toInt()) < pool.size() ? pool[std::size_t(v.toInt())] : 0u; };
    query.prepare(QStringLiteral("SELECT model, method, hardware, device, time, tokens, output_tokens, "
                                 "tokens_per_second, success, source_row FROM prompt_rows WHERE run_id = ?%1 "
                                 "ORDER BY row_no").arg(where));
    query.addBindValue(runId);
    if (!query.exec())
        return failed();
    PromptTable &p = source->prompts;
    while (query.next()) {
        const std::uint32_t hardware = poolId(query.value(2));
        p.append(poolId(query.value(0)), poolId(query.value(1)), hardware, poolId(query.value(3)),
                 toNumber(query.value(4)), toNumber(query.value(5)), toNumber(query.value(6)),
                 toNumber(query.value(7)), query.value(8).toInt() != 0, {}, {}, query.value(9).toLongLong());
        p.hardware.push_back(hardware); // as derived when the run was added
    }
    query.prepare(QStringLiteral("SELECT model, method, hardware, successful_prompts, total_prompts, success_rate, "
                                 "model_loading_time, average_time, min_time, max_time, tokens_per_second, source_row "
                                 "FROM method_rows WHERE run_id = ? ORDER BY row_no"));
    query.addBindValue(runId);
    if (!query.exec())
        return failed();
    while (query.next()) {
        MethodRecord m;
        m.model = query.value(0).toString();
        m.method = query.value(1).toString();
        m.hardware = query.value(2).toString();
        if ((!only.models.isEmpty() && !only.models.contains(m.model))
            || (!only.methods.isEmpty() && !only.methods.contains(m.method))
            || (!only.hardware.isEmpty() && !only.hardware.contains(m.hardware)))
            continue;
        m.successfulPrompts = toNumber(query.value(3));
        m.totalPrompts = toNumber(query.value(4));
        m.successRate = toNumber(query.value(5));
        m.modelLoadingTime = toNumber(query.value(6));
        m.averageTime = toNumber(query.value(7));
        m.minTime = toNumber(query.value(8));
        m.maxTime = toNumber(query.value(9));
        m.tokensPerSecond = toNumber(query.value(10));
        m.sourceRow = query.value(11).toLongLong();
        source->methods.push_back(m);
    }
    *dataset = Dataset::build({SourceDataPtr(source)});
    return true;
}

} // namespace

HistoryStore::AddResult HistoryStore::add(const QString &label, const Dataset &dataset, qint64 *runId, QString *error)
{
    // The content key: the sources' hashes, sorted, so the same files named in
    // another order are the same run.
    QStringList hashes;
    for (const SourceDataPtr &source : dataset.sources()) {
        if (source->contentHash.isEmpty()) {
            *error = tr("history store %1: source %2 has no content hash").arg(m_name, source->name);
            return AddResult::Failed;
        }
        hashes.append(QString::fromLatin1(source->contentHash.toHex()));
    }
    hashes.sort();
    const QString contentKey = QString::fromLatin1(
        QCryptographicHash::hash(hashes.join(QLatin1Char('\n')).toLatin1(), QCryptographicHash::Sha256).toHex());
    QString cause;
    auto fail = [&] {
        *error = tr("history store %1: could not add the run, nothing was stored: %2").arg(m_name, cause);
        return AddResult::Failed;
    };
    if (!d->ensureConnected(&cause) || !d->begin(&cause))
        return fail();
    QSqlQuery existing(d->db());
    existing.prepare(QStringLiteral("SELECT id FROM runs WHERE content_key = ?"));
    existing.addBindValue(contentKey);
    if (!existing.exec()) {
        cause = errorText(existing.lastError());
        d->rollback();
        return fail();
    }
    if (existing.next()) {
        *runId = existing.value(0).toLongLong();
        existing.finish();
        d->rollback();
        return AddResult::AlreadyStored;
    }
    existing.finish();
    if (!insertRun(d->db(), label, dataset, contentKey, runId, &cause) || !d->commit(&cause)) {
        d->rollback();
        return fail();
    }
    return AddResult::Added;
}

bool HistoryStore::runs(QList<HistoryRun> *runs, QString *error)
{
    if (!connected(error))
        return false;
    QSqlQuery query(d->db());
    query.setForwardOnly(true);
    std::map<qint64, HistoryRun> byId;
    auto failed = [&] {
        *error = tr("history store %1: %2").arg(m_name, errorText(query.lastError()));
        return false;
    };
    if (!query.exec(QStringLiteral("SELECT id, label, added, prompt_rows, method_rows FROM runs")))
        return failed();
    while (query.next()) {
        HistoryRun &r = byId[query.value(0).toLongLong()];
        r.id = query.value(0).toLongLong();
        r.label = query.value(1).toString();
        r.added = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
        r.promptRows = query.value(3).toLongLong();
        r.methodRows = query.value(4).toLongLong();
    }
    if (!query.exec(QStringLiteral("SELECT run_id, position, name, sha256 FROM run_sources")))
        return failed();
    std::map<std::pair<qint64, int>, HistorySource> sources; // in position order
    while (query.next())
        sources[{query.value(0).toLongLong(), query.value(1).toInt()}] = {query.value(2).toString(),
                                                                          query.value(3).toString()};
    for (const auto &[key, source] : sources) {
        if (const auto it = byId.find(key.first); it != byId.end())
            it->second.sources.append(source);
    }
    if (!query.exec(QStringLiteral("SELECT run_id, hardware, platform, cpu_model, cpu_cores, memory_gb, gpu, "
                                   "torch_version, cuda, mps FROM run_environments")))
        return failed();
    std::map<std::pair<qint64, QString>, HistoryEnvironment> environments; // by hardware name
    while (query.next()) {
        HistoryEnvironment e;
        e.hardware = query.value(1).toString();
        e.platform = query.value(2).toString();
        e.cpuModel = query.value(3).toString();
        e.cpuCores = toNumber(query.value(4));
        e.memoryGb = toNumber(query.value(5));
        e.gpu = query.value(6).toString();
        e.torchVersion = query.value(7).toString();
        e.cuda = toTriState(query.value(8));
        e.mps = toTriState(query.value(9));
        environments[{query.value(0).toLongLong(), e.hardware}] = e;
    }
    for (const auto &[key, e] : environments) {
        if (const auto it = byId.find(key.first); it != byId.end())
            it->second.environment.append(e);
    }
    runs->clear();
    for (auto &[id, r] : byId)
        runs->append(std::move(r));
    return true;
}

bool HistoryStore::trend(std::vector<HistoryTrendGroup> *groups, QString *error)
{
    if (!connected(error))
        return false;
    QSqlQuery query(d->db());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT g.model, g.method, g.hardware, g.run_id, r.label, g.n, g.mean_time, "
                                   "g.median_time, g.median_ci_low, g.median_ci_high "
                                   "FROM group_stats g JOIN runs r ON r.id = g.run_id"))) {
        *error = tr("history store %1: %2").arg(m_name, errorText(query.lastError()));
        return false;
    }
    // Sorted here, not by ORDER BY: PostgreSQL's text order follows its locale, SQLite's the bytes.
    std::map<std::tuple<QString, QString, QString>, std::vector<HistoryTrendPoint>> byGroup;
    while (query.next()) {
        HistoryTrendPoint p;
        p.runId = query.value(3).toLongLong();
        p.label = query.value(4).toString();
        p.n = query.value(5).toLongLong();
        p.meanTime = toNumber(query.value(6));
        p.medianTime = toNumber(query.value(7));
        p.medianCiLow = toNumber(query.value(8));
        p.medianCiHigh = toNumber(query.value(9));
        byGroup[{query.value(0).toString(), query.value(1).toString(), query.value(2).toString()}].push_back(p);
    }
    groups->clear();
    groups->reserve(byGroup.size());
    for (auto &[key, points] : byGroup) {
        std::sort(points.begin(), points.end(), [](const auto &a, const auto &b) { return a.runId < b.runId; });
        groups->push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), std::move(points)});
    }
    return true;
}

bool HistoryStore::findRun(const QString &idOrLabel, qint64 *runId, QString *error)
{
    *runId = 0;
    if (!connected(error))
        return false;
    QSqlQuery query(d->db());
    bool isId = false;
    const qint64 id = idOrLabel.toLongLong(&isId);
    if (isId) {
        query.prepare(QStringLiteral("SELECT id FROM runs WHERE id = ?"));
        query.addBindValue(id);
    } else {
        query.prepare(QStringLiteral("SELECT MAX(id) FROM runs WHERE label = ?"));
        query.addBindValue(idOrLabel);
    }
    if (!query.exec()) {
        *error = tr("history store %1: %2").arg(m_name, errorText(query.lastError()));
        return false;
    }
    if (query.next() && !query.value(0).isNull())
        *runId = query.value(0).toLongLong();
    return true;
}

bool HistoryStore::connected(QString *error)
{
    QString cause;
    if (d->ensureConnected(&cause))
        return true;
    *error = tr("history store %1: %2").arg(m_name, cause);
    return false;
}

bool HistoryStore::loadRun(qint64 runId, DatasetPtr *dataset, QString *error, const HistoryGroupFilter &only)
{
    QString cause;
    if (!connected(error))
        return false;
    if (!readRun(d->db(), runId, only, dataset, &cause)) {
        *error = tr("history store %1: %2").arg(m_name, cause);
        return false;
    }
    return true;
}

bool HistoryStore::groupTimes(const std::vector<HistoryTrendGroup> &groups,
                              std::vector<std::map<qint64, std::vector<double>>> *times, QString *error)
{
    if (!connected(error))
        return false;
    QSqlQuery query(d->db());
    query.setForwardOnly(true);
    // One statement, prepared once: the rows of a group are found through group_times_by_group.
    if (!query.prepare(QStringLiteral("SELECT run_id, times FROM group_times WHERE model = ? AND method = ? AND hardware = ?"))) {
        *error = tr("history store %1: %2").arg(m_name, errorText(query.lastError()));
        return false;
    }
    times->assign(groups.size(), {});
    for (std::size_t i = 0; i < groups.size(); ++i) {
        query.bindValue(0, groups[i].model);
        query.bindValue(1, groups[i].method);
        query.bindValue(2, groups[i].hardware);
        if (!query.exec()) {
            *error = tr("history store %1: %2").arg(m_name, errorText(query.lastError()));
            return false;
        }
        while (query.next())
            (*times)[i][query.value(0).toLongLong()] = HistorySchema::unpackTimes(query.value(1).toByteArray());
    }
    return true;
}

bool HistoryStore::fillGroupTimes(QString *error)
{
    // Each run is read back as `history check` reads it and its groups' times stored:
    // the same numbers its add would have stored.
    QSqlDatabase database = d->db();
    std::vector<qint64> ids;
    {
        QSqlQuery query(database);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT id FROM runs ORDER BY id"))) {
            *error = errorText(query.lastError());
            return false;
        }
        while (query.next())
            ids.push_back(query.value(0).toLongLong());
    }
    for (qint64 id : ids) {
        DatasetPtr dataset;
        if (!readRun(database, id, {}, &dataset, error))
            return false;
        SqlBatchInsert rows(database, "group_times", 5);
        for (std::size_t i = 0; i < dataset->groups().size(); ++i) {
            const GroupStats &g = dataset->groups()[i];
            if (!rows.add({id, dataset->models()[g.model], dataset->methods()[g.method], dataset->hardware()[g.hardware],
                           HistorySchema::packTimes(dataset->groupTimes(i))},
                          error))
                return false;
        }
        if (!rows.flush(error))
            return false;
    }
    return true;
}

bool HistoryStore::remove(qint64 runId, QString *error)
{
    QString cause;
    auto fail = [&] {
        *error = tr("history store %1: could not remove run %2, nothing was changed: %3")
                     .arg(m_name, QString::number(runId), cause);
        return false;
    };
    if (!d->ensureConnected(&cause) || !d->begin(&cause))
        return fail();
    QSqlQuery query(d->db());
    query.prepare(QStringLiteral("DELETE FROM runs WHERE id = ?"));
    query.addBindValue(runId);
    if (!query.exec()) {
        cause = errorText(query.lastError());
        d->rollback();
        return fail();
    }
    if (query.numRowsAffected() != 1) {
        d->rollback();
        cause = tr("there is no such run");
        return fail();
    }
    for (const QString &table : HistorySchema::runTables()) {
        query.prepare(QStringLiteral("DELETE FROM %1 WHERE run_id = ?").arg(table));
        query.addBindValue(runId);
        if (!query.exec()) {
            cause = errorText(query.lastError());
            d->rollback();
            return fail();
        }
    }
    if (!d->commit(&cause)) {
        d->rollback();
        return fail();
    }
    return true;
}
