// SPDX-License-Identifier: GPL-3.0-or-later
// WrappedText (the insight cards' text): heights as QFontMetrics wraps the
// same text, one layout per text and width, pixels where the text is; and
// the Insights tab reusing its cards across a filter change.

#include "dataset.h"
#include "insightcard.h"
#include "insightstab.h"
#include "wrappedtext.h"

#include <QImage>

#include <algorithm>
#include <numeric>
#include <QTest>
#include <QVBoxLayout>

class TestWrappedText : public QObject
{
    Q_OBJECT
private slots:
    void heightMatchesFontMetricsWrapping();
    void paintsItsText();
    void insightCardsAreReused();
};

void TestWrappedText::heightMatchesFontMetricsWrapping()
{
    WrappedText text;
    const QString sentence = QStringLiteral("attention runs 20× faster on NVIDIA H200 (322.1 ms) than on Intel(R) Xeon(R) "
                                            "Platinum 8259CL CPU @ 2.50GHz (6.434 s), mean over BART, Falcon-1B, GPT-2.");
    text.setText(sentence);
    const QFontMetrics metrics(text.font());
    for (int width : {120, 200, 333, 600, 2000}) {
        // The independent path: QFontMetrics wrapping the same text at the same width.
        const int lines = qRound(double(metrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, sentence).height())
                                 / metrics.lineSpacing());
        const int height = text.heightForWidth(width);
        QVERIFY2(qAbs(height - lines * metrics.lineSpacing()) <= lines, // rounding of line heights
                 qPrintable(QStringLiteral("width %1: %2 px for %3 lines of %4 px").arg(width).arg(height).arg(lines).arg(metrics.lineSpacing())));
    }
    QVERIFY(text.heightForWidth(120) > text.heightForWidth(600));
    // A newline starts a line: two short lines at any width.
    WrappedText twoLines;
    twoLines.setText(QStringLiteral("first\nsecond"));
    QVERIFY(qAbs(twoLines.heightForWidth(2000) - 2 * metrics.lineSpacing()) <= 2);
    QCOMPARE(text.heightForWidth(2000), text.heightForWidth(2000)); // cached, same answer
    text.setText(QString());
    QCOMPARE(text.heightForWidth(300), 0);
    QVERIFY(text.hasHeightForWidth());
}

void TestWrappedText::paintsItsText()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *text = new WrappedText(&window);
    layout->addWidget(text);
    layout->addStretch(1);
    QPalette palette = window.palette();
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::WindowText, Qt::black);
    window.setPalette(palette);
    text->setText(QStringLiteral("MMMM MMMM MMMM MMMM MMMM MMMM MMMM MMMM MMMM MMMM MMMM MMMM MMMM MMMM"));
    window.resize(200, 300);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Wrapped to several lines at 200 px, and the widget is as high as they are.
    QVERIFY(text->height() >= 3 * text->fontMetrics().lineSpacing());
    const QImage image = text->grab().toImage();
    int dark = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            dark += qGray(image.pixel(x, y)) < 128;
    }
    QVERIFY2(dark > 100, qPrintable(QString::number(dark)));
    // Below the text, the window is empty.
    const QImage below = window.grab(QRect(0, text->geometry().bottom() + 4, 200, 20)).toImage();
    for (int x = 0; x < below.width(); ++x)
        QVERIFY(qGray(below.pixel(x, 10)) > 200);
}

// Two runs of the same insights with different numbers: the same cards, new texts.
void TestWrappedText::insightCardsAreReused()
{
    auto make = [](double slow) {
        auto source = std::make_shared<SourceData>();
        source->name = QStringLiteral("s.json");
        const std::uint32_t cuda = source->strings.intern(std::string_view("CUDA"));
        const std::uint32_t t4 = source->strings.intern(std::string_view("T4"));
        for (const char *model : {"a", "b"}) {
            const std::uint32_t m = source->strings.intern(std::string_view(model));
            for (const char *method : {"fast", "slow"}) {
                const std::uint32_t k = source->strings.intern(std::string_view(method));
                for (int p = 0; p < 3; ++p)
                    source->prompts.append(m, k, t4, cuda, method[0] == 'f' ? 1.0 + p : slow + p, 10, 0, kMissing, true,
                                           "x", "p", p + 1);
            }
        }
        source->finalize();
        return Dataset::build({source});
    };
    const DatasetPtr first = make(10), second = make(40);
    InsightsTab tab;
    tab.resize(1000, 700);
    std::vector<int> all(first->groups().size());
    std::iota(all.begin(), all.end(), 0);
    tab.setData(first, all);
    const QList<InsightCard *> before = tab.cards();
    QVERIFY(!before.isEmpty());
    const QString range = before.first()->insight().text;
    tab.setData(second, all);
    QCOMPARE(tab.cards(), before); // same count: the same widgets
    QVERIFY(tab.cards().first()->insight().text != range);
    const QList<WrappedText *> texts = tab.cards().first()->findChildren<WrappedText *>();
    QVERIFY(std::any_of(texts.begin(), texts.end(),
                        [&](const WrappedText *t) { return t->text() == tab.cards().first()->insight().text; }));
}

QTEST_MAIN(TestWrappedText)
#include "tst_wrappedtext.moc"
