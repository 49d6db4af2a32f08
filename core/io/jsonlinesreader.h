// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bytebuffer.h"
#include "timingdata.h"
#include "timingparser.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

/// Reads JSON Lines: one row object per line, `"kind": "method"` marking a
/// method row, anything else a prompt row. Blank lines are ignored; a line
/// that is not a well-formed object is skipped with a warning naming it.
/// Only limits and cancellation fail the whole parse; a line longer than
/// ParseContext::maxLineBytes is a limit.
/// The input can come whole (read()) or as consecutive pieces of whole lines
/// (begin(), readLines()..., finish()), so that a file of any size is read
/// through a bounded window.
class JsonLinesReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonLinesReader)

public:
    JsonLinesReader(const QString &origin, const ParseContext &context, SourceData &out);
    ~JsonLinesReader();

    /// Appends the rows of `bytes` to the SourceData; false with `error` on a limit or cancel.
    bool read(const ByteBuffer &bytes, QString *error);

    /// Streaming: `totalBytes` is the input's size, for progress;
    /// `linesBefore` lines were read (or skipped as white space) before the
    /// first piece, `recordsBefore` records counted against the row limit.
    bool begin(std::int64_t totalBytes, QString *error, std::int64_t linesBefore = 0,
               std::int64_t recordsBefore = 0);
    /// Reads the lines in [data, data + size), which start at byte `offset` of
    /// the input and end with a line break (or the input). At least
    /// ByteBuffer::kPadding readable bytes must follow data + size.
    bool readLines(const char *data, std::size_t size, std::int64_t offset, QString *error);
    bool finish(std::int64_t totalBytes, QString *error);
    /// The message for the next line, at byte `offset`, when it runs past
    /// ParseContext::maxLineBytes; always returns false.
    bool lineTooLong(std::int64_t offset, QString *error);
    /// The same message for line `line` (1-based) of `origin`.
    static QString lineTooLongMessage(const QString &origin, std::int64_t line, std::int64_t offset,
                                      std::int64_t maxLineBytes);
    /// Records (non-blank lines) read since begin(), counted against the row limit.
    std::int64_t records() const;

private:
    struct State;
    const QString &m_origin;
    const ParseContext &m_context;
    SourceData &m_out;
    std::unique_ptr<State> m_state;
};
