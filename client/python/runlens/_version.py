"""The package version, and the whole project's: the one place it is written.

CMakeLists.txt reads it from here (project VERSION, the .deb, `runlens --version`), so
`pip install ./client/python` and a plain PYTHONPATH need no CMake and no generated file.
Keep the form `__version__ = "X.Y.Z"`: CMake matches that line."""

__version__ = "0.1.0"
