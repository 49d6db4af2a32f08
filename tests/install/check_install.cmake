# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the build tree into a scratch prefix and checks the layout:
#   cmake -DBUILD_DIR=... -DSTAGE_DIR=... -DAPP_ID=... -DBINDIR=bin -DDATADIR=share -DMANDIR=share/man -P check_install.cmake
foreach(var BUILD_DIR STAGE_DIR APP_ID BINDIR DATADIR MANDIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "check_install.cmake: -D${var}=... is required")
    endif()
endforeach()

file(REMOVE_RECURSE ${STAGE_DIR})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${STAGE_DIR}
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${result}):\n${output}")
endif()

set(errors "")
macro(fail text)
    string(APPEND errors "  ${text}\n")
endmacro()

set(icons ${STAGE_DIR}/${DATADIR}/icons/hicolor)
set(binary ${STAGE_DIR}/${BINDIR}/attriscope)
set(desktop ${STAGE_DIR}/${DATADIR}/applications/${APP_ID}.desktop)
set(metainfo ${STAGE_DIR}/${DATADIR}/metainfo/${APP_ID}.metainfo.xml)
foreach(path ${binary} ${desktop} ${metainfo}
             ${icons}/scalable/apps/${APP_ID}.svg
             ${icons}/48x48/apps/${APP_ID}.png
             ${icons}/128x128/apps/${APP_ID}.png
             ${icons}/256x256/apps/${APP_ID}.png
             ${STAGE_DIR}/${MANDIR}/man1/attriscope.1
             ${STAGE_DIR}/${DATADIR}/doc/attriscope/copyright)
    if(NOT EXISTS ${path})
        fail("missing: ${path}")
    endif()
endforeach()

# Each PNG is as big as its folder says: width and height are bytes 16-23 of the IHDR.
foreach(size 48 128 256)
    set(png ${icons}/${size}x${size}/apps/${APP_ID}.png)
    if(EXISTS ${png})
        file(READ ${png} header LIMIT 24 HEX)
        math(EXPR hex_size "${size}" OUTPUT_FORMAT HEXADECIMAL)
        string(SUBSTRING "${hex_size}" 2 -1 digits)
        string(LENGTH "${digits}" length)
        math(EXPR pad "8 - ${length}")
        string(REPEAT "0" ${pad} zeros)
        set(expected "${zeros}${digits}${zeros}${digits}")
        string(SUBSTRING "${header}" 32 16 actual)
        if(NOT actual STREQUAL expected)
            fail("${png}: not ${size}x${size} (IHDR ${actual})")
        endif()
    endif()
endforeach()

# The one id ties the files together.
if(EXISTS ${desktop})
    file(READ ${desktop} text)
    foreach(line "Icon=${APP_ID}" "Exec=attriscope %F")
        string(FIND "${text}" "\n${line}\n" at)
        if(at EQUAL -1)
            fail("${desktop}: no line '${line}'")
        endif()
    endforeach()
endif()
if(EXISTS ${metainfo})
    file(READ ${metainfo} text)
    foreach(element "<id>${APP_ID}</id>" "<launchable type=\"desktop-id\">${APP_ID}.desktop</launchable>"
                    "<binary>attriscope</binary>")
        string(FIND "${text}" "${element}" at)
        if(at EQUAL -1)
            fail("${metainfo}: no ${element}")
        endif()
    endforeach()
endif()

# The installed binary runs from its new place (no build-tree paths baked in).
if(EXISTS ${binary})
    execute_process(COMMAND ${binary} report --format csv --sample
                    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        fail("${binary} report --sample exited with ${result}: ${output}")
    endif()
endif()

if(errors)
    message(FATAL_ERROR "install layout under ${STAGE_DIR}:\n${errors}")
endif()
message(STATUS "install layout under ${STAGE_DIR}: ok")
