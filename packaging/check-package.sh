#!/usr/bin/env bash
# Builds the .deb and the Python wheel/sdist from an existing build/ and checks them as
# a user would meet them: metadata validates, the package installs, and the installed
# runlens runs. CI calls this after `make test`.
set -euo pipefail
cd "$(dirname "$0")/.."
build=build
dist=$build/dist
rm -rf "$dist" && mkdir -p "$dist"

echo "== desktop metadata"
desktop-file-validate packaging/linux/dev.runlens.Runlens.desktop
appstreamcli validate --no-net --pedantic "$build/packaging/dev.runlens.Runlens.metainfo.xml" || \
  appstreamcli validate --no-net "$build/packaging/dev.runlens.Runlens.metainfo.xml"

echo "== Debian package"
(cd "$build" && cpack -G DEB -B "$PWD/dist" >/dev/null)
deb=$(ls "$dist"/runlens_*.deb)
dpkg-deb -I "$deb" | sed -n '/Package:/,/Description:/p'
dpkg-deb -c "$deb" | awk '{print $6}' | grep -vE '/$' | sort
# Listed once into a variable: `dpkg-deb -c | grep -q` dies of SIGPIPE under pipefail
# when grep stops reading at its first match.
contents=$(dpkg-deb -c "$deb")
grep -q ' ./usr/share/doc/runlens/copyright$' <<<"$contents" || {
  echo "check-package: the package has no copyright file" >&2; exit 1
}
if dpkg-deb -I "$deb" | grep -E '^ Depends:.*-dev'; then
  echo "check-package: the package depends on a -dev package" >&2; exit 1
fi

echo "== Python wheel and sdist (offline)"
/usr/bin/python3 -m pip wheel ./client/python --no-deps --no-build-isolation -w "$dist" -q
/usr/bin/python3 -m build --sdist --no-isolation --outdir "$dist" client/python >/dev/null
/usr/bin/python3 - "$dist" <<'PY'
import glob, sys, zipfile, tarfile
d = sys.argv[1]
wheel = glob.glob(d + "/runlens-*.whl")[0]
names = zipfile.ZipFile(wheel).namelist()
assert "runlens/schema/0001_initial.sql" in names, names
assert "runlens/schema/postgresql/0001_initial.sql" in names, names
assert any(n.endswith(".dist-info/LICENSE") for n in names), names
sdist = glob.glob(d + "/runlens-*.tar.gz")[0]
sdist_names = tarfile.open(sdist).getnames()
assert any(n.endswith("schema/0001_initial.sql") for n in sdist_names)
assert any(n.endswith("schema/postgresql/0001_initial.sql") for n in sdist_names)
assert any(n.endswith("/LICENSE") for n in sdist_names), sdist_names
print("wheel:", wheel.split("/")[-1], "sdist:", sdist.split("/")[-1])
PY

echo "== install the package and run what it installed"
if [ "$(id -u)" -ne 0 ]; then
  echo "check-package: not root; skipping the install check" >&2
  exit 0
fi
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$PWD/$deb" >/dev/null
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"; DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq runlens >/dev/null' EXIT
installed_version=$(/usr/bin/runlens --version)
echo "$installed_version"
[ "$installed_version" = "runlens $(sed -n 's/^__version__ = "\(.*\)"/\1/p' client/python/runlens/_version.py)" ]
RUNLENS_STORE="$scratch/demo.db" /usr/bin/runlens demo
RUNLENS_STORE="$scratch/demo.db" /usr/bin/runlens ls | tail -n 1
(cd "$scratch" && env -u PYTHONPATH /usr/bin/python3 -c \
  "import runlens; r = runlens.Store('$scratch/demo.db').runs(); print('python client from the package:', runlens.__version__, len(r), 'runs')")
man -l /usr/share/man/man1/runlens.1* >/dev/null 2>&1 || echo "(man not installed; page not rendered)"
echo "check-package: ok"
