# CPack: a .deb whose dependencies are Debian's runtime libraries, worked out by
# dpkg-shlibdeps from the binary, never -dev packages.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME runlens)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Runlens team")
set(CPACK_PACKAGE_CONTACT "The Runlens team <team@runlens.dev>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop experiment tracker for machine-learning runs")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Runlens logs runs, parameters and metrics of machine-learning training into a\n local SQLite store (Python and C++ clients) and browses, plots and compares\n them in a Qt desktop app.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt loads its platform and image plugins at run time; shlibdeps cannot see them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "python3, qt6-qpa-plugins, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://runlens.dev")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
include(CPack)
