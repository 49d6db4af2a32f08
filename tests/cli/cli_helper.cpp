// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_helper.h"

#include <QProcess>

namespace CliTest {

Run attriscope(const QStringList &arguments, const QProcessEnvironment &environment, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ATTRISCOPE_BINARY), arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {-1, process.readAllStandardOutput(), process.readAllStandardError()};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

QString fixture(const char *name)
{
    return QStringLiteral(ATTRISCOPE_TEST_DATA "/cli/") + QLatin1String(name);
}

} // namespace CliTest
