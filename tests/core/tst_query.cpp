// The query language in the C++ core (runlens::Query).
//
// Most checks come from tests/data/query_cases.json, which the Python client runs too
// (tests/python/test_query.py), so the two implementations give the same answers.

#include "runlens/model/ParamValue.h"
#include "runlens/query/Query.h"
#include "runlens/model/RunRecord.h"

#include <nlohmann/json.hpp>

#include <QElapsedTimer>
#include <QStringList>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <limits>
#include <string>
#include <thread>
#include <vector>

using namespace runlens;
using nlohmann::json;

namespace {

std::string casesPath()
{
    if (const char* dir = std::getenv("RUNLENS_SOURCE_DIR"); dir && *dir)
        return std::string(dir) + "/tests/data/query_cases.json";
    // Run by hand without CTest's environment: the file sits next to this source.
    std::string here = __FILE__;
    return here.substr(0, here.rfind('/')) + "/../data/query_cases.json";
}

// JSON has no NaN or infinities; the cases file spells them as strings.
double jsonNumber(const json& value)
{
    if (value.is_string()) {
        const auto& text = value.get_ref<const std::string&>();
        if (text == "NaN")
            return std::numeric_limits<double>::quiet_NaN();
        if (text == "Infinity")
            return std::numeric_limits<double>::infinity();
        if (text == "-Infinity")
            return -std::numeric_limits<double>::infinity();
        throw std::runtime_error("not a number in the cases file: " + text);
    }
    return value.get<double>();
}

ParamValue jsonParam(const json& value)
{
    if (value.is_boolean())
        return ParamValue(value.get<bool>());
    if (value.is_number_integer())
        return ParamValue(value.get<std::int64_t>());
    if (value.is_number_float())
        return ParamValue(value.get<double>());
    return ParamValue(value.get<std::string>());
}

SeriesSummary summary(const std::string& key, const std::string& slice, double last)
{
    SeriesSummary s;
    s.key = key;
    s.slice = slice;
    s.count = 1;
    s.lastValue = last;
    return s;
}

RunRecord makeRecord(const json& run)
{
    RunRecord r;
    r.uuid = run.at("id").get<std::string>();
    r.name = run.at("name").get<std::string>();
    r.experiment = run.at("experiment").get<std::string>();
    r.status = parseRunStatus(run.at("status").get<std::string>()).value();
    for (const auto& [key, value] : run.at("params").items())
        r.params.emplace(key, jsonParam(value));
    for (const auto& [key, value] : run.at("tags").items())
        r.tags.emplace(key, value.get<std::string>());
    for (const auto& [key, value] : run.at("metrics").items())
        r.series.push_back(summary(key, "", jsonNumber(value)));
    if (run.contains("sliced_metrics")) {
        for (const auto& [key, slices] : run.at("sliced_metrics").items()) {
            for (const auto& [slice, value] : slices.items())
                r.series.push_back(summary(key, slice, jsonNumber(value)));
        }
    }
    return r;
}

QString joined(std::vector<std::string> names)
{
    std::sort(names.begin(), names.end());
    QStringList list;
    for (const auto& n : names)
        list << QString::fromStdString(n);
    return list.join(QStringLiteral(", "));
}

RunRecord syntheticRun(int i)
{
    RunRecord r;
    r.name = "run-" + std::to_string(i);
    r.uuid = std::to_string(100000 + i);
    r.experiment = i % 2 ? "cifar" : "digits";
    r.status = i % 7 ? RunStatus::Finished : RunStatus::Failed;
    r.params["lr"] = std::pow(10.0, -(i % 5));
    r.params["i"] = i;
    r.params["optimizer"] = i % 4 ? "adam" : "sgd";
    r.tags["team"] = i % 3 == 0 ? "vision" : "nlp";
    r.series.push_back(summary("acc", "", (i % 100) / 100.0));
    r.series.push_back(summary("loss", "", 1.0 / (1 + i)));
    return r;
}

} // namespace

class TestQuery : public QObject {
    Q_OBJECT

private:
    json m_data;
    std::vector<RunRecord> m_runs;

private slots:
    void initTestCase();
    void sharedCases_data();
    void sharedCases();
    void numberFormats();
    void errorMessageText();
    void positionsCountBytes();
    void emptyQuery();
    void copiesShareTheParsedQuery();
    void fieldsUsed();
    void nanIsNoValue();
    void regexOnLongText();
    void regexIsLinearOnHostileText();
    void nestingLimit();
    void filter10000Runs();
    void concurrentMatches();
};

void TestQuery::initTestCase()
{
    std::ifstream in(casesPath());
    QVERIFY2(in, ("cannot open " + casesPath()).c_str());
    m_data = json::parse(in);
    for (const auto& run : m_data.at("runs"))
        m_runs.push_back(makeRecord(run));
    QVERIFY(m_data.at("cases").size() >= 60);
}

