# SPDX-License-Identifier: GPL-3.0-or-later
# Stands in for a validator that is not installed, so the test fails rather than skips.
message(FATAL_ERROR "${TOOL} not found: install the Debian package ${PACKAGE} (./dev does), then re-run cmake")
