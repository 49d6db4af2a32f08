// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

/// Edit ▸ Preferences: where the run history is stored, a SQLite file or a
/// PostgreSQL server. A password typed into the URL is not kept: the dialog
/// says so, and location() leaves it out.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(const QString &historyLocation, QWidget *parent = nullptr);

    /// The store as entered, without a password; the default file when empty.
    QString historyLocation() const;
    QLineEdit *locationEdit() const { return m_location; }
    QString noteText() const;

private:
    void updateNote();

    QLineEdit *m_location;
    QLabel *m_note;
};