void TestQuery::sharedCases_data()
{
    QTest::addColumn<int>("index");
    const auto& cases = m_data.at("cases");
    for (int i = 0; i < static_cast<int>(cases.size()); ++i)
        QTest::addRow("%d: %s", i, cases[i].at("query").get<std::string>().c_str()) << i;
}

void TestQuery::sharedCases()
{
    QFETCH(int, index);
    const json& c = m_data.at("cases")[index];
    const auto text = c.at("query").get<std::string>();
    if (c.contains("error_at")) {
        try {
            Query::parse(text);
            QFAIL("no QueryError");
        } catch (const QueryError& e) {
            QCOMPARE(e.position(), c.at("error_at").get<std::size_t>());
            const auto expected = c.at("error_contains").get<std::string>();
            QVERIFY2(e.message().find(expected) != std::string::npos,
                     ("message: " + e.message() + "\nexpected to contain: " + expected).c_str());
        }
        return;
    }
    const Query query = Query::parse(text);
    std::vector<std::string> got;
    for (const auto& run : m_runs) {
        if (query.matches(run))
            got.push_back(run.name);
    }
    QCOMPARE(joined(got), joined(c.at("match").get<std::vector<std::string>>()));
}

// The text that ~ searches for numbers must be the same in both clients.
void TestQuery::numberFormats()
{
    for (const auto& pair : m_data.at("number_formats"))
        QCOMPARE(QString::fromStdString(formatNumber(pair[0].get<double>())),
                 QString::fromStdString(pair[1].get<std::string>()));
}

void TestQuery::errorMessageText()
{
    try {
        Query::parse("params.lr 0.01");
        QFAIL("no QueryError");
    } catch (const QueryError& e) {
        QCOMPARE(e.position(), std::size_t(10));
        QCOMPARE(QString::fromStdString(e.message()),
                 QStringLiteral("expected an operator (=, !=, <, <=, >, >=, ~) after 'params.lr', "
                                "found '0.01'"));
        QCOMPARE(e.column(), std::size_t(11));
        QCOMPARE(QString::fromUtf8(e.what()), QString::fromStdString(e.message()) + " (at column 11)");
        QCOMPARE(e.code(), QueryError::Code::ExpectedOperator);
        QCOMPARE(e.args(), (std::vector<std::string>{"params.lr", "0.01"}));
    }
}

void TestQuery::positionsCountBytes()
{
    const std::string text = "name = 'é€' and foo = 1";
    try {
        Query::parse(text);
        QFAIL("no QueryError");
    } catch (const QueryError& e) {
        QCOMPARE(e.position(), text.find("foo"));
        QCOMPARE(e.position(), std::size_t(19)); // é is 2 bytes, € is 3
        QCOMPARE(e.column(), std::size_t(17));   // but one character each, as Python counts
    }
    // Invalid UTF-8 is just bytes of a word or string: no crash, a normal answer.
    RunRecord r;
    r.name = "\xff\xfe";
    QVERIFY(Query::parse("name = '\xff\xfe'").matches(r));
    QVERIFY(Query::parse("name = \xff\xfe").matches(r));
}

void TestQuery::emptyQuery()
{
    RunRecord r;
    QVERIFY(Query().isEmpty());
    QVERIFY(Query().matches(r));
    for (const char* text : {"", "   ", "\n\t "}) {
        const Query q = Query::parse(text);
        QVERIFY(q.isEmpty());
        QVERIFY(q.matches(r));
        QVERIFY(q.fieldsUsed().empty());
    }
    QVERIFY(!Query::parse("name = x").isEmpty());
}

void TestQuery::copiesShareTheParsedQuery()
{
    RunRecord adam;
    adam.params["optimizer"] = "adam";
    RunRecord sgd;
    sgd.params["optimizer"] = "sgd";

    Query copy;
    {
        const Query original = Query::parse("params.optimizer ~ '^AD'");
        copy = original;
        const Query copied(original);
        QCOMPARE(copied.text(), original.text());
    } // the original is gone; the copy still owns the tree and its compiled regex
    QVERIFY(copy.matches(adam));
    QVERIFY(!copy.matches(sgd));
    QCOMPARE(QString::fromStdString(copy.text()), QStringLiteral("params.optimizer ~ '^AD'"));

    Query moved = std::move(copy);
    QVERIFY(moved.matches(adam));
    moved = Query();
    QVERIFY(moved.matches(sgd));
}

void TestQuery::fieldsUsed()
{
    const Query q = Query::parse("params.lr < 1 and (metrics.`val acc` > 0 or params.lr > 2) "
                                 "and not Status = failed and metrics.`a``b` = 1 and tags.t ~ x");
    const std::vector<std::string> expected{"params.lr", "metrics.`val acc`", "status",
                                            "metrics.`a``b`", "tags.t"};
    QVERIFY(q.fieldsUsed() == expected);
}

