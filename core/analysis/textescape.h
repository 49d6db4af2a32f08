// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// Untrusted text (file names, URLs, model and method names, a server's
/// words) on its way into a terminal, a Markdown document or a spreadsheet:
/// each function makes it show as the text it is, never as markup or commands.
namespace TextEscape {

/// Control characters as visible escapes: \n, \r, \t, \e for ESC and \xHH for
/// the other C0 controls, DEL and C1 controls (U+0080–U+009F); the bidirectional
/// overrides and isolates (U+202A–U+202E, U+2066–U+2069) and the line and
/// paragraph separators (U+2028, U+2029) as \uHHHH. A backslash stays as it
/// is. Text without such characters comes back unchanged.
QString controls(const QString &text);

/// Text for a Markdown paragraph or a table cell: control characters as in
/// controls() (their backslash is not escaped again), a backslash before each character that Markdown or a table would read as
/// syntax: \ ` * | [ ] < > ~ & and an underscore that is not between two
/// letters or digits (GitHub ignores those, so integrated_gradients stays
/// as it is).
QString markdown(const QString &text);

/// Text as a Markdown code span: controls() first, fenced with one backtick
/// more than the longest run of backticks in it (CommonMark), padded with a
/// space when it starts or ends with a backtick. A pipe is escaped as \| (in
/// a GFM table a pipe ends the cell even inside a code span).
QString markdownCode(const QString &text);

/// A CSV field (RFC 4180): quoted when it holds a comma, a quote, CR or LF.
/// A text field that a spreadsheet would run as a formula, one that starts
/// with = + - @ or a tab or CR, gets a leading apostrophe (as the OWASP
/// advice and spreadsheet exports do) unless the whole field is a number
/// such as -1.5, which stays a number.
QString csvText(const QString &text);

} // namespace TextEscape
