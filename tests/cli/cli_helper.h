// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

/// Runs the built `attriscope` binary and collects what it said.
namespace CliTest {

struct Run
{
    int exitCode = -1; ///< -1 when the process crashed or timed out
    QByteArray out;
    QByteArray err;
};

/// Runs `attriscope arguments…` to the end (at most `timeoutMs`).
Run attriscope(const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
               int timeoutMs = 120'000);
/// A file under tests/data/cli/.
QString fixture(const char *name);

} // namespace CliTest
