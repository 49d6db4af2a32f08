// SPDX-License-Identifier: GPL-3.0-or-later
// One colour per name for a session (core/session/namecolors.h): assigned in the
// order names are first loaded, never repeated, never shared between methods
// and hardware, readable on a light and a dark chart background.
#include "namecolors.h"

#include <QSet>
#include <QTest>

class TestNameColors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void slotsFollowFirstLoad()
    {
        NameColors colors;
        colors.addNames(Dimension::Method, {QStringLiteral("saliency"), QStringLiteral("attention"), QStringLiteral("lime")});
        QCOMPARE(colors.index(Dimension::Method, QStringLiteral("attention")), 0);
        QCOMPARE(colors.index(Dimension::Method, QStringLiteral("lime")), 1);
        QCOMPARE(colors.index(Dimension::Method, QStringLiteral("saliency")), 2);
        const QColor lime = colors.color(Dimension::Method, QStringLiteral("lime"));
        // A later load with a name sorting before them keeps the old slots.
        colors.addNames(Dimension::Method, {QStringLiteral("a_new_method"), QStringLiteral("lime")});
        QCOMPARE(colors.index(Dimension::Method, QStringLiteral("lime")), 1);
        QCOMPARE(colors.index(Dimension::Method, QStringLiteral("a_new_method")), 3);
        QCOMPARE(colors.color(Dimension::Method, QStringLiteral("lime")), lime);
        // Dimensions are separate; an unknown name is grey.
        QCOMPARE(colors.index(Dimension::Hardware, QStringLiteral("lime")), -1);
        const QColor unknown = colors.color(Dimension::Model, QStringLiteral("nobody"));
        QCOMPARE(unknown.red(), unknown.green());
        QCOMPARE(unknown.green(), unknown.blue());
    }

    void sourcesInLoadOrder()
    {
        // Sources keep the order they were first listed in (not sorted), in a
        // list of their own: a model or method of the same name does not move them.
        NameColors colors;
        colors.addNames(Dimension::Method, {QStringLiteral("z.json")});
        colors.addSources({QStringLiteral("/runs/z.json"), QStringLiteral("/runs/a.json")});
        QCOMPARE(colors.sourceIndex(QStringLiteral("/runs/z.json")), 0);
        QCOMPARE(colors.sourceIndex(QStringLiteral("/runs/a.json")), 1);
        // Listed again with a new one: the old ones keep their slots.
        colors.addSources({QStringLiteral("/runs/b.json"), QStringLiteral("/runs/a.json")});
        QCOMPARE(colors.sourceIndex(QStringLiteral("/runs/a.json")), 1);
        QCOMPARE(colors.sourceIndex(QStringLiteral("/runs/b.json")), 2);
        // Slot i is the i-th colour of the methods' sequence (whatever methods are known).
        QCOMPARE(colors.sourceColor(QStringLiteral("/runs/z.json")), NameColors::slotColor(Dimension::Method, 0));
        QCOMPARE(colors.sourceColor(QStringLiteral("/runs/b.json")), NameColors::slotColor(Dimension::Method, 2));
        QCOMPARE(colors.sourceIndex(QStringLiteral("/runs/unknown.json")), -1);
        const QColor unknown = colors.sourceColor(QStringLiteral("/runs/unknown.json"));
        QCOMPARE(unknown.red(), unknown.green());
    }

    void neverRepeatedNorShared()
    {
        // 60 methods and 20 hardware: every colour is its own, and no hardware
        // has a method's colour.
        QSet<QRgb> methods;
        for (int i = 0; i < 60; ++i)
            methods.insert(NameColors::slotColor(Dimension::Method, i).rgb());
        QCOMPARE(methods.size(), 60);
        QSet<QRgb> hardware;
        for (int i = 0; i < 20; ++i) {
            const QRgb rgb = NameColors::slotColor(Dimension::Hardware, i).rgb();
            QVERIFY2(!methods.contains(rgb), qPrintable(QString::number(i)));
            hardware.insert(rgb);
        }
        QCOMPARE(hardware.size(), 20);
    }

    void readableOnLightAndDark()
    {
        // WCAG asks 3:1 for graphics; the same colour serves both themes.
        const QColor white(Qt::white), dark(0x30, 0x30, 0x30), darker(0x1E, 0x1E, 0x1E);
        for (Dimension dimension : {Dimension::Model, Dimension::Method, Dimension::Hardware}) {
            for (int i = 0; i < 40; ++i) {
                const QColor c = NameColors::slotColor(dimension, i);
                QVERIFY2(NameColors::contrast(c, white) >= 3.0, qPrintable(c.name()));
                QVERIFY2(NameColors::contrast(c, dark) >= 3.0, qPrintable(c.name()));
                QVERIFY2(NameColors::contrast(c, darker) >= 3.0, qPrintable(c.name()));
            }
        }
        // The contrast formula itself: black on white is 21:1, equal colours 1:1.
        QCOMPARE(NameColors::contrast(Qt::black, Qt::white), 21.0);
        QCOMPARE(NameColors::contrast(white, white), 1.0);
    }
};

QTEST_GUILESS_MAIN(TestNameColors)
#include "tst_namecolors.moc"
