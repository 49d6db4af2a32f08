// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

/// The status bar's permanent part: the sources loaded, row counts, a
/// warnings button and, while loading, a progress bar with Cancel.
class SourceStatus : public QWidget
{
    Q_OBJECT
public:
    explicit SourceStatus(QWidget *parent = nullptr);

    void setDataset(const DatasetPtr &dataset);
    /// Shows or hides the progress bar; it starts indeterminate.
    void setBusy(bool busy, const QString &what = {});
    /// done/total bytes; total < 0 keeps the bar indeterminate.
    void setProgress(qint64 done, qint64 total);

    /// "sample_timing.json", "host/path": short names for the status bar and menus.
    static QString displayName(const QString &source);

    QString sourcesText() const;
    QString rowsText() const;
    QToolButton *warningsButton() const { return m_warnings; }
    QProgressBar *progressBar() const { return m_progress; }

Q_SIGNALS:
    void warningsRequested();
    void cancelRequested();

private:
    QLabel *m_sources;
    QLabel *m_rows;
    QToolButton *m_warnings;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
};
