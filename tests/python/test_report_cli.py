"""`runlens report` as a CI job meets it: no display, a PDF or HTML file that holds the
runs' names, params and metric values as text, exit codes (0 written, 1 the user's
mistake, 2 a store problem) with one-line messages, and never a half-written file."""

import os
import shutil
import subprocess
import tempfile
import unittest

import runlens

CLI = os.environ.get("RUNLENS_CLI")
POPPLER = all(shutil.which(t) for t in ("pdftotext", "pdfinfo", "pdfimages"))


def headless_env():
    """The environment of a cron job: no display, no platform chosen."""
    env = dict(os.environ)
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(var, None)
    return env


@unittest.skipUnless(CLI and os.path.exists(CLI), "RUNLENS_CLI is not set (run through ctest)")
class ReportCliTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.path = os.path.join(self.dir.name, "store.db")
        self.ids = {}
        for name, lr, acc in (("baseline-sgd", 0.1, 0.8125), ("candidate-adam", 0.003, 0.9375)):
            with runlens.start_run(store=self.path, experiment="cifar", name=name,
                                   params={"lr": lr, "optimizer": name.split("-")[1] + "-opt"},
                                   notes="Tried **" + name + "** on the nightly data.") as run:
                for step in range(30):
                    run.log_metric("train/loss", 2.0 / (step + 1), step=step)
                run.log_metric("val/acc", acc, step=29)
                run.log_metric("val/acc", acc - 0.1, step=29, slice="class=cat")
                self.ids[name] = run.id

    def tearDown(self):
        self.dir.cleanup()

    def report(self, *args):
        return subprocess.run([CLI, "--store", self.path, "report", *args], capture_output=True, text=True,
                              env=headless_env(), timeout=300)

    def out(self, name):
        return os.path.join(self.dir.name, name)

    def one_line_error(self, result, code):
        self.assertEqual(result.returncode, code, result.stdout + result.stderr)
        lines = [line for line in result.stderr.splitlines() if line.startswith("runlens:")]
        self.assertEqual(len(lines), 1, result.stderr)
        return lines[0]

    @unittest.skipUnless(POPPLER, "poppler-utils (pdftotext, pdfinfo, pdfimages) is not installed")
    def test_pdf_without_display_has_names_params_and_values(self):
        pdf = self.out("report.pdf")
        result = self.report("--query", "experiment = cifar", "--compare",
                             "baseline=" + self.ids["baseline-sgd"][:8], "-o", pdf)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("Wrote", result.stdout)
        text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
        for expected in ("baseline-sgd", "candidate-adam", "sgd-opt", "adam-opt", "0.003", "0.9375", "0.8125",
                         "experiment = cifar", "class=cat", "nightly data"):
            self.assertIn(expected, text)
        self.assertIn("baseline-sgd (baseline)", text)
        images = subprocess.run(["pdfimages", "-list", pdf], capture_output=True, text=True).stdout
        self.assertEqual(len(images.strip().splitlines()), 2, images)  # the header only

    @unittest.skipUnless(POPPLER, "poppler-utils (pdftotext, pdfinfo, pdfimages) is not installed")
    def test_sections_page_and_orientation(self):
        small = self.out("small.pdf")
        self.assertEqual(self.report("--sections", "title,runs", "--page", "letter", "--landscape",
                                     "-o", small).returncode, 0)
        info = subprocess.run(["pdfinfo", small], capture_output=True, text=True).stdout
        self.assertIn("792 x 612 pts (letter)", info)
        text = subprocess.run(["pdftotext", small, "-"], capture_output=True, text=True).stdout
        self.assertNotIn("Learning curves", text)
        self.assertIn("candidate-adam", text)

    def test_html_is_self_contained(self):
        html_path = self.out("report.html")
        result = self.report("-o", html_path, "--title", "Nightly <cifar> report")
        self.assertEqual(result.returncode, 0, result.stderr)
        with open(html_path, encoding="utf-8") as f:
            html = f.read()
        self.assertIn("<svg", html)
        self.assertIn("candidate-adam", html)
        self.assertIn("Nightly &lt;cifar&gt; report", html)
        self.assertNotIn("<script", html)
        self.assertNotIn("<link", html)

    def test_text_is_in_the_users_language(self):
        """As the app's Export Report: the language chosen in Preferences, else the
        system's; English gets its plural forms ("2 runs", never "run(s)")."""
        texts = {}
        for lang, locale in (("en", "C.UTF-8"), ("de", "de_DE.UTF-8")):
            env = headless_env()
            env.update({"XDG_CONFIG_HOME": self.dir.name, "LC_ALL": locale, "LANGUAGE": lang})
            path = self.out(f"report-{lang}.html")
            result = subprocess.run([CLI, "--store", self.path, "report", "-o", path], capture_output=True,
                                    text=True, env=env, timeout=300)
            self.assertEqual(result.returncode, 0, result.stderr)
            with open(path, encoding="utf-8") as f:
                texts[lang] = f.read()
        def has(lang, words):
            return words in texts[lang]
        self.assertTrue(has("en", "Learning curves"))
        self.assertTrue(has("en", "2 runs in 1 experiment"), "English plural forms missing")
        self.assertFalse(has("en", "run(s)"), "English plural forms missing")
        self.assertTrue(has("de", "Lernkurven"), "the German report is not in German")
        self.assertFalse(has("de", "Learning curves"), "the German report is not in German")

    def test_no_runs_is_a_short_document(self):
        pdf = self.out("empty.pdf")
        result = self.report("--query", "params.lr > 100", "-o", pdf)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertTrue(os.path.exists(pdf))
        self.assertIn("no runs match", result.stderr)
        if POPPLER:
            text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
            self.assertIn("No run matches the query", text)

    def test_user_errors_exit_1_and_write_nothing(self):
        pdf = self.out("bad.pdf")
        cases = [
            (("--query", "params.lr >", "-o", pdf), "bad query"),
            (("--compare", "baseline=ffffffff", "-o", pdf), "unknown baseline"),
            (("--sections", "title,charts", "-o", pdf), "unknown section"),
            (("--page", "b7", "-o", pdf), "page size"),
            (("-o", self.out("report.docx")), ".pdf or .html"),
            (("-o", self.out("missing/dir/report.pdf")), "missing/dir"),
        ]
        for args, message in cases:
            with self.subTest(args=args):
                line = self.one_line_error(self.report(*args), 1)
                self.assertIn(message, line)
        written = [n for n in os.listdir(self.dir.name) if not n.startswith("store")]
        self.assertEqual(written, [])  # no report, no temporary file left behind

    def test_store_problems_exit_2(self):
        broken = self.out("broken.db")
        with open(broken, "wb") as f:
            f.write(b"this is not a database, just text " * 200)
        result = subprocess.run([CLI, "--store", broken, "report", "-o", self.out("r.pdf")],
                                capture_output=True, text=True, env=headless_env(), timeout=120)
        self.one_line_error(result, 2)
        self.assertFalse(os.path.exists(self.out("r.pdf")))



