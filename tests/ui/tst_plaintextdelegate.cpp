// SPDX-License-Identifier: GPL-3.0-or-later
// PlainTextDelegate (the Data tab's cells): text where its alignment puts it,
// elided to the cell, selection drawn in the highlight colour.

#include "plaintextdelegate.h"

#include <QHeaderView>
#include <QImage>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

namespace {

// Columns of `image` inside `cell` that have a dark pixel (text on a light base).
QList<int> inkColumns(const QImage &image, const QRect &cell)
{
    QList<int> columns;
    for (int x = cell.left(); x <= cell.right(); ++x) {
        for (int y = cell.top(); y <= cell.bottom(); ++y) {
            if (qGray(image.pixel(x, y)) < 110) {
                columns.append(x);
                break;
            }
        }
    }
    return columns;
}

} // namespace

class TestPlainTextDelegate : public QObject
{
    Q_OBJECT
private slots:
    void alignsElidesAndSelects();
};

void TestPlainTextDelegate::alignsElidesAndSelects()
{
    QStandardItemModel model(2, 2);
    model.setData(model.index(0, 0), QStringLiteral("left"));
    model.setData(model.index(0, 1), QStringLiteral("12.5 ms"));
    model.setData(model.index(0, 1), int(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
    const QString longText = QStringLiteral("a very long prompt that cannot fit in one narrow cell at all");
    model.setData(model.index(1, 0), longText);
    QTableView view;
    QPalette palette = view.palette();
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0, 0, 200));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    view.setPalette(palette);
    view.setItemDelegate(new PlainTextDelegate(&view));
    view.setModel(&model);
    view.setShowGrid(false);
    view.horizontalHeader()->resizeSection(0, 160);
    view.horizontalHeader()->resizeSection(1, 200);
    view.resize(420, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QImage image = view.viewport()->grab().toImage();
    // "left" sits in the left part of its cell, "12.5 ms" in the right part of its own.
    const QRect leftCell = view.visualRect(model.index(0, 0));
    const QRect rightCell = view.visualRect(model.index(0, 1));
    const QList<int> left = inkColumns(image, leftCell);
    const QList<int> right = inkColumns(image, rightCell);
    QVERIFY(!left.isEmpty() && !right.isEmpty());
    QVERIFY2(left.first() < leftCell.left() + 10 && left.last() < leftCell.center().x(), "left text not on the left");
    QVERIFY2(right.last() > rightCell.right() - 10 && right.first() > rightCell.center().x(), "right text not on the right");
    // The long text is elided inside its cell: ink stops before the cell's end,
    // and the next cell of the row is empty.
    const QRect longCell = view.visualRect(model.index(1, 0));
    const QList<int> elided = inkColumns(image, longCell);
    QVERIFY(!elided.isEmpty() && elided.last() <= longCell.right());
    QVERIFY(inkColumns(image, view.visualRect(model.index(1, 1))).isEmpty());

    // Its size hint fits the text: resized to it, a cell shows the text whole (no ellipsis).
    PlainTextDelegate delegate;
    QStyleOptionViewItem option;
    option.initFrom(&view);
    const QSize hint = delegate.sizeHint(option, model.index(1, 0));
    QVERIFY(hint.width() > view.fontMetrics().horizontalAdvance(longText));
    QCOMPARE(view.fontMetrics().elidedText(longText, Qt::ElideRight, hint.width() - 4), longText);
    // Widths are kept per text and font: the same text in a font twice as large is measured anew.
    QStyleOptionViewItem large = option;
    large.font.setPointSizeF(option.font.pointSizeF() * 2);
    large.fontMetrics = QFontMetrics(large.font);
    const QSize largeHint = delegate.sizeHint(large, model.index(1, 0));
    QVERIFY2(largeHint.width() > hint.width() * 3 / 2, qPrintable(QStringLiteral("%1 vs %2").arg(largeHint.width()).arg(hint.width())));
    QCOMPARE(largeHint.width() - hint.width(),
             large.fontMetrics.horizontalAdvance(longText) - option.fontMetrics.horizontalAdvance(longText));
    QCOMPARE(delegate.sizeHint(option, model.index(1, 0)), hint);

    // Selected: the highlight fills the cell.
    view.selectionModel()->select(model.index(0, 0), QItemSelectionModel::Select);
    image = view.viewport()->grab().toImage();
    const QColor fill = image.pixelColor(leftCell.right() - 3, leftCell.center().y());
    QVERIFY2(fill.blue() > 150 && fill.red() < 60, qPrintable(fill.name()));
}

QTEST_MAIN(TestPlainTextDelegate)
#include "tst_plaintextdelegate.moc"
