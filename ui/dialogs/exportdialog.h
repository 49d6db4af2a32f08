// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

/// Asks where and how to export: a file (or a folder for all charts), the
/// format (PNG, SVG, PDF), the size in logical pixels and the scale.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum Mode { SingleFile, Folder };
    Q_ENUM(Mode)

    /// `path`: the suggested file (SingleFile) or folder (Folder).
    explicit ExportDialog(Mode mode, const QString &path, QWidget *parent = nullptr);

    QString path() const;
    /// "png", "svg" or "pdf".
    QString format() const;
    QSize imageSize() const;
    qreal scale() const;

    void setFormat(const QString &format);
    void setImageSize(const QSize &size);
    void setScale(qreal scale);

private:
    void browse();
    void onFormatChanged();
    void validate();

    Mode m_mode;
    QLineEdit *m_path;
    QComboBox *m_format;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QComboBox *m_scale;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};
