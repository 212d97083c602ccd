# Two Debian packages, built by `./dev.sh package` (cpack -G DEB):
#   tyndau         the workstation and tyndauctl, with the desktop file, the icon and the
#                  AppStream metainfo (translations are compiled into the programs)
#   tyndau-server  the server, run by systemd as its own user `tyndau`, configured in
#                  /etc/tyndau/tyndau-server.conf, its SQLite data in /var/lib/tyndau-server
# tests/packaging/check_packages.sh checks what they hold, and lintian where it is installed.

set(TYNDAU_PKG ${PROJECT_SOURCE_DIR}/packaging)

install(TARGETS tyndau tyndauctl RUNTIME DESTINATION bin COMPONENT client)
install(FILES ${TYNDAU_PKG}/kz.openalmaty.Tyndau.desktop DESTINATION share/applications COMPONENT client)
install(FILES ${TYNDAU_PKG}/kz.openalmaty.Tyndau.metainfo.xml DESTINATION share/metainfo COMPONENT client)
install(FILES ${TYNDAU_PKG}/icons/kz.openalmaty.Tyndau.svg
        DESTINATION share/icons/hicolor/scalable/apps COMPONENT client)
# The PNG sizes, rendered from the SVG at build time (tools/, tyndau-icon-png).
foreach(size ${TYNDAU_ICON_SIZES})
    install(FILES ${CMAKE_BINARY_DIR}/packaging/icons/${size}x${size}/apps/kz.openalmaty.Tyndau.png
            DESTINATION share/icons/hicolor/${size}x${size}/apps COMPONENT client)
endforeach()

install(TARGETS tyndau-server RUNTIME DESTINATION bin COMPONENT server)
install(FILES ${TYNDAU_PKG}/server/tyndau-server.service DESTINATION /lib/systemd/system COMPONENT server)
install(FILES ${TYNDAU_PKG}/server/tyndau-server.conf DESTINATION /etc/tyndau COMPONENT server)
install(FILES ${PROJECT_SOURCE_DIR}/docs/ADMIN-GUIDE.md ${PROJECT_SOURCE_DIR}/docs/API.md
        DESTINATION share/doc/tyndau-server COMPONENT server)

# Each package's copyright and changelog, where Debian wants them (the changelog gzipped).
set(TYNDAU_CHANGELOG_GZ ${CMAKE_BINARY_DIR}/packaging/changelog.gz)
file(MAKE_DIRECTORY ${CMAKE_BINARY_DIR}/packaging)
# gzip -n: no name or time in the header, so the same changelog gives the same bytes.
execute_process(COMMAND gzip -9nc ${TYNDAU_PKG}/doc/changelog OUTPUT_FILE ${TYNDAU_CHANGELOG_GZ}
                COMMAND_ERROR_IS_FATAL ANY)
# The manual pages, gzipped as Debian wants them.
foreach(page tyndau.1 tyndauctl.1 tyndau-server.8)
    execute_process(COMMAND gzip -9nc ${TYNDAU_PKG}/man/${page} OUTPUT_FILE ${CMAKE_BINARY_DIR}/packaging/${page}.gz
                    COMMAND_ERROR_IS_FATAL ANY)
endforeach()
install(FILES ${CMAKE_BINARY_DIR}/packaging/tyndau.1.gz ${CMAKE_BINARY_DIR}/packaging/tyndauctl.1.gz
        DESTINATION share/man/man1 COMPONENT client)
install(FILES ${CMAKE_BINARY_DIR}/packaging/tyndau-server.8.gz DESTINATION share/man/man8 COMPONENT server)

foreach(pair "client;tyndau" "server;tyndau-server")
    list(GET pair 0 component)
    list(GET pair 1 package)
    install(FILES ${TYNDAU_PKG}/doc/copyright ${TYNDAU_CHANGELOG_GZ}
            DESTINATION share/doc/${package} COMPONENT ${component})
endforeach()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME tyndau)
# Empty: each package's description below starts with its own synopsis line.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "")
set(CPACK_PACKAGE_VENDOR "Tyndau developers")
set(CPACK_PACKAGE_CONTACT "Tyndau developers <tyndau@openalmaty.kz>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL client server)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE https://openalmaty.kz/)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_CLIENT_PACKAGE_NAME tyndau)
set(CPACK_DEBIAN_CLIENT_DESCRIPTION "workstation of a city's public reception office
Tyndau registers citizens' requests (complaints, proposals, applications,
information requests), answers them from a knowledge base in Kazakh and
Russian, routes them to executing organizations with their legal deadline,
and gives inspectors review queues and supervisors weekly statistics and a
printed report. It works offline and syncs with tyndau-server.

This package holds the desktop workstation and tyndauctl, its command line.")
set(CPACK_DEBIAN_CLIENT_PACKAGE_DEPENDS "gnome-keyring | kwalletmanager, libqt6sql6-sqlite")

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME tyndau-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
set(CPACK_DEBIAN_SERVER_DESCRIPTION "central server of the Tyndau public reception workstation
tyndau-server keeps citizens' requests for the Tyndau workstations: a sync
API (offline-first, idempotent operations), an Open311 GeoReport v2 endpoint
for the web portal and other channels, and the participation budget. SQLite
is the embedded default; PostgreSQL in production, with several instances
behind a load balancer.")
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "adduser, libqt6sql6-sqlite, libqt6sql6-psql")
set(TYNDAU_CONFFILES ${CMAKE_BINARY_DIR}/packaging/conffiles)
file(WRITE ${TYNDAU_CONFFILES} "/etc/tyndau/tyndau-server.conf\n")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    ${TYNDAU_PKG}/server/postinst ${TYNDAU_PKG}/server/prerm ${TYNDAU_PKG}/server/postrm ${TYNDAU_CONFFILES})

include(CPack)
