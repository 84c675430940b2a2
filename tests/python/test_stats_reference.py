"""The statistics reference values in tests/data/stats_reference.json, recomputed with
SciPy/NumPy.

The C++ tests (tests/core/tst_stats_*.cpp) check Runlens' statistics against the
`expected` numbers in that JSON file; this test recomputes every one of them
independently with SciPy, so the constants cannot drift from what SciPy says. Each case
names the exact call in its `computed_with` field.

Run:      cd tests/python && /usr/bin/python3 -m unittest -v test_stats_reference
Add a case: put its inputs into the JSON, then
          /usr/bin/python3 test_stats_reference.py --write
and review the diff (it rewrites every `expected` block from SciPy).
"""

import json
import math
import os
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
REFERENCE = os.path.normpath(os.path.join(HERE, "..", "data", "stats_reference.json"))

try:
    import numpy
    import scipy.stats
    HAVE_SCIPY = True
except ImportError:  # the C++ tests still use the stored numbers
    HAVE_SCIPY = False


def descriptive(case):
    v = numpy.asarray(case["values"], dtype=float)
    mean = float(numpy.mean(v))
    low, high = scipy.stats.t.interval(case["confidence"], len(v) - 1, loc=mean, scale=scipy.stats.sem(v))
    return {"mean": mean, "stddev": float(numpy.std(v, ddof=1)), "ci_low": float(low), "ci_high": float(high)}


def finite(values):
    """The values as floats with NaN (stored as null: JSON has no NaN) left out, as
    scipy's nan_policy="omit" and Runlens' DescriptiveStats do."""
    v = numpy.asarray([math.nan if x is None else x for x in values], dtype=float)
    return v[numpy.isfinite(v)]


def welch(case):
    a = finite(case["a"])
    b = finite(case["b"])
    result = scipy.stats.ttest_ind(b, a, equal_var=False)
    va, vb = numpy.var(a, ddof=1) / len(a), numpy.var(b, ddof=1) / len(b)
    df = (va + vb) ** 2 / (va ** 2 / (len(a) - 1) + vb ** 2 / (len(b) - 1))
    return {"t": float(result.statistic), "df": float(df), "p": float(result.pvalue)}


def pearson(case):
    r, p = scipy.stats.pearsonr(case["x"], case["y"])
    return {"r": float(r), "p": float(p)}


def spearman(case):
    r, p = scipy.stats.spearmanr(case["x"], case["y"])
    return {"r": float(r), "p": float(p)}


def ranks(case):
    return {"ranks": [float(r) for r in scipy.stats.rankdata(case["values"], method="average")]}


def correlation_ratio(case):
    y = numpy.asarray(case["y"], dtype=float)
    cats = numpy.asarray(case["category"])
    groups = [y[cats == c] for c in sorted(set(case["category"]))]
    total = float(numpy.sum((y - y.mean()) ** 2))
    within = float(sum(numpy.sum((g - g.mean()) ** 2) for g in groups))
    return {"eta": math.sqrt((total - within) / total), "p": float(scipy.stats.f_oneway(*groups).pvalue)}


def linear_fit(case):
    fit = scipy.stats.linregress(case["x"], case["y"])
    return {"slope": float(fit.slope), "intercept": float(fit.intercept), "r2": float(fit.rvalue ** 2)}


def ridge(case):
    x = numpy.asarray(case["columns"], dtype=float).T          # n × p
    y = numpy.asarray(case["y"], dtype=float)
    lam = case["lambda"]
    mean, scale = x.mean(axis=0), x.std(axis=0, ddof=0)
    z = (x - mean) / scale

    def solve(zz, yy):
        return numpy.linalg.solve(zz.T @ zz + lam * numpy.eye(zz.shape[1]), zz.T @ (yy - yy.mean()))

    beta = solve(z, y)
    fitted = y.mean() + z @ beta
    # Leave-one-out by refitting n times (standardisation fixed on all rows): checks the
    # hat-matrix shortcut the C++ code uses.
    errors = []
    for i in range(len(y)):
        keep = numpy.arange(len(y)) != i
        zk, yk = z[keep], y[keep]
        zc = zk - zk.mean(axis=0)
        b = numpy.linalg.solve(zc.T @ zc + lam * numpy.eye(z.shape[1]), zc.T @ (yk - yk.mean()))
        pred = yk.mean() + (z[i] - zk.mean(axis=0)) @ b
        errors.append((y[i] - pred) ** 2)
    return {"intercept": float(y.mean()), "coefficients": [float(c) for c in beta],
            "fitted": [float(f) for f in fitted], "loo_mse": float(numpy.mean(errors))}


COMPUTE = {
    "descriptive": descriptive, "welch": welch, "pearson": pearson, "spearman": spearman,
    "ranks": ranks, "correlation_ratio": correlation_ratio, "linear_fit": linear_fit, "ridge": ridge,
}


def load():
    with open(REFERENCE, encoding="utf-8") as handle:
        return json.load(handle)


def close(a, b, rel):
    if isinstance(a, list):
        return len(a) == len(b) and all(close(x, y, rel) for x, y in zip(a, b))
    return math.isclose(a, b, rel_tol=rel, abs_tol=1e-14)


@unittest.skipUnless(HAVE_SCIPY, "SciPy/NumPy not importable (apt-get install python3-scipy)")
class StatsReferenceTest(unittest.TestCase):

    def test_every_section_has_cases(self):
        data = load()
        for section in COMPUTE:
            self.assertTrue(data[section], section)

    def test_expected_values_match_scipy(self):
        data = load()
        rel = data["relative_tolerance"]
        for section, compute in COMPUTE.items():
            for case in data[section]:
                with self.subTest(section=section, case=case["name"]):
                    recomputed = compute(case)
                    self.assertEqual(sorted(recomputed), sorted(case["expected"]))
                    for key, value in recomputed.items():
                        self.assertTrue(close(case["expected"][key], value, rel),
                                        f"{key}: stored {case['expected'][key]!r}, scipy {value!r}")


def write():
    data = load()
    for section, compute in COMPUTE.items():
        for case in data[section]:
            case["expected"] = compute(case)
    with open(REFERENCE, "w", encoding="utf-8") as handle:
        json.dump(data, handle, indent=1)
        handle.write("\n")


if __name__ == "__main__":
    if sys.argv[1:] == ["--write"]:
        write()
    else:
        unittest.main()
