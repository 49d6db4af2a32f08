// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

/// One source to load, as worked out from the locations a user gave.
struct SourceSpec
{
    enum class Kind { Local, Remote, Invalid };

    Kind kind = Kind::Invalid;
    /// Messages and SourceData::name: the location as given; for a CSV pair
    /// `<dir/prefix>{method,prompt}_timing_results.csv`.
    QString name;
    QStringList paths; ///< Local: the files, the method table first
    QUrl url;          ///< Remote: http or https
    QString error;     ///< Invalid: why
    qint64 size = 0;   ///< Local: bytes of all files; Remote: -1 until known
};

/// Turns locations (paths, file:// and http(s) URLs) into sources, in the
/// order given. A `*method_timing_results.csv` takes its existing partner
/// `*prompt_timing_results.csv` from the same folder into one source and vice
/// versa; a local file named twice (also as the partner) is loaded once.
/// Only looks at file metadata; reads nothing.
QList<SourceSpec> planSources(const QStringList &locations);
