// SPDX-License-Identifier: GPL-3.0-or-later
#include "apptheme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace AppTheme {

namespace {

struct StartUp
{
    bool saved = false;
    QPalette palette;
    QString style;
};

StartUp &startUp()
{
    static StartUp state;
    return state;
}

} // namespace

bool parse(const QString &text, Mode *mode)
{
    const QString key = text.trimmed().toLower();
    if (key == QLatin1String("system"))
        *mode = Mode::System;
    else if (key == QLatin1String("light"))
        *mode = Mode::Light;
    else if (key == QLatin1String("dark"))
        *mode = Mode::Dark;
    else
        return false;
    return true;
}

QString name(Mode mode)
{
    switch (mode) {
    case Mode::System:
        return QStringLiteral("system");
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    }
    return {};
}

QPalette palette(bool dark)
{
    if (!dark) {
        QPalette p(QColor(0xEF, 0xEF, 0xEF));
        p.setColor(QPalette::Base, Qt::white);
        p.setColor(QPalette::AlternateBase, QColor(0xF5, 0xF5, 0xF5));
        p.setColor(QPalette::Text, QColor(0x1F, 0x1F, 0x1F));
        p.setColor(QPalette::WindowText, QColor(0x1F, 0x1F, 0x1F));
        p.setColor(QPalette::ButtonText, QColor(0x1F, 0x1F, 0x1F));
        p.setColor(QPalette::Highlight, QColor(0x30, 0x8C, 0xC6));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::ToolTipBase, QColor(0xFF, 0xFF, 0xDC));
        p.setColor(QPalette::ToolTipText, Qt::black);
        return p;
    }
    QPalette p;
    const QColor window(0x2D, 0x2D, 0x2D);
    const QColor base(0x26, 0x26, 0x26);
    const QColor text(0xE6, 0xE6, 0xE6);
    const QColor disabledText(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::ToolTipBase, QColor(0x3A, 0x3A, 0x3A));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xFF, 0x6B, 0x6B));
    p.setColor(QPalette::Light, QColor(0x4A, 0x4A, 0x4A));
    p.setColor(QPalette::Midlight, QColor(0x3E, 0x3E, 0x3E));
    p.setColor(QPalette::Mid, QColor(0x28, 0x28, 0x28));
    p.setColor(QPalette::Dark, QColor(0x1A, 0x1A, 0x1A));
    p.setColor(QPalette::Shadow, QColor(0x10, 0x10, 0x10));
    p.setColor(QPalette::Link, QColor(0x6C, 0xB4, 0xEE));
    p.setColor(QPalette::LinkVisited, QColor(0xB0, 0x8C, 0xE6));
    p.setColor(QPalette::Highlight, QColor(0x2F, 0x6F, 0xAE));
    p.setColor(QPalette::HighlightedText, Qt::white);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    return p;
}

void apply(Mode mode)
{
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    if (!app)
        return;
    StartUp &state = startUp();
    if (!state.saved) {
        state.saved = true;
        state.palette = QApplication::palette();
        state.style = QApplication::style()->name();
    }
    if (mode == Mode::System) {
        QApplication::setStyle(QStyleFactory::create(state.style));
        QApplication::setPalette(state.palette);
        return;
    }
    // Fusion draws every widget from the palette; platform styles may not.
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(palette(mode == Mode::Dark));
}

} // namespace AppTheme