@unittest.skipUnless(CLI and os.path.exists(CLI), "RUNLENS_CLI is not set (run through ctest)")
@unittest.skipUnless(POPPLER, "poppler-utils (pdftotext, pdfinfo, pdfimages) is not installed")
class ReportDemoBaselineTest(unittest.TestCase):
    """`runlens report --by-config` on the demo store once took the failed, diverged
    lr=200 run as the baseline: every delta NaN, every verdict "no test"."""

    def test_by_config_baseline_is_a_finished_config(self):
        with tempfile.TemporaryDirectory() as d:
            store = os.path.join(d, "demo.db")
            made = subprocess.run([CLI, "--store", store, "demo"], capture_output=True, text=True,
                                  env=headless_env(), timeout=600)
            self.assertEqual(made.returncode, 0, made.stderr)
            pdf = os.path.join(d, "r.pdf")
            result = subprocess.run([CLI, "--store", store, "report", "--by-config", "--sections",
                                     "title,summary", "-o", pdf], capture_output=True, text=True,
                                    env=headless_env(), timeout=300)
            self.assertEqual(result.returncode, 0, result.stderr)
            text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
            baseline = [line for line in text.splitlines() if line.strip().startswith("Baseline")]
            self.assertTrue(baseline, text)
            self.assertNotIn("lr200", baseline[0])
            self.assertIn("lr", baseline[0])
            # The configs with seeds are tested against it, not all "no test".
            self.assertTrue("beats" in text or "inside the noise" in text, text)


if __name__ == "__main__":
    unittest.main()
