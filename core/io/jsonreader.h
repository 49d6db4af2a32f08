// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bytebuffer.h"
#include "timingdata.h"
#include "timingparser.h"

#include <QCoreApplication>
#include <QString>

/// Reads a TokenLense REST body, {"method_timing": [...], "prompt_timing": [...]},
/// with simdjson On-Demand straight from the padded buffer. The whole document
/// is checked, so that a truncated file fails instead of passing for a smaller
/// benchmark. Bad rows are skipped with a warning; a document that is not
/// well-formed, has no timing array or passes a limit fails as a whole.
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    JsonReader(const QString &origin, const ParseContext &context, SourceData &out);

    /// Appends the rows of `bytes` to the SourceData. Returns false and sets
    /// `error` (starting with the origin) when the document is unusable.
    bool read(const ByteBuffer &bytes, QString *error);

private:
    const QString &m_origin;
    const ParseContext &m_context;
    SourceData &m_out;
};
