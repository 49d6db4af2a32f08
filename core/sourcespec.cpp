// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcespec.h"

#include <QCoreApplication>
#include <QDir>
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
                                         .arg(location, url.isValid() ? QCoreApplication::translate("SourceLoader", "no host") : url.errorString())));
                continue;
            }
            SourceSpec spec;
            spec.kind = SourceSpec::Kind::Remote;
            spec.name = location;
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
                                     .arg(location, scheme)));
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
