// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #11, round 2, in the core: numbers that came out silently wrong
// (family 8), secrets in locations and headers (family 5), and the insights
// over many groups (family 2). Every expected value is worked out by hand.
#include "bytebuffer.h"
#include "dataset.h"
#include "format.h"
#include "sourcespec.h"
#include "summary.h"
#include "timingparser.h"

#include <QFile>
#include <QUrl>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>

using namespace Qt::StringLiterals;

namespace {

SourceDataPtr parse(const QByteArray &json)
{
    auto data = std::make_shared<SourceData>();
    data->name = u"t.json"_s;
    QString error;
    if (!parseTimingData(ByteBuffer::fromBytes(json), data->name, ParseContext(), *data, &error))
        qWarning("%s", qPrintable(error));
    data->finalize();
    return data;
}

QByteArray row(const QByteArray &fields)
{
    return R"({"model": "M", "method": "X", "gpu_info": "G", )" + fields + "}";
}

QByteArray doc(const QList<QByteArray> &rows)
{
    QByteArray out = R"({"prompt_timing": [)";
    for (qsizetype i = 0; i < rows.size(); ++i)
        out += (i ? ",\n" : "\n") + rows[i];
    return out + "]}";
}

std::uint32_t intern(SourceData &s, const QByteArray &text)
{
    return s.strings.intern(std::string_view(text.constData(), std::size_t(text.size())));
}

void addPrompt(SourceData &s, const QByteArray &model, const QByteArray &method, double time, bool success)
{
    s.prompts.append(intern(s, model), intern(s, method), intern(s, "GPU"), 0, time, 10, 0, kMissing, success, "p",
                     "p", std::int64_t(s.prompts.size() + 1));
}

QByteArray name(const char *prefix, int i)
{
    return prefix + QByteArray::number(i).rightJustified(2, '0');
}

} // namespace

class TestHostileValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void negativeTokenCountsSkipTheRow();
    void timeAndTokenLimits();
    void overflowingRateIsMissing();
    void nonFiniteIsNeverFormatted();
    void csvPairOfTheSameTableRefused();
    void redactedLocation_data();
    void redactedLocation();
    void remoteSourceNamedWithoutSecrets();
    void headerProblem_data();
    void headerProblem();
    void insightsOverManyGroups();
    void compatibilityListsAreCapped();
    void moreMethodsThanTheOldGroupKeyHeld();
};

void TestHostileValues::negativeTokenCountsSkipTheRow()
{
    const SourceDataPtr s = parse(doc({row(R"("time": 1, "tokens": -5)"), row(R"("time": 1, "token_count": -1)"),
                                       row(R"("time": 1, "output_token_count": -2)"),
                                       row(R"("time": 1, "tokens_per_second": -3)"),
                                       row(R"("time": 2, "tokens": 0, "tokens_per_second": 0)")}));
    QCOMPARE(s->prompts.size(), std::size_t(1));
    QCOMPARE(s->prompts.time[0], 2.0);
    QCOMPARE(s->skippedRows, 4);
    QCOMPARE(s->warnings.size(), 4);
    QVERIFY2(s->warnings[0].startsWith(u"t.json: prompt_timing[0] (record 1, byte 20), field \"tokens\": "
                                       "negative token count -5; row skipped"_s),
             qPrintable(s->warnings[0]));
    QVERIFY(s->warnings[1].endsWith(u"field \"token_count\": negative token count -1; row skipped"_s));
    QVERIFY(s->warnings[2].endsWith(u"field \"output_token_count\": negative token count -2; row skipped"_s));
    QVERIFY(s->warnings[3].endsWith(u"field \"tokens_per_second\": negative tokens per second -3; row skipped"_s));
}