void TestQuery::nanIsNoValue()
{
    RunRecord r;
    r.params["x"] = std::numeric_limits<double>::quiet_NaN();
    r.series.push_back(summary("m", "", std::numeric_limits<double>::quiet_NaN()));
    for (const char* text : {"params.x = nan", "params.x > 0", "params.x != 0", "params.x ~ ''",
                             "metrics.m ~ nan", "metrics.m != 0"})
        QVERIFY2(!Query::parse(text).matches(r), text);
    QVERIFY(Query::parse("not metrics.m = 0").matches(r));
    QVERIFY(Query::parse("not params.x = 0").matches(r));
}

// std::regex recurses per character by default; a long tag must not overflow the stack.
void TestQuery::regexOnLongText()
{
    RunRecord r;
    r.tags["log"] = std::string(1'000'000, 'a') + "b";
    QVERIFY(Query::parse("tags.log ~ 'a.*b$'").matches(r));
    QVERIFY(Query::parse("tags.log ~ '(a|c)+B'").matches(r));
    QVERIFY(Query::parse("tags.log ~ AAB").matches(r));
    QVERIFY(!Query::parse("tags.log ~ 'ba'").matches(r));
}

// A tag may hold 8 MiB. std::regex took 50 s for `a.*b` on 30 kB (quadratic); the
// engine is linear, so a full-size tag with patterns that defeat backtracking or
// quadratic search finishes (the test would hang before the fix), with the right answers.
void TestQuery::regexIsLinearOnHostileText()
{
    RunRecord r;
    r.tags["t"] = std::string(8 << 20, 'a');
    QVERIFY(!Query::parse("tags.t ~ 'a.*b'").matches(r));
    QVERIFY(!Query::parse("tags.t ~ '(a+)+$b'").matches(r));
    QVERIFY(!Query::parse("tags.t ~ '(a|aa)*c'").matches(r));
    QVERIFY(Query::parse("tags.t ~ '^(a?){30}a{30}'").matches(r));
    QVERIFY(Query::parse("tags.t ~ 'a{100}$'").matches(r));
    r.tags["t"].back() = 'b';
    QVERIFY(Query::parse("tags.t ~ '^A.*B$'").matches(r));
    QVERIFY(Query::parse("tags.t ~ 'a\\b'").matches(r) == false); // a..b: no boundary between a and b
    QVERIFY(Query::parse("tags.t ~ '\\Bb$'").matches(r));
}

void TestQuery::nestingLimit()
{
    RunRecord r;
    r.name = "x";
    std::string deep = std::string(100, '(') + "name = x" + std::string(100, ')');
    QVERIFY(Query::parse(deep).matches(r));
    std::string nots;
    for (int i = 0; i < 100; ++i)
        nots += "not ";
    QVERIFY(Query::parse(nots + "name = x").matches(r)); // an even number of nots
    QVERIFY_THROWS_EXCEPTION(QueryError, Query::parse("(" + deep + ")"));
}

void TestQuery::filter10000Runs()
{
    std::vector<RunRecord> runs;
    for (int i = 0; i < 10'000; ++i)
        runs.push_back(syntheticRun(i));
    const Query q = Query::parse("params.lr <= 0.01 and (tags.team ~ VIS or metrics.acc > 0.9) "
                                 "and not name ~ '7$' and status = finished");
    int expected = 0;
    for (int i = 0; i < 10'000; ++i) {
        const bool lr = i % 5 >= 2;
        const bool team = i % 3 == 0 || (i % 100) / 100.0 > 0.9;
        if (lr && team && i % 10 != 7 && i % 7 != 0)
            ++expected;
    }
    qint64 best = std::numeric_limits<qint64>::max();
    for (int round = 0; round < 3; ++round) {
        QElapsedTimer timer;
        timer.start();
        const auto got = std::count_if(runs.begin(), runs.end(),
                                       [&](const RunRecord& r) { return q.matches(r); });
        best = std::min(best, timer.nsecsElapsed());
        QCOMPARE(static_cast<int>(got), expected);
    }
    qInfo("filtered 10000 runs in %.2f ms", best / 1e6);
#if defined(NDEBUG) && !defined(__SANITIZE_ADDRESS__)
    QVERIFY2(best < 20'000'000, "filtering 10000 runs must take under 20 ms");
#endif
}

void TestQuery::concurrentMatches()
{
    std::vector<RunRecord> runs;
    for (int i = 0; i < 1000; ++i)
        runs.push_back(syntheticRun(i));
    const Query q = Query::parse("params.optimizer ~ '^s.d$' or metrics.loss < 0.01");
    const auto expected = std::count_if(runs.begin(), runs.end(),
                                        [&](const RunRecord& r) { return q.matches(r); });
    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            const Query mine = t % 2 ? q : Query(q); // shared and copied alike
            for (int round = 0; round < 20; ++round) {
                const auto got = std::count_if(runs.begin(), runs.end(),
                                               [&](const RunRecord& r) { return mine.matches(r); });
                if (got != expected)
                    ++failures;
            }
        });
    }
    for (auto& thread : threads)
        thread.join();
    QCOMPARE(failures.load(), 0);
}

QTEST_APPLESS_MAIN(TestQuery)
#include "tst_query.moc"
