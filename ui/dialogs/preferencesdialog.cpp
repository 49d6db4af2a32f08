// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "historystore.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(const QString &location, QWidget *parent)
    : QDialog(parent)
    , m_location(new QLineEdit(HistoryStore::displayName(location), this))
    , m_note(new QLabel(this))
{
    setWindowTitle(tr("Preferences"));
    m_location->setPlaceholderText(HistoryStore::defaultLocation());
    m_location->setAccessibleName(tr("History store"));
    m_location->setMinimumWidth(420);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);

    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *reset = new QPushButton(tr("&Default"), this);
    reset->setToolTip(HistoryStore::defaultLocation());
    auto *row = new QHBoxLayout;
    row->addWidget(m_location, 1);
    row->addWidget(browse);
    row->addWidget(reset);

    auto *group = new QGroupBox(tr("Run history"), this);
    auto *form = new QFormLayout(group);
    auto *label = new QLabel(tr("&Store:"), group);
    label->setBuddy(m_location);
    form->addRow(label, row);
    form->addRow(m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(group);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(reset, &QPushButton::clicked, this, [this] { m_location->setText(HistoryStore::defaultLocation()); });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString current = this->historyLocation();
        const QString file = QFileDialog::getSaveFileName(
            this, tr("History Store"),
            HistoryStore::isServerLocation(current) ? QString() : current,
            tr("SQLite databases (*.sqlite *.db)") + QStringLiteral(";;") + tr("All files (*)"), nullptr,
            QFileDialog::DontConfirmOverwrite);
        if (!file.isEmpty())
            m_location->setText(file);
    });
    connect(m_location, &QLineEdit::textChanged, this, &PreferencesDialog::updateNote);
    updateNote();
}

QString PreferencesDialog::historyLocation() const
{
    const QString text = m_location->text().trimmed();
    return text.isEmpty() ? HistoryStore::defaultLocation() : HistoryStore::displayName(text);
}

QString PreferencesDialog::noteText() const
{
    return m_note->text();
}

void PreferencesDialog::updateNote()
{
    const QString text = m_location->text().trimmed();
    QString note = tr("A SQLite file (created by the first File ▸ Add to History…), or a PostgreSQL server as "
                      "postgresql://user@host:port/database. AttriScope never stores a password: libpq reads it "
                      "from PGPASSWORD or ~/.pgpass.");
    if (HistoryStore::isServerLocation(text) && !QUrl(text).password().isEmpty())
        note += QLatin1Char('\n') + tr("The password in this URL will not be kept: set PGPASSWORD or use ~/.pgpass.");
    m_note->setText(note);
}
