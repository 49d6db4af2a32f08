// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bytebuffer.h"
#include "timingdata.h"
#include "timingparser.h"

#include <QCoreApplication>
#include <QString>

/// Reads JSON Lines: one row object per line, `"kind": "method"` marking a
/// method row, anything else a prompt row. Blank lines are ignored; a line
/// that is not a well-formed object is skipped with a warning naming it.
/// Only limits and cancellation fail the whole parse.
class JsonLinesReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonLinesReader)

public:
    JsonLinesReader(const QString &origin, const ParseContext &context, SourceData &out);

    /// Appends the rows of `bytes` to the SourceData; false with `error` on a limit or cancel.
    bool read(const ByteBuffer &bytes, QString *error);

private:
    const QString &m_origin;
    const ParseContext &m_context;
    SourceData &m_out;
};
