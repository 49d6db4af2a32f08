// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bytebuffer.h"
#include "timingdata.h"
#include "timingparser.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

/// Reads the extractor's CSV tables (RFC 4180: quoted fields with commas,
/// doubled quotes and line breaks; optional UTF-8 BOM; CRLF or LF). The header
/// decides which table it is and which column feeds which field; column order
/// is free and unknown columns are ignored. A record with the wrong number of
/// fields or an unterminated quote is skipped with a warning naming its line.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    CsvReader(const QString &origin, const ParseContext &context, SourceData &out);

    /// Appends the rows of `bytes` to the SourceData. Returns false and sets
    /// `error` when there is no header naming a known table, or on a limit or cancel.
    bool read(const ByteBuffer &bytes, QString *error);

    /// The table a CSV header names: MethodCsv, PromptCsv or Unknown.
    /// `head` must hold the whole header record.
    static TimingFormat detectTable(QByteArrayView head);

private:
    const QString &m_origin;
    const ParseContext &m_context;
    SourceData &m_out;
};
