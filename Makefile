# Thin wrappers around CMake presets: `make run` and `make test` are the two commands
# in the README. Each installs missing Debian packages first, then builds.
# `make test-sanitize` builds build-debug/ with ASan + UBSan (halting on the first
# report) and runs the tests there; `make test-sanitize-core` does the same for core,
# the CLI and the fuzz replays without the GUI (build-sanitize-core/, what CI runs);
# `make fuzz` runs every fuzz target of tests/fuzz for FUZZ_SECONDS each (docs/limits.md).
.PHONY: all deps configure build run test test-sanitize test-sanitize-core fuzz bench clean

FUZZ_SECONDS ?= 25
# Empty: libFuzzer picks a seed; CI fixes one so that a red run can be reproduced.
FUZZ_SEED ?=
# Screenshot tests draw the same widgets the other GUI tests drive, and take minutes
# under the sanitizers: the sanitizer run leaves them to `make test`.
SANITIZE_SKIP ?= _shots$$|e2e_screenshots

all: build

deps:
	@bash packaging/install-deps.sh

configure: deps
	@cmake --preset default >/dev/null

build: configure
	@cmake --build --preset default

# Opens the window on the default store; fills it with demo runs when it is empty.
run: build
	@./build/app/runlens demo --if-empty
	@./build/app/runlens

test: build
	@ctest --preset default

test-sanitize: deps
	@cmake --preset debug >/dev/null
	@cmake --build --preset debug
	@ctest --preset debug -E '$(SANITIZE_SKIP)'

test-sanitize-core: deps
	@cmake --preset sanitize-core >/dev/null
	@cmake --build --preset sanitize-core
	@ctest --preset sanitize-core

fuzz: deps
	@FUZZ_SEED=$(FUZZ_SEED) bash tests/fuzz/run.sh $(FUZZ_SECONDS)

bench: build
	@bash bench/run-all.sh

clean:
	rm -rf build build-debug build-sanitize-core build-fuzz
