// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include <utility>

ExportDialog::ExportDialog(Mode mode, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_path(new QLineEdit(path, this))
    , m_format(new QComboBox(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_scale(new QComboBox(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(mode == SingleFile ? tr("Export Chart") : tr("Export All Charts"));
    m_format->addItem(tr("PNG image"), QStringLiteral("png"));
    m_format->addItem(tr("SVG drawing"), QStringLiteral("svg"));
    m_format->addItem(tr("PDF document"), QStringLiteral("pdf"));
    m_format->setAccessibleName(tr("Format"));
    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(200, 8000);
        box->setSuffix(tr(" px"));
        box->setSingleStep(10);
    }
    m_width->setAccessibleName(tr("Width"));
    m_height->setAccessibleName(tr("Height"));
    m_width->setValue(1600);
    m_height->setValue(900);
    m_scale->addItem(tr("1× (standard)"), 1.0);
    m_scale->addItem(tr("2× (high DPI)"), 2.0);
    m_scale->setAccessibleName(tr("Scale"));
    m_path->setAccessibleName(mode == SingleFile ? tr("File") : tr("Folder"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setAutoDefault(false);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    sizeRow->addStretch(1);

    auto *form = new QFormLayout(this);
    form->addRow(mode == SingleFile ? tr("&File:") : tr("F&older:"), pathRow);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(tr("&Size:"), sizeRow);
    form->addRow(tr("S&cale:"), m_scale);
    // A row holding a layout gets a label without buddy, which shows the '&' instead of a mnemonic.
    for (const auto &[row, buddy] : {std::pair<QLayout *, QWidget *>{pathRow, m_path}, {sizeRow, m_width}}) {
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(row)))
            label->setBuddy(buddy);
    }
    form->addRow(m_hint);
    form->addRow(m_buttons);

    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::onFormatChanged);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    onFormatChanged();
    setMinimumWidth(480);
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

QString ExportDialog::format() const
{
    return m_format->currentData().toString();
}

QSize ExportDialog::imageSize() const
{
    return QSize(m_width->value(), m_height->value());
}

qreal ExportDialog::scale() const
{
    return m_scale->currentData().toReal();
}

void ExportDialog::setFormat(const QString &format)
{
    const int index = m_format->findData(format.toLower());
    if (index >= 0)
        m_format->setCurrentIndex(index);
}

void ExportDialog::setImageSize(const QSize &size)
{
    m_width->setValue(size.width());
    m_height->setValue(size.height());
}

void ExportDialog::setScale(qreal scale)
{
    m_scale->setCurrentIndex(scale > 1.5 ? 1 : 0);
}

void ExportDialog::browse()
{
    QString chosen;
    if (m_mode == Folder) {
        chosen = QFileDialog::getExistingDirectory(this, tr("Export Into Folder"), path());
    } else {
        const QString filter = m_format->currentText() + QStringLiteral(" (*.") + format() + QLatin1Char(')');
        chosen = QFileDialog::getSaveFileName(this, tr("Export Chart"), path(), filter, nullptr,
                                              QFileDialog::DontConfirmOverwrite); // we ask ourselves
    }
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void ExportDialog::onFormatChanged()
{
    const bool raster = format() == QLatin1String("png");
    m_scale->setEnabled(raster);
    m_hint->setText(raster ? tr("The image has the size times the scale in pixels.")
                           : tr("Vector output: the size sets the page, the scale is not used."));
    if (m_mode == SingleFile && !path().isEmpty()) {
        // Keep the file name in step with the format.
        const QFileInfo info(path());
        const QString suffix = info.suffix().toLower();
        if (suffix == QLatin1String("png") || suffix == QLatin1String("svg") || suffix == QLatin1String("pdf")) {
            const QString base = path().chopped(suffix.size());
            m_path->setText(base + format());
        }
    }
    validate();
}

void ExportDialog::validate()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!path().isEmpty());
}
