"""The German translation reaches the user: every context in translations/runlens_de.ts is
one the app looks strings up in, and every string is translated.

lupdate files a string under the context it can resolve from the source text. Where it
cannot (an alias such as `using S = ReportSlicesSection; S::tr(...)`, some calls from
anonymous namespaces), it writes the bare name or an empty one, while the app asks for
"runlens::ReportSlicesSection": the translation sits in the file and never shows. This
test failed on such entries before they were fixed."""

import os
import re
import unittest

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))


def sources():
    for folder in ("widgets/src", "app"):
        for dirpath, _, files in os.walk(os.path.join(ROOT, folder)):
            for name in files:
                if name.endswith((".h", ".cpp")):
                    with open(os.path.join(dirpath, name), encoding="utf-8") as f:
                        yield f.read()


def runtime_contexts():
    """The contexts tr() and translate() ask QTranslator for at run time."""
    found = {"QObject"}
    for text in sources():
        found.update(re.findall(r"Q_DECLARE_TR_FUNCTIONS\(([\w:]+)\)", text))
        found.update(re.findall(r"translate\(\s*\"([\w:]+)\"", text))
        # Every Q_OBJECT class of the app lives in namespace runlens.
        for match in re.finditer(r"\b(?:class|struct)\s+(\w+)[^;{]*\{\s*Q_OBJECT", text):
            found.add("runlens::" + match.group(1))
    return found


def ts_contexts(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    return text, re.findall(r"<context>\s*<name>(.*?)</name>", text)


class TranslationTest(unittest.TestCase):
    def test_every_context_is_one_the_app_looks_up(self):
        known = runtime_contexts()
        self.assertIn("runlens::ReportSections", known)  # the scan itself works
        for lang in ("de", "en"):
            _, contexts = ts_contexts(os.path.join(ROOT, "translations", f"runlens_{lang}.ts"))
            stray = sorted(set(c for c in contexts if c not in known))
            self.assertEqual(stray, [], f"runlens_{lang}.ts has strings under contexts the app never "
                                        "asks for; qualify the tr() call (runlens::X::tr) and re-run lupdate")

    def test_every_german_string_is_translated(self):
        text, _ = ts_contexts(os.path.join(ROOT, "translations", "runlens_de.ts"))
        unfinished = re.findall(r"<source>(.*?)</source>\s*(?:<comment>.*?</comment>\s*)?"
                                r"<translation type=\"unfinished\"", text, re.S)
        self.assertEqual(unfinished, [])


if __name__ == "__main__":
    unittest.main()
