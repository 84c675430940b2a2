#!/usr/bin/env bash
# Installs the Debian 12 packages Runlens needs to build, run and test, and only those
# that are missing. Says what it does; needs root or sudo only when something is missing.
set -euo pipefail

packages=(
  # build
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev libgl1-mesa-dev
  libqcustomplot-dev libeigen3-dev libsqlite3-dev libssl-dev libboost-math-dev zlib1g-dev
  nlohmann-json3-dev libcli11-dev libyaml-cpp-dev
  # compiler cache (CI rebuilds hit it); clang with libFuzzer for `make fuzz`
  ccache clang libclang-rt-14-dev
  # Python client, its packaging and the digits example
  python3 python3-setuptools python3-wheel python3-sklearn python3-scipy python3-torch
  # team store (PostgreSQL): libpq for core, psycopg2 for the Python client; the server
  # because the team store's tests start a throwaway cluster of their own
  postgresql libpq-dev python3-psycopg2
  # packaging checks (.deb, wheel, desktop metadata)
  dpkg-dev python3-build desktop-file-utils appstream
  # headless GUI runs, screenshots and PDF checks
  xvfb xauth poppler-utils fonts-dejavu-core sqlite3
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "runlens: installing missing Debian packages: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  echo "runlens: not root and no sudo; please run as root:" >&2
  echo "  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
