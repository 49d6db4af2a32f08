// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcestatus.h"

#include "format.h"
#include "warningsdialog.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>
#include <QUrl>

#include <algorithm>
#include <climits>

namespace {
constexpr int kProgressSteps = 1000;
}

SourceStatus::SourceStatus(QWidget *parent)
    : QWidget(parent)
    , m_sources(new QLabel(this))
    , m_rows(new QLabel(this))
    , m_pooled(new QLabel(this))
    , m_warnings(new QToolButton(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    m_sources->setAccessibleName(tr("Sources loaded"));
    m_sources->setMaximumWidth(420);
    m_rows->setAccessibleName(tr("Row counts"));
    m_pooled->setAccessibleName(tr("Pooled sources"));
    m_pooled->setToolTip(tr("Groups (model, method, hardware) that have rows in several shown sources show the "
                            "statistics of all their rows together; the Sources list in the filter dock shows "
                            "or hides each source"));
    m_pooled->hide();
    m_warnings->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_warnings->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_warnings->setAutoRaise(true);
    m_warnings->setToolTip(tr("Show the warnings of every source"));
    m_progress->setMaximumWidth(180);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Load progress"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Cancel loading"));
    m_cancel->setAccessibleName(tr("Cancel loading"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    layout->addWidget(m_sources);
    layout->addWidget(m_rows);
    layout->addWidget(m_pooled);
    layout->addWidget(m_warnings);

    connect(m_warnings, &QToolButton::clicked, this, &SourceStatus::warningsRequested);
    connect(m_cancel, &QToolButton::clicked, this, &SourceStatus::cancelRequested);
    setBusy(false);
    setDataset(nullptr);
}

QString SourceStatus::displayName(const QString &source)
{
    if (source.startsWith(QLatin1String(":/")))
        return tr("%1 (bundled sample)").arg(QFileInfo(source).fileName());
    const QUrl url(source);
    if (url.scheme().startsWith(QLatin1String("http")))
        return url.host() + url.path();
    return QFileInfo(source).fileName();
}

void SourceStatus::setDataset(const DatasetPtr &dataset)
{
    if (!dataset || dataset->sources().isEmpty()) {
        m_sources->setText(tr("No data loaded"));
        m_sources->setToolTip(QString());
        m_rows->clear();
        m_rows->hide();
        m_warnings->hide();
        return;
    }
    QStringList names, full;
    for (const SourceDataPtr &source : dataset->sources()) {
        names.append(displayName(source->name));
        full.append(source->name);
    }
    const QString text = names.join(QStringLiteral(", "));
    m_sources->setText(m_sources->fontMetrics().elidedText(text, Qt::ElideMiddle, m_sources->maximumWidth()));
    m_sources->setToolTip(full.join(QLatin1Char('\n')));
    m_rows->setText(tr("%1 method rows · %2 prompt rows")
                        .arg(Format::count(dataset->methodRowCount()), Format::count(dataset->promptRowCount())));
    m_rows->show();
    const qint64 warnings = WarningsDialog::warningCount(dataset->sources());
    m_warnings->setText(tr("%Ln warning(s)", nullptr, int(std::min<qint64>(warnings, INT_MAX))));
    m_warnings->setAccessibleName(m_warnings->text());
    m_warnings->setVisible(warnings > 0);
}

QString SourceStatus::poolingText(const SourcePooling &pooling)
{
    if (!pooling.isPooled())
        return QString();
    return tr("%1 sources pooled in %n group(s) — untick one to see a single run", nullptr, pooling.groups)
        .arg(pooling.sources);
}

void SourceStatus::setPooling(const SourcePooling &pooling)
{
    const QString text = poolingText(pooling);
    m_pooled->setText(text.isEmpty() ? text : QStringLiteral("⚠ ") + text);
    m_pooled->setVisible(!text.isEmpty());
}

QString SourceStatus::poolingNote() const
{
    return m_pooled->isHidden() ? QString() : m_pooled->text();
}

void SourceStatus::setBusy(bool busy, const QString &what)
{
    m_progress->setRange(0, 0); // indeterminate until the first value
    m_progress->setToolTip(what);
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
}

void SourceStatus::setProgress(qint64 done, qint64 total)
{
    if (total <= 0) {
        if (m_progress->maximum() != 0)
            m_progress->setRange(0, 0);
        return;
    }
    if (m_progress->maximum() != kProgressSteps)
        m_progress->setRange(0, kProgressSteps);
    m_progress->setValue(int(std::clamp<qint64>(done * kProgressSteps / total, 0, kProgressSteps)));
}

QString SourceStatus::sourcesText() const
{
    return m_sources->toolTip().isEmpty() ? m_sources->text() : m_sources->toolTip();
}

QString SourceStatus::rowsText() const
{
    return m_rows->text();
}
