// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workbench.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

/// Asks for an http(s) URL (an editable list of recent URLs) and optional
/// request headers, one "Name: value" a line. Recent URLs are remembered in
/// QSettings without user-info and query unless "Remember the full address"
/// is ticked; headers only when "Remember headers" is ticked, since both often
/// carry tokens. Headers with control characters are refused.
class OpenUrlDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OpenUrlDialog(QWidget *parent = nullptr);

    QString url() const;
    HeaderList headers() const;
    /// Parses header lines; returns false and names the bad line in `error`.
    static bool parseHeaders(const QString &text, HeaderList *headers, QString *error);

    /// Writes the URL to the recent list (and the headers if asked to).
    void remember() const;

    void accept() override;

private:
    void validate();

    QComboBox *m_url;
    QPlainTextEdit *m_headers;
    QCheckBox *m_rememberHeaders;
    QCheckBox *m_rememberAddress;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};
