"""The query language in the Python client (runlens.query).

Most checks come from tests/data/query_cases.json, which the C++ core runs too
(tests/core/tst_query.cpp), so the two implementations give the same answers.
"""

import json
import math
import os
import threading
import time
import types
import unittest

from runlens import query as rq

CASES_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data",
                          "query_cases.json")
_SPECIAL_NUMBERS = {"NaN": math.nan, "Infinity": math.inf, "-Infinity": -math.inf}


def load_cases():
    with open(CASES_PATH, encoding="utf-8") as f:
        return json.load(f)


def make_record(run):
    """A duck-typed record as runlens.record.RunRecord would hold it. sliced_metrics are
    left out on purpose: a Python record holds overall metrics only."""
    metrics = {k: _SPECIAL_NUMBERS.get(v, v) for k, v in run["metrics"].items()}
    return types.SimpleNamespace(id=run["id"], name=run["name"], experiment=run["experiment"],
                                 status=run["status"], params=dict(run["params"]),
                                 tags=dict(run["tags"]), metrics=metrics)


class SharedCasesTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.data = load_cases()
        cls.records = [make_record(r) for r in cls.data["runs"]]

    def test_there_are_enough_cases(self):
        cases = self.data["cases"]
        self.assertGreaterEqual(len(cases), 60)
        self.assertGreaterEqual(sum("error_at" in c for c in cases), 10)

    def test_cases(self):
        for case in self.data["cases"]:
            with self.subTest(query=case["query"]):
                if "error_at" in case:
                    self.check_error(case)
                else:
                    query = rq.parse(case["query"])
                    got = sorted(r.name for r in self.records if query.matches(r))
                    self.assertEqual(got, sorted(case["match"]))

    def check_error(self, case):
        # Positions are code points here and bytes in C++: the file keeps error cases ASCII
        # up to the error so that both agree.
        self.assertTrue(case["query"][:case["error_at"] + 1].isascii(), "case must be ASCII")
        with self.assertRaises(rq.QueryError) as caught:
            rq.parse(case["query"])
        self.assertEqual(caught.exception.position, case["error_at"], caught.exception.message)
        self.assertIn(case["error_contains"], caught.exception.message)

    def test_number_formats(self):
        for value, text in self.data["number_formats"]:
            with self.subTest(value=value):
                self.assertEqual(rq.format_number(value), text)


class QueryApiTest(unittest.TestCase):
    def record(self, **kw):
        base = dict(id="0" * 32, name="r", experiment="Default", status="finished",
                    params={}, tags={}, metrics={})
        base.update(kw)
        return types.SimpleNamespace(**base)

    def test_error_message_and_str(self):
        with self.assertRaises(rq.QueryError) as caught:
            rq.parse("params.lr 0.01")
        e = caught.exception
        self.assertEqual(e.position, 10)
        self.assertEqual(e.message,
                         "expected an operator (=, !=, <, <=, >, >=, ~) after 'params.lr', "
                         "found '0.01'")
        self.assertEqual(e.column, 11)
        self.assertEqual(str(e), e.message + " (at column 11)")

    def test_position_counts_code_points(self):
        text = "name = 'é€' and foo = 1"
        with self.assertRaises(rq.QueryError) as caught:
            rq.parse(text)
        self.assertEqual(caught.exception.position, text.index("foo"))
        self.assertEqual(caught.exception.position, 16)
        self.assertEqual(caught.exception.column, 17)  # as the C++ core counts it from bytes

    def test_empty_query(self):
        for text in ("", "   ", "\n\t"):
            q = rq.parse(text)
            self.assertTrue(q.is_empty())
            self.assertTrue(q.matches(self.record()))
        self.assertFalse(rq.parse("name = r").is_empty())

    def test_fields_used(self):
        q = rq.parse("params.lr < 1 and (metrics.`val acc` > 0 or params.lr > 2) "
                     "and not Status = failed and metrics.`a``b` = 1 and tags.t ~ x")
        self.assertEqual(q.fields_used(),
                         ["params.lr", "metrics.`val acc`", "status", "metrics.`a``b`", "tags.t"])

    def test_record_types(self):
        # An enum status reads as its value; a bool param as true/false.
        import enum

        class Status(enum.Enum):
            FINISHED = "finished"

        r = self.record(status=Status.FINISHED, params={"flag": False, "n": 3})
        self.assertTrue(rq.parse("status = finished").matches(r))
        self.assertTrue(rq.parse("params.flag = false").matches(r))
        self.assertTrue(rq.parse("params.n = 3.0").matches(r))

    def test_nan_params_and_metrics(self):
        # NaN is no value at all: every comparison fails, so its negation holds.
        r = self.record(params={"x": math.nan}, metrics={"m": math.nan})
        for text in ("params.x = nan", "params.x > 0", "params.x != 0", "params.x ~ ''",
                     "metrics.m ~ nan", "metrics.m != 0"):
            self.assertFalse(rq.parse(text).matches(r), text)
        self.assertTrue(rq.parse("not metrics.m = 0").matches(r))
        self.assertTrue(rq.parse("not params.x = 0").matches(r))

    def test_long_text_regex(self):
        r = self.record(tags={"log": "a" * 1_000_000 + "b"})
        self.assertTrue(rq.parse("tags.log ~ 'a.*b$'").matches(r))

    def test_filter_10000_records(self):
        records = [self.record(name="run-%d" % i, params={"lr": 10.0 ** -(i % 5), "i": i},
                               tags={"team": "vision" if i % 3 == 0 else "nlp"},
                               metrics={"acc": (i % 100) / 100.0})
                   for i in range(10_000)]
        q = rq.parse("params.lr <= 0.01 and (tags.team ~ VIS or metrics.acc > 0.9) "
                     "and not name ~ '7$'")
        expected = sum(1 for i in range(10_000)
                       if i % 5 >= 2 and (i % 3 == 0 or (i % 100) / 100.0 > 0.9)
                       and not str(i).endswith("7"))
        start = time.perf_counter()
        got = sum(1 for r in records if q.matches(r))
        elapsed = time.perf_counter() - start
        self.assertEqual(got, expected)
        self.assertLess(elapsed, 2.0)

    def test_threads_share_a_query(self):
        q = rq.parse("params.i > 50 and name ~ '^run'")
        records = [self.record(name="run", params={"i": i}) for i in range(100)]
        results = []

        def work():
            results.append(sum(1 for _ in range(20) for r in records if q.matches(r)))

        threads = [threading.Thread(target=work) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(results, [49 * 20] * 4)


if __name__ == "__main__":
    unittest.main()