void TestHostileValues::timeAndTokenLimits()
{
    // At the limits: kept. Just over: skipped. 1e9 s is 31.7 years.
    const SourceDataPtr s = parse(doc({row(R"("time": 1e9, "tokens": 1e12)"), row(R"("time": 1000000001)"),
                                       row(R"("time": 1, "tokens": 1.5e12)"),
                                       row(R"("time": 1, "tokens_per_second": 2e12)")}));
    QCOMPARE(s->prompts.size(), std::size_t(1));
    QCOMPARE(s->prompts.time[0], 1e9);
    QCOMPARE(s->prompts.tokens[0], 1e12);
    QCOMPARE(s->skippedRows, 3);
    QVERIFY2(s->warnings[0].endsWith(
                 u"field \"time\": time 1000000001 s is over the limit of 1e+09 s (about 31 years); row skipped"_s),
             qPrintable(s->warnings[0]));
    QVERIFY(s->warnings[1].endsWith(u"field \"tokens\": token count 1.5e+12 is over the limit of 1e+12; row skipped"_s));
    QVERIFY(s->warnings[2].endsWith(
        u"field \"tokens_per_second\": 2e+12 tokens per second is over the limit of 1e+12; row skipped"_s));

    // Method rows keep the row and drop the value.
    const SourceDataPtr m = parse(R"({"method_timing": [{"model": "M", "method": "X", "average_time": 1e308,
        "min_time": 2e9, "model_loading_time": 5, "tokens_per_second": -1}]})");
    QCOMPARE(m->methods.size(), std::size_t(1));
    QVERIFY(std::isnan(m->methods[0].averageTime));
    QVERIFY(std::isnan(m->methods[0].minTime));
    QVERIFY(std::isnan(m->methods[0].tokensPerSecond));
    QCOMPARE(m->methods[0].modelLoadingTime, 5.0);
    QCOMPARE(m->skippedRows, 0);
    QCOMPARE(m->warnings.size(), 3);
}

void TestHostileValues::overflowingRateIsMissing()
{
    // 1e9 tokens in 1e-300 s: both finite and in range, the quotient 1e309 is not.
    // The other row: 20 tokens in 4 s = 5 tok/s, so the mean rate is 5, not inf.
    const SourceDataPtr s =
        parse(doc({row(R"("time": 1e-300, "tokens": 1e9)"), row(R"("time": 4, "tokens": 20)")}));
    const DatasetPtr d = Dataset::build({s});
    QCOMPARE(d->groups().size(), std::size_t(1));
    const GroupStats &g = d->groups()[0];
    QCOMPARE(g.timedCount, 2);
    QCOMPARE(g.rateCount, 1);
    QCOMPARE(g.meanTokensPerSecond, 5.0);
    QCOMPARE(g.meanTime, 2.0); // (1e-300 + 4) / 2
}

void TestHostileValues::nonFiniteIsNeverFormatted()
{
    const double inf = std::numeric_limits<double>::infinity();
    const QString dash = u"—"_s;
    QCOMPARE(Format::seconds(inf), dash);
    QCOMPARE(Format::seconds(-inf), dash);
    QCOMPARE(Format::tokensPerSecond(inf), dash);
    QCOMPARE(Format::ratio(inf), dash);
    QCOMPARE(Format::percent(inf), dash);
    QCOMPARE(Format::seconds(2.5), u"2.500 s"_s);
}

void TestHostileValues::csvPairOfTheSameTableRefused()
{
    QTemporaryDir dir;
    const QByteArray method = "model,attribution_method,successful_prompts,total_prompts,average_prompt_time,gpu_info\n"
                              "GPT-2,saliency,2,2,1.0,T4\n";
    const QByteArray prompt = "model,attribution_method,prompt_id,token_count,attribution_time,success,gpu_info\n"
                              "GPT-2,saliency,p1,10,1.5,True,T4\n";
    const auto write = [&](const QString &file, const QByteArray &content) {
        QFile f(dir.filePath(file));
        return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
    };
    QVERIFY(write(u"a_method_timing_results.csv"_s, method));
    QVERIFY(write(u"a_prompt_timing_results.csv"_s, method)); // the bug: a method table under the prompt name
    QVERIFY(write(u"b_method_timing_results.csv"_s, method));
    QVERIFY(write(u"b_prompt_timing_results.csv"_s, prompt));

    const QString a = dir.filePath(u"a_method_timing_results.csv"_s);
    const QList<SourceSpec> specs = planSources({a, dir.filePath(u"b_prompt_timing_results.csv"_s)});
    QCOMPARE(specs.size(), 2);
    QCOMPARE(specs[0].kind, SourceSpec::Kind::Invalid);
    QCOMPARE(specs[0].error, a + u": this file and its partner "_s + dir.filePath(u"a_prompt_timing_results.csv"_s)
                                 + u" both hold a method table (by their CSV headers); its rows would count twice, "
                                   "so the pair is not loaded"_s);
    // A proper pair is still one source of two files, the method table first.
    QCOMPARE(specs[1].kind, SourceSpec::Kind::Local);
    QCOMPARE(specs[1].paths, (QStringList{dir.filePath(u"b_method_timing_results.csv"_s),
                                          dir.filePath(u"b_prompt_timing_results.csv"_s)}));
}

