# Installs the build into a fresh temporary prefix, as a packager's `cmake --install` would,
# and checks that every file a desktop needs is there and that the installed launcher and
# metadata pass the freedesktop validators.
# Inputs: BUILD_DIR, PREFIX, APP_ID, and optionally DESKTOP_FILE_VALIDATE, APPSTREAMCLI.
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${result}):\n${output}")
endif()

set(expected
    bin/imprint
    bin/imprint-sim
    share/applications/${APP_ID}.desktop
    share/metainfo/${APP_ID}.metainfo.xml
    share/icons/hicolor/scalable/apps/${APP_ID}.svg
    share/imprint/translations/imprint_zh_CN.qm
    share/doc/imprint/LICENSE)
foreach(path IN LISTS expected)
    if(NOT EXISTS "${PREFIX}/${path}")
        message(FATAL_ERROR "cmake --install did not install ${path}")
    endif()
endforeach()
foreach(program IN ITEMS imprint imprint-sim)
    execute_process(COMMAND test -x "${PREFIX}/bin/${program}" RESULT_VARIABLE notExecutable)
    if(notExecutable)
        message(FATAL_ERROR "${PREFIX}/bin/${program} is not executable")
    endif()
endforeach()

if(DESKTOP_FILE_VALIDATE)
    execute_process(COMMAND "${DESKTOP_FILE_VALIDATE}"
                            "${PREFIX}/share/applications/${APP_ID}.desktop"
                    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "the installed .desktop file is invalid:\n${output}")
    endif()
endif()
if(APPSTREAMCLI)
    execute_process(COMMAND "${APPSTREAMCLI}" validate --no-net --pedantic
                            "${PREFIX}/share/metainfo/${APP_ID}.metainfo.xml"
                    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "the installed metainfo is invalid:\n${output}")
    endif()
endif()
file(REMOVE_RECURSE "${PREFIX}")
message(STATUS "installed and validated ${APP_ID} under a temporary prefix")
