// SPDX-License-Identifier: GPL-3.0-or-later
#include "openurldialog.h"

#include "sourcespec.h"
#include "toneframe.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QUrl>

namespace {
constexpr int kMaxRecentUrls = 10;
const QString kRecentKey = QStringLiteral("recent/urls");
const QString kHeadersKey = QStringLiteral("recent/urlHeaders");
} // namespace

OpenUrlDialog::OpenUrlDialog(QWidget *parent)
    : QDialog(parent)
    , m_url(new QComboBox(this))
    , m_headers(new QPlainTextEdit(this))
    , m_rememberHeaders(new QCheckBox(tr("&Remember headers"), this))
    , m_rememberAddress(new QCheckBox(tr("Remember the &full address (user name, password, query)"), this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Open URL"));
    const QSettings settings;
    m_url->setEditable(true);
    m_url->setInsertPolicy(QComboBox::NoInsert);
    m_url->addItems(settings.value(kRecentKey).toStringList());
    m_url->setCurrentIndex(m_url->count() > 0 ? 0 : -1);
    m_url->lineEdit()->setPlaceholderText(QStringLiteral("https://host/performance/timing"));
    m_url->setAccessibleName(tr("URL"));
    m_url->setMinimumContentsLength(40);

    const QString storedHeaders = settings.value(kHeadersKey).toString();
    m_headers->setPlainText(storedHeaders);
    m_rememberHeaders->setChecked(!storedHeaders.isEmpty());
    m_rememberHeaders->setToolTip(tr("Headers may hold access tokens; they are stored in plain text."));
    m_rememberAddress->setToolTip(tr("Unticked, the recent list keeps the address without user name, password and "
                                     "query, since they may hold access tokens; ticked, all of it, in plain text."));
    m_headers->setPlaceholderText(tr("Authorization: Bearer …"));
    m_headers->setAccessibleName(tr("Request headers"));
    m_headers->setTabChangesFocus(true);
    m_headers->setFixedHeight(m_headers->fontMetrics().lineSpacing() * 4 + 12);

    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, ToneFrame::accent(ToneFrame::Error, errorPalette));
    m_error->setPalette(errorPalette);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout(this);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&Headers:"), m_headers);
    form->addRow(QString(), m_rememberHeaders);
    form->addRow(QString(), m_rememberAddress);
    form->addRow(m_error);
    form->addRow(m_buttons);

    connect(m_url, &QComboBox::currentTextChanged, this, &OpenUrlDialog::validate);
    connect(m_headers, &QPlainTextEdit::textChanged, this, &OpenUrlDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OpenUrlDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

QString OpenUrlDialog::url() const
{
    return m_url->currentText().trimmed();
}

HeaderList OpenUrlDialog::headers() const
{
    HeaderList headers;
    QString error;
    parseHeaders(m_headers->toPlainText(), &headers, &error);
    return headers;
}

bool OpenUrlDialog::parseHeaders(const QString &text, HeaderList *headers, QString *error)
{
    headers->clear();
    // Only LF ends a line: a CR, NUL or other control character inside one is refused below.
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        const QString name = colon > 0 ? line.left(colon).trimmed() : QString();
        static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
        if (name.isEmpty() || !token.match(name).hasMatch()) {
            *error = tr("Header line %1 is not \"Name: value\".").arg(i + 1);
            return false;
        }
        const QByteArray value = line.mid(colon + 1).trimmed().toUtf8();
        if (const QString problem = headerProblem(name.toLatin1(), value); !problem.isEmpty()) {
            *error = tr("Header line %1: %2.").arg(QString::number(i + 1), problem);
            return false;
        }
        headers->append({name.toLatin1(), value});
    }
    return true;
}

void OpenUrlDialog::remember() const
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    // User-info and query often hold tokens: stored only when asked to.
    const QString stored = m_rememberAddress->isChecked() ? url() : redactedLocation(url(), false);
    recent.removeAll(stored);
    recent.prepend(stored);
    while (recent.size() > kMaxRecentUrls)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    if (m_rememberHeaders->isChecked() && !m_headers->toPlainText().trimmed().isEmpty())
        settings.setValue(kHeadersKey, m_headers->toPlainText().trimmed());
    else
        settings.remove(kHeadersKey);
}

void OpenUrlDialog::accept()
{
    validate();
    if (!m_buttons->button(QDialogButtonBox::Open)->isEnabled())
        return;
    remember();
    QDialog::accept();
}

void OpenUrlDialog::validate()
{
    QString error;
    const QUrl parsed(url(), QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    bool ok = true;
    if (url().isEmpty()) {
        ok = false;
    } else if (!parsed.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
               || parsed.host().isEmpty()) {
        ok = false;
        error = tr("Enter an http:// or https:// URL.");
    } else {
        HeaderList headers;
        ok = parseHeaders(m_headers->toPlainText(), &headers, &error);
    }
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(ok);
}