void TestHostileValues::redactedLocation_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<bool>("markQuery");
    QTest::addColumn<QString>("expected");
    QTest::newRow("user, password, query, fragment")
        << u"http://user:pw@host/performance/timing?token=abc#frag"_s << true << u"http://host/performance/timing?…"_s;
    QTest::newRow("stored: no mark") << u"https://user:pw@host:8443/t?token=abc"_s << false << u"https://host:8443/t"_s;
    QTest::newRow("nothing secret") << u"https://host:8443/a/b.json"_s << true << u"https://host:8443/a/b.json"_s;
    QTest::newRow("user only") << u"https://token@host/t"_s << true << u"https://host/t"_s;
    QTest::newRow("other scheme") << u"ftp://u:p@host/x"_s << true << u"ftp://host/x"_s;
    QTest::newRow("local path") << u"/data/run?1.json"_s << true << u"/data/run?1.json"_s;
    QTest::newRow("file URL") << u"file:///data/a.json"_s << true << u"file:///data/a.json"_s;
    // Not a valid URL (a '/' in the password ends the authority early): still cut by hand.
    QTest::newRow("invalid URL") << u"http://us er:p/w@ho st/x?t=1"_s << true << u"http://ho st/x?…"_s;
}

void TestHostileValues::redactedLocation()
{
    QFETCH(QString, location);
    QFETCH(bool, markQuery);
    QFETCH(QString, expected);
    QCOMPARE(::redactedLocation(location, markQuery), expected);
}

void TestHostileValues::remoteSourceNamedWithoutSecrets()
{
    const QString location = u"https://alice:pw@example.org/timing?token=xyz"_s;
    const QList<SourceSpec> specs = planSources({location, u"http://a:b@exa mple.org/?t=1"_s});
    QCOMPARE(specs.size(), 2);
    QCOMPARE(specs[0].kind, SourceSpec::Kind::Remote);
    QCOMPARE(specs[0].name, u"https://example.org/timing?…"_s);
    QCOMPARE(specs[0].url, QUrl(location)); // what is requested keeps them
    QCOMPARE(specs[1].kind, SourceSpec::Kind::Invalid);
    QVERIFY2(!specs[1].error.contains(u"a:b"_s) && !specs[1].error.contains(u"t=1"_s), qPrintable(specs[1].error));
}

void TestHostileValues::headerProblem_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("problem");
    QTest::newRow("fine") << QByteArray("Authorization") << QByteArray("Bearer abc") << QString();
    QTest::newRow("UTF-8 value") << QByteArray("X-Name") << QByteArray("Zoë") << QString();
    QTest::newRow("CR LF") << QByteArray("X-A") << QByteArray("b\r\nX-Evil: 1")
                           << u"header X-A: the value has a control character (byte 0x0d at 1); CR and LF would add "
                              "request headers"_s;
    QTest::newRow("NUL") << QByteArray("X-A") << QByteArray("b\0c", 3)
                         << u"header X-A: the value has a control character (byte 0x00 at 1); CR and LF would add "
                            "request headers"_s;
    QTest::newRow("tab") << QByteArray("X-A") << QByteArray("b\tc")
                         << u"header X-A: the value has a control character (byte 0x09 at 1); CR and LF would add "
                            "request headers"_s;
    QTest::newRow("LF in name") << QByteArray("X\nA") << QByteArray("b")
                                << u"header name has a control character (byte 0x0a at 1)"_s;
    QTest::newRow("colon in name") << QByteArray("X:A") << QByteArray("b")
                                   << u"header name 'X:A' is not a token (letters, digits, !#$%&'*+.^_`|~-)"_s;
    QTest::newRow("empty name") << QByteArray() << QByteArray("b")
                                << u"header name '' is not a token (letters, digits, !#$%&'*+.^_`|~-)"_s;
}

void TestHostileValues::headerProblem()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(QString, problem);
    QCOMPARE(::headerProblem(name, value), problem);
}

