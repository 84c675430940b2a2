# Thin wrappers around CMake presets: `make run` and `make test` are the two commands
# in the README. Each installs missing Debian packages first, then builds.
.PHONY: all deps configure build run test bench clean

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

bench: build
	@bash bench/run-all.sh

clean:
	rm -rf build
