// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcespec.h"

#include "timingparser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace {
const QLatin1String kMethodSuffix("method_timing_results.csv");
const QLatin1String kPromptSuffix("prompt_timing_results.csv");

/// The same file under any spelling: canonical when it exists.
QString fileKey(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

SourceSpec invalid(const QString &error)
{
    SourceSpec spec;
    spec.kind = SourceSpec::Kind::Invalid;
    spec.error = error;
    return spec;
}

/// QUrl's error without the `; source was "…"` it appends: that is the whole
/// URL, password and query included.
QString urlError(const QUrl &url)
{
    QString error = url.errorString();
    if (const qsizetype source = error.indexOf(QLatin1String("; source was")); source >= 0)
        error.truncate(source);
    return error;
}

/// The table a CSV file's header names (a small read of a regular file).
TimingFormat csvTableOf(const QString &path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return TimingFormat::Unknown;
    return detectTimingFormat(file.read(64 * 1024));
}

/// Why a CSV pair cannot be loaded together: both files hold the same table,
/// so its rows would count twice. Empty when they differ or one is unknown
/// (its reader then says what is wrong with it).
QString samePairTable(const QString &path, const QString &partner)
{
    const TimingFormat table = csvTableOf(path);
    if ((table != TimingFormat::MethodCsv && table != TimingFormat::PromptCsv) || csvTableOf(partner) != table)
        return {};
    const QString kind = table == TimingFormat::MethodCsv
                             ? QCoreApplication::translate("SourceLoader", "a method table")
                             : QCoreApplication::translate("SourceLoader", "a prompt table");
    return QCoreApplication::translate("SourceLoader",
                                       "%1: this file and its partner %2 both hold %3 (by their CSV headers); its "
                                       "rows would count twice, so the pair is not loaded")
        .arg(path, partner, kind);
}

/// A local source: the file alone, or with its CSV partner.
SourceSpec localSpec(const QString &path, const QString &name, QSet<QString> &seen)
{
    SourceSpec spec;
    spec.kind = SourceSpec::Kind::Local;
    spec.name = name;
    spec.paths = {path};

    const QString fileName = QFileInfo(path).fileName();
    const bool isMethod = fileName.endsWith(kMethodSuffix);
    const bool isPrompt = fileName.endsWith(kPromptSuffix);
    if (isMethod || isPrompt) {
        const QString prefix = fileName.chopped(isMethod ? kMethodSuffix.size() : kPromptSuffix.size());
        const QString dir = path.left(path.size() - fileName.size()); // as given, with its slash
        const QString partner = dir + prefix + (isMethod ? kPromptSuffix : kMethodSuffix);
        if (QFileInfo(partner).isFile() && !seen.contains(fileKey(partner))) {
            seen.insert(fileKey(partner));
            if (const QString error = samePairTable(path, partner); !error.isEmpty())
                return invalid(error);
            spec.paths = isMethod ? QStringList{path, partner} : QStringList{partner, path};
            spec.name = dir + prefix + QLatin1String("{method,prompt}_timing_results.csv");
        }
    }
    for (const QString &part : std::as_const(spec.paths)) {
        const QFileInfo info(part);
        if (info.isFile())
            spec.size += info.size();
    }
    return spec;
}
} // namespace

