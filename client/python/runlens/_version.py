"""The package version. Generated from the CMake project version (CMakeLists.txt) at
configure time and committed, so `pip install ./client/python` needs no CMake."""

__version__ = "0.1.0"
