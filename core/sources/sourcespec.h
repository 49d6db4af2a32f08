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
    /// `<dir/prefix>{method,prompt}_timing_results.csv`; for a URL without
    /// its user-info, query and fragment (see redactedLocation()).
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
/// Looks at file metadata, and at the CSV headers of a pair: a pair whose two
/// files hold the same table (their rows would count twice) is Invalid,
/// naming both files.
QList<SourceSpec> planSources(const QStringList &locations);

/// A location as it may be shown, logged or stored: an http(s) URL without
/// user name, password, query and fragment (they often carry tokens); a query
/// is replaced by "?…" so that its presence stays visible (left out when
/// `markQuery` is false, for a URL that is stored to be loaded again). Other
/// locations are returned unchanged.
QString redactedLocation(const QString &location, bool markQuery = true);

/// Why an HTTP request header cannot be sent, or empty: the name must be an
/// RFC 9110 token, and neither may hold a control character (CR, LF, NUL, any
/// other C0 byte or DEL), which would end the header line and add others.
QString headerProblem(const QByteArray &name, const QByteArray &value);
