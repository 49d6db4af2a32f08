# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a user-visible string of core/, ui/ or app/ has no German translation,
# or an English plural form is missing. Runs lupdate over the current sources into
# copies of the catalogues (the real ones stay untouched), so strings added since the
# last tools/update-translations.sh show up as unfinished. Also fails on tr() calls
# lupdate cannot give a context: they would never be translated.
#   cmake -DLUPDATE=… -DSOURCE_DIR=… -DWORK_DIR=… -P check_translations.cmake
cmake_minimum_required(VERSION 3.22)
foreach(var LUPDATE SOURCE_DIR WORK_DIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "check_translations: ${var} not set")
    endif()
endforeach()

# core/ and ui/ keep their sources in sub-folders (rooms) that include each other
# by file name, as the compiler sees them (core/CMakeLists.txt): one -I per room.
file(GLOB rooms LIST_DIRECTORIES true ${SOURCE_DIR}/core/* ${SOURCE_DIR}/ui/*)
set(room_includes "")
foreach(room IN LISTS rooms)
    if(IS_DIRECTORY ${room})
        list(APPEND room_includes -I ${room})
    endif()
endforeach()

file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
set(problems "")

# catalogue, extra lupdate options
foreach(spec "attriscope_de.ts|" "attriscope_en.ts|-pluralonly")
    string(REPLACE "|" ";" spec "${spec}")
    list(GET spec 0 ts)
    list(LENGTH spec n)
    set(options "")
    if(n GREATER 1)
        list(GET spec 1 options)
    endif()
    file(COPY ${SOURCE_DIR}/translations/${ts} DESTINATION ${WORK_DIR})
    execute_process(
        COMMAND ${LUPDATE} ${options} -no-obsolete -locations none ${room_includes}
                ${SOURCE_DIR}/core ${SOURCE_DIR}/ui ${SOURCE_DIR}/app -ts ${WORK_DIR}/${ts}
        RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed (${result}):\n${output}")
    endif()
    string(REGEX MATCHALL "[^\n]*(cannot be called without context|Qualifying with unknown namespace/class)[^\n]*"
           lost "${output}")
    if(NOT ts STREQUAL "attriscope_de.ts")
        set(lost "") # the same warnings again
    endif()
    foreach(line IN LISTS lost)
        string(APPEND problems "  ${line}\n      (lupdate cannot tell the context: use QCoreApplication::translate(\"Context\", \"…\"), "
               "a class with Q_DECLARE_TR_FUNCTIONS, or a namespace named like the context)\n")
    endforeach()

    file(READ ${WORK_DIR}/${ts} xml)
    # Keep CMake's list separator out of the way.
    string(REPLACE ";" "@SEMICOLON@" xml "${xml}")
    # <source>…</source>, optional <comment>/<extracomment>/… elements, then an unfinished
    # or empty translation (lupdate writes new strings as unfinished).
    set(between "([^<]*<[a-z]+>[^<]*</[a-z]+>)*[^<]*")
    string(REGEX MATCHALL "<source>[^<]*</source>${between}<translation type=\"unfinished\""
           unfinished "${xml}")
    string(REGEX MATCHALL "<source>[^<]*</source>${between}<translation>[ \n]*(<numerusform></numerusform>[ \n]*)*</translation>"
           empty "${xml}")
    string(REGEX MATCHALL "<source>[^<]*</source>${between}<translation>[ \n]*(<numerusform>[^<]+</numerusform>[ \n]*)*<numerusform></numerusform>"
           emptyPlural "${xml}")
    foreach(match IN LISTS unfinished empty emptyPlural)
        string(REGEX REPLACE "^<source>([^<]*)</source>.*" "\\1" source "${match}")
        string(REPLACE "\n" "\\n" source "${source}")
        string(REPLACE "@SEMICOLON@" ";" source "${source}")
        string(APPEND problems "  ${ts}: untranslated: ${source}\n")
    endforeach()
endforeach()

if(problems)
    message(FATAL_ERROR "Translations are incomplete (run tools/update-translations.sh, then translate "
            "translations/attriscope_de.ts with linguist or an editor):\n${problems}")
endif()
message(STATUS "Every string has a German translation and every %n string its English plural forms.")