void TestHostileValues::insightsOverManyGroups()
{
    // 20000 models × 1 method, one prompt of 1 s each: every group has n = 1 < 5.
    constexpr int kModels = 20'000;
    auto s = std::make_shared<SourceData>();
    for (int i = 0; i < kModels; ++i)
        addPrompt(*s, "model-" + QByteArray::number(i).rightJustified(5, '0'), "x", 1.0, true);
    s->finalize();
    const DatasetPtr d = Dataset::build({s});
    std::vector<int> all(static_cast<std::size_t>(kModels));
    std::iota(all.begin(), all.end(), 0);
    const QList<Insight> insights = Insight::compute(*d, all);
    const auto it = std::find_if(insights.begin(), insights.end(), [](const Insight &i) { return i.kind == u"low_sample"_s; });
    QVERIFY(it != insights.end());
    QCOMPARE(it->numbers[u"groups"_s].toInt(), kModels);
    QCOMPARE(it->numbers[u"smallest_n"_s].toInt(), 1);
    // Each name once, in group order (= name order).
    QCOMPARE(it->models.size(), kModels);
    QCOMPARE(it->models.first(), u"model-00000"_s);
    QCOMPARE(it->models.last(), u"model-19999"_s);
    QCOMPARE(it->methods, QStringList{u"x"_s});
    QCOMPARE(it->hardware, QStringList{u"GPU"_s});
    QVERIFY(it->text.endsWith(u"; and 19995 more."_s));

    // best_overall: x is the only method, and a fastest of one says nothing: no card.
    const auto best = std::find_if(insights.begin(), insights.end(), [](const Insight &i) { return i.kind == u"best_overall"_s; });
    QVERIFY(best == insights.end());
}

void TestHostileValues::compatibilityListsAreCapped()
{
    // Method "bad" fails on 12 models, "worse" on 2 of them; "ok" succeeds everywhere.
    auto s = std::make_shared<SourceData>();
    for (int i = 0; i < 12; ++i) {
        addPrompt(*s, name("m", i), "bad", kMissing, false);
        addPrompt(*s, name("m", i), "ok", 1.0, true);
    }
    addPrompt(*s, name("m", 11), "worse", kMissing, false);
    addPrompt(*s, name("m", 3), "worse", kMissing, false);
    s->finalize();
    const DatasetPtr d = Dataset::build({s});
    std::vector<int> all(d->groups().size());
    std::iota(all.begin(), all.end(), 0);
    const QList<Insight> insights = Insight::compute(*d, all);
    const auto it = std::find_if(insights.begin(), insights.end(), [](const Insight &i) { return i.kind == u"compatibility"_s; });
    QVERIFY(it != insights.end());
    QCOMPARE(it->numbers[u"failed_groups"_s].toInt(), 14);
    QCOMPARE(it->numbers[u"methods"_s].toInt(), 2);
    QCOMPARE(it->methods, (QStringList{u"bad"_s, u"worse"_s}));
    // bad's models in name order, then the ones only worse adds (none here).
    QStringList models;
    for (int i = 0; i < 12; ++i)
        models << QString::fromLatin1(name("m", i));
    QCOMPARE(it->models, models);
    // A text names five, then the rest as a count; `models` has them all.
    QCOMPARE(it->text, u"No prompt succeeded for bad on m00, m01, m02, m03, m04 and 7 more; worse on m03, m11."_s);
}

// The group key packed 21 bits per dimension into one word: method 2^21 then
// read as model 1, method 0 (a model that does not exist). 2^21 + 1 methods,
// one model, one prompt each: 2^21 + 1 groups, the last one method 2^21.
void TestHostileValues::moreMethodsThanTheOldGroupKeyHeld()
{
    constexpr int kMethods = (1 << 21) + 1;
    auto s = std::make_shared<SourceData>();
    s->prompts.reserve(kMethods);
    for (int i = 0; i < kMethods; ++i)
        addPrompt(*s, "M", "x" + QByteArray::number(i).rightJustified(7, '0'), 2.0, true);
    s->finalize();
    const DatasetPtr d = Dataset::build({s});
    QCOMPARE(d->models().size(), 1);
    QCOMPARE(d->methods().size(), kMethods);
    QCOMPARE(d->groups().size(), std::size_t(kMethods));
    const GroupStats &last = d->groups().back();
    QCOMPARE(last.model, 0u);
    QCOMPARE(last.method, std::uint32_t(kMethods - 1));
    QCOMPARE(d->methods()[int(last.method)], u"x2097152"_s);
    QCOMPARE(last.prompts, 1);
    QCOMPARE(last.meanTime, 2.0);
    QCOMPARE(d->findGroup(0, std::uint32_t(kMethods - 1), 0), kMethods - 1);
}

QTEST_GUILESS_MAIN(TestHostileValues)
#include "tst_hostilevalues.moc"
