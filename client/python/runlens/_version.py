"""The package version; the build checks it equals the CMake project version."""

__version__ = "0.1.0"
