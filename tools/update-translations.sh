#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Updates the translation catalogues from the sources (core/, ui/, app/):
#   translations/attriscope_de.ts  every user-visible string, German
#   translations/attriscope_en.ts  only the English plural forms of %n strings
# New strings arrive as "unfinished"; translate them (linguist translations/attriscope_de.ts,
# or an editor), then run the check: ctest -R translations_complete.
# The same as `cmake --build BUILD_DIR --target update_translations`, without a build tree.
set -euo pipefail
cd "$(dirname "$0")/.."

LUPDATE=${LUPDATE:-}
if [ -z "$LUPDATE" ]; then
    for candidate in /usr/lib/qt6/bin/lupdate "$(command -v lupdate6 || true)" "$(command -v lupdate || true)"; do
        if [ -n "$candidate" ] && [ -x "$candidate" ]; then LUPDATE=$candidate; break; fi
    done
fi
[ -n "$LUPDATE" ] || { echo "update-translations: lupdate not found (Debian: qt6-l10n-tools); set LUPDATE=" >&2; exit 1; }

# core/ and ui/ keep their sources in sub-folders (rooms) that include each other
# by file name, as the compiler sees them (core/CMakeLists.txt): one -I per room.
includes=()
for room in core/*/ ui/*/; do includes+=(-I "${room%/}"); done
# -locations none keeps the diffs small while several people edit the sources.
"$LUPDATE" -no-obsolete -locations none "${includes[@]}" core ui app -ts translations/attriscope_de.ts
"$LUPDATE" -pluralonly -no-obsolete -locations none "${includes[@]}" core ui app -ts translations/attriscope_en.ts

unfinished=$(grep -c 'type="unfinished"' translations/attriscope_de.ts translations/attriscope_en.ts || true)
echo "$unfinished" | sed 's/^/unfinished: /'
