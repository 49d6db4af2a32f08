// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("AttriScope"));
    QCoreApplication::setApplicationName(QStringLiteral("AttriScope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATTRISCOPE_VERSION));
    if (Cli::isCommand(argc, argv)) {
        QCoreApplication app(argc, argv);
        return Cli::run(app.arguments());
    }
    QCoreApplication app(argc, argv);
    return Cli::run({app.arguments().value(0), QStringLiteral("report"), QStringLiteral("--format"),
                     QStringLiteral("markdown"), QStringLiteral("--sample")});
}
