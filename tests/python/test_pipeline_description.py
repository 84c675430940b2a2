"""The Python helper that describes a pipeline as the parent run's runlens.pipeline tag.

Run: cd tests/python && PYTHONPATH=../../client/python /usr/bin/python3 -m unittest -v test_pipeline_description
"""

import json
import os
import shutil
import sys
import tempfile
import unittest
from unittest import mock

HERE = os.path.dirname(os.path.abspath(__file__))
CLIENT = os.path.normpath(os.path.join(HERE, "..", "..", "client", "python"))
if CLIENT not in sys.path:
    sys.path.insert(0, CLIENT)

import runlens  # noqa: E402
from runlens.pipeline import PIPELINE_TAG, STEP_KINDS, describe_pipeline, pipeline_tag_value  # noqa: E402

STEPS = [
    {"name": "ingest", "kind": "data-source", "title": "Ingest raw data"},
    {"name": "validate", "after": ["ingest"]},
    {"name": "features", "kind": "feature-engineering", "after": ["validate"]},
    {"name": "train", "kind": "training", "after": ["features"]},
    {"name": "evaluate", "after": ["train", "features"]},
]

# What the C++ client (PipelineDescription::toJson) writes for the same steps.
EXPECTED = ('{"steps":[{"name":"ingest","kind":"data-source","after":[],"title":"Ingest raw data"},'
            '{"name":"validate","after":["ingest"]},'
            '{"name":"features","kind":"feature-engineering","after":["validate"]},'
            '{"name":"train","kind":"training","after":["features"]},'
            '{"name":"evaluate","after":["train","features"]}]}')


class DescribePipelineTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="runlens-pipeline-")
        self.path = os.path.join(self.dir, "store.db")
        patcher = mock.patch.dict(os.environ, {"RUNLENS_STORE": os.path.join(self.dir, "default.db")})
        patcher.start()
        self.addCleanup(patcher.stop)
        self.addCleanup(shutil.rmtree, self.dir, True)

    def tag_of(self, run_id):
        with runlens.Store(self.path) as store:
            return store.run(run_id).tags.get(PIPELINE_TAG)

    def test_sets_the_tag_on_the_parent_run(self):
        with runlens.start_run(store=self.path, name="nightly") as parent:
            value = describe_pipeline(parent, STEPS)
            with parent.child("train") as child:
                child.log_metric("loss", 0.5)
        self.assertEqual(value, EXPECTED)
        self.assertEqual(self.tag_of(parent.id), EXPECTED)
        self.assertEqual(json.loads(EXPECTED)["steps"][4]["after"], ["train", "features"])

    def test_describing_again_replaces_the_description(self):
        with runlens.start_run(store=self.path) as parent:
            describe_pipeline(parent, STEPS)
            describe_pipeline(parent, ["prepare", {"name": "fit", "after": "prepare"}])
        self.assertEqual(self.tag_of(parent.id),
                         '{"steps":[{"name":"prepare","after":[]},{"name":"fit","after":["prepare"]}]}')

    def test_unicode_is_kept(self):
        value = pipeline_tag_value([{"name": "träin", "title": "Träining 🚀\nGPU"}])
        self.assertEqual(value, '{"steps":[{"name":"träin","after":[],"title":"Träining 🚀\\nGPU"}]}')

    def test_bad_descriptions_raise_and_write_nothing(self):
        bad_inputs = [
            ([], "at least one step"),
            ([{"name": "a"}, {"name": "a"}], "duplicate step name"),
            ([{"name": "a", "kind": "robot"}], "is not one of"),
            ([{"name": "a", "after": ["b"]}], "steps[0].after[0]: no step named 'b'"),
            ([{"name": "a", "after": ["a"]}], "cannot come after itself"),
            ([{"name": "a", "after": ["c"]}, {"name": "b", "after": ["a"]}, {"name": "c", "after": ["b"]}], "cycle"),
            ([{"name": ""}], "must not be empty"),
            ([{"name": "a\nb"}], "control character"),
            ([{"name": 5}], "must be a string"),
            ([{"kind": "training"}], "needs a name"),
            ([{"name": "a", "after": 3}], "must be a list"),
            ([{"name": "a", "retries": 3}], "unknown field"),
            ([42], "must be a step name or a dict"),
            ([{"name": "a", "title": "x" * (64 * 1024 + 1)}], "longer than"),
            ([f"s{i}" for i in range(1001)], "at most 1000 steps"),
            (7, "must be a list"),
        ]
        with runlens.start_run(store=self.path) as parent:
            for steps, words in bad_inputs:
                with self.subTest(words=words):
                    with self.assertRaises(ValueError) as caught:
                        describe_pipeline(parent, steps)
                    self.assertIn(words, str(caught.exception))
        self.assertIsNone(self.tag_of(parent.id))

    def test_kinds_match_the_diagram_format(self):
        self.assertEqual(len(STEP_KINDS), 11)
        for kind in STEP_KINDS:
            self.assertIn(f'"kind":"{kind}"', pipeline_tag_value([{"name": "x", "kind": kind}]))


if __name__ == "__main__":
    unittest.main()
