# SPDX-License-Identifier: GPL-3.0-or-later
# Translations of the attriscope executable, included from app/CMakeLists.txt:
# lrelease and the resources must be set up in the directory of the target.
#
# This is qt_add_translations(attriscope TS_FILES … SOURCES …) of Qt 6.4 spelled out,
# because the two catalogues are updated differently:
#   attriscope_de.ts  every string of core/, ui/ and app/ in German;
#   attriscope_en.ts  only the English plural forms of the %n strings (lupdate -pluralonly),
#                     so that "%n model(s)" reads "1 model" / "3 models".
# `cmake --build <dir> --target update_translations` (or tools/update-translations.sh)
# runs lupdate on both; it is not part of the default build. The default build
# compiles them with lrelease, embeds the .qm files under :/i18n and hands them to
# the install rules in resources/ (share/attriscope/translations).

set(ATTRISCOPE_TS_DIR ${PROJECT_SOURCE_DIR}/translations)
# lupdate must see the libraries too, not only the executable's own sources.
# core/ and ui/ keep their sources in sub-folders (rooms), app/ does not.
file(GLOB_RECURSE attriscope_i18n_sources CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/core/*.cpp ${PROJECT_SOURCE_DIR}/core/*.h
    ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h)
file(GLOB app_i18n_sources CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h)
list(APPEND attriscope_i18n_sources ${app_i18n_sources})
# The rooms' folders (core/CMakeLists.txt, ui/CMakeLists.txt), so that lupdate
# resolves #include "x.h" as the compiler does.
get_target_property(core_i18n_includes attriscope_core INTERFACE_INCLUDE_DIRECTORIES)
get_target_property(ui_i18n_includes attriscope_ui INTERFACE_INCLUDE_DIRECTORIES)
set(attriscope_i18n_includes ${core_i18n_includes} ${ui_i18n_includes})
list(APPEND attriscope_i18n_includes ${PROJECT_SOURCE_DIR}/app)

qt_add_lupdate(attriscope
    TS_FILES ${ATTRISCOPE_TS_DIR}/attriscope_de.ts
    SOURCES ${attriscope_i18n_sources}
    INCLUDE_DIRECTORIES ${attriscope_i18n_includes}
    OPTIONS -no-obsolete -locations none)
# A second lupdate target for the English plural forms (adds itself to update_translations).
qt_add_lupdate(attriscope_plurals
    TS_FILES ${ATTRISCOPE_TS_DIR}/attriscope_en.ts
    SOURCES ${attriscope_i18n_sources}
    INCLUDE_DIRECTORIES ${attriscope_i18n_includes}
    OPTIONS -pluralonly -no-obsolete -locations none)
qt_add_lrelease(attriscope
    TS_FILES ${ATTRISCOPE_TS_DIR}/attriscope_de.ts ${ATTRISCOPE_TS_DIR}/attriscope_en.ts
    QM_FILES_OUTPUT_VARIABLE attriscope_qm_files)
# :/i18n/attriscope_de.qm, :/i18n/attriscope_en.qm
qt_add_resources(attriscope "translations"
    PREFIX "/i18n"
    BASE ${CMAKE_CURRENT_BINARY_DIR}
    FILES ${attriscope_qm_files})
set_property(GLOBAL APPEND PROPERTY ATTRISCOPE_QM_FILES ${attriscope_qm_files})
# For tests that load a catalogue without the executable (tests/i18n).
set_property(GLOBAL PROPERTY ATTRISCOPE_QM_DIR ${CMAKE_CURRENT_BINARY_DIR})
