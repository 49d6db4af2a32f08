// SPDX-License-Identifier: GPL-3.0-or-later
// Removed once the first widget lands.