QList<SourceSpec> planSources(const QStringList &locations)
{
    // A scheme has two letters at least, so that C:\ stays a path.
    static const QRegularExpression schemeRe(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]+):"));
    QList<SourceSpec> specs;
    QSet<QString> seen; // file keys already in a source
    for (const QString &location : locations) {
        if (location.trimmed().isEmpty()) {
            specs.append(invalid(QCoreApplication::translate("SourceLoader", "empty location")));
            continue;
        }
        const QRegularExpressionMatch match = schemeRe.match(location);
        const QString scheme = match.hasMatch() ? match.captured(1).toLower() : QString();
        QString path = location;
        if (scheme == QLatin1String("http") || scheme == QLatin1String("https")) {
            const QUrl url(location, QUrl::StrictMode);
            if (!url.isValid() || url.host().isEmpty()) {
                specs.append(invalid(QCoreApplication::translate("SourceLoader", "%1: invalid URL: %2")
                                         .arg(redactedLocation(location), url.isValid() ? QCoreApplication::translate("SourceLoader", "no host") : urlError(url))));
                continue;
            }
            SourceSpec spec;
            spec.kind = SourceSpec::Kind::Remote;
            spec.name = redactedLocation(location);
            spec.url = url;
            spec.size = -1;
            specs.append(spec);
            continue;
        } else if (scheme == QLatin1String("file")) {
            const QUrl url(location);
            path = url.isValid() ? url.toLocalFile() : QString();
            if (path.isEmpty()) {
                specs.append(invalid(QCoreApplication::translate("SourceLoader", "%1: invalid file URL").arg(location)));
                continue;
            }
        } else if (!scheme.isEmpty() && location.mid(scheme.size(), 3) == QLatin1String("://")) {
            specs.append(invalid(QCoreApplication::translate("SourceLoader", "%1: unsupported URL scheme '%2' (use a file path, file://, http:// or https://)")
                                     .arg(redactedLocation(location), scheme)));
            continue;
        }
        const QString key = fileKey(path);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        specs.append(localSpec(path, location, seen));
    }
    return specs;
}

QString redactedLocation(const QString &location, bool markQuery)
{
    // Any scheme://, not only http(s): a mistyped ftp://user:pw@… is echoed in its error.
    const qsizetype separator = location.indexOf(QLatin1String("://"));
    if (separator <= 0 || location.startsWith(QLatin1String("file:"), Qt::CaseInsensitive))
        return location;
    const QUrl url(location);
    if (!url.isValid()) {
        // Still cut what may be secret: the user-info, and from the first ? or #.
        QString text = location;
        const qsizetype start = separator + 3;
        // A password may hold a '/', so the user-info ends at the last '@' before any ? or #.
        qsizetype end = text.indexOf(QRegularExpression(QStringLiteral("[?#]")), start);
        if (end < 0)
            end = text.size();
        const qsizetype at = text.lastIndexOf(QLatin1Char('@'), end - 1);
        if (at >= start)
            text.remove(start, at + 1 - start);
        const qsizetype cut = text.indexOf(QRegularExpression(QStringLiteral("[?#]")), start);
        return cut < 0 ? text : text.left(cut) + (markQuery ? QStringLiteral("?…") : QString());
    }
    if (url.userInfo().isEmpty() && !url.hasQuery() && !url.hasFragment())
        return location; // nothing to cut: as given, not as QUrl would spell it
    const bool hadQuery = url.hasQuery();
    QString text = url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (hadQuery && markQuery)
        text += QStringLiteral("?…");
    return text;
}

QString headerProblem(const QByteArray &name, const QByteArray &value)
{
    static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
    const auto control = [](const QByteArray &bytes) -> qsizetype {
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const auto c = quint8(bytes[i]);
            if (c < 0x20 || c == 0x7F)
                return i;
        }
        return -1;
    };
    if (const qsizetype at = control(name); at >= 0)
        return QCoreApplication::translate("SourceLoader", "header name has a control character (byte 0x%1 at %2)")
            .arg(quint8(name[at]), 2, 16, QLatin1Char('0'))
            .arg(at);
    if (const qsizetype at = control(value); at >= 0)
        return QCoreApplication::translate("SourceLoader",
                                           "header %1: the value has a control character (byte 0x%2 at %3); "
                                           "CR and LF would add request headers")
            .arg(QString::fromLatin1(name), QStringLiteral("%1").arg(quint8(value[at]), 2, 16, QLatin1Char('0')),
                 QString::number(at));
    if (name.isEmpty() || !token.match(QString::fromLatin1(name)).hasMatch())
        return QCoreApplication::translate("SourceLoader", "header name '%1' is not a token (letters, digits, !#$%&'*+.^_`|~-)")
            .arg(QString::fromLatin1(name));
    return {};
}
