// SPDX-License-Identifier: GPL-3.0-or-later
// WrappedText (the insight cards' text): heights as QFontMetrics wraps the
// same text, one layout per text and width, pixels where the text is; and
// the Insights tab reusing its cards across a filter change.

#include "dataset.h"
#include "insightcard.h"
#include "insightstab.h"
#include "wrappedtext.h"
#include "sourceloader.h"
#include "summarycards.h"

#include "../sweepfixture.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>

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
    void fixedLineCount();
    void summaryCardsKeepTheirHeight();
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

void TestWrappedText::fixedLineCount()
{
    WrappedText text;
    text.setLineCount(3);
    const QFontMetrics metrics(text.font());
    text.setText(QStringLiteral("short"));
    QCOMPARE(text.heightForWidth(300), 3 * metrics.lineSpacing());
    const QString longText = QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct · smoothgrad_integrated_gradients\n"
                                            "Intel(R) Xeon(R) Platinum 8259CL CPU @ 2.50GHz");
    text.setText(longText);
    QCOMPARE(text.heightForWidth(120), 3 * metrics.lineSpacing()); // would need many more lines
    text.resize(120, text.heightForWidth(120));
    QVERIFY(text.isTruncated());
    text.resize(2000, text.heightForWidth(2000));
    QVERIFY(!text.isTruncated()); // two lines fit
    QCOMPARE(text.text(), longText); // the text itself stays whole (tooltip, accessibility)
}

void TestWrappedText::summaryCardsKeepTheirHeight()
{
    // Short names, then the sweep's longest: the cards keep their height.
    const auto datasetOf = [](const QByteArray &json) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
            return DatasetPtr();
        file.close();
        const LoadResult result = loadSourcesBlocking({path}, LoadOptions{});
        return result.errors.isEmpty() ? Dataset::build(result.sources) : DatasetPtr();
    };
    const DatasetPtr small = datasetOf(R"({"method_timing":[],"prompt_timing":[
        {"model":"A","method":"m","gpu_info":"G","tokens":10,"time":1,"success":true}]})");
    const DatasetPtr sweep = datasetOf(SweepFixture::json());
    QVERIFY(small && sweep);
    const auto all = [](const Dataset &d) {
        std::vector<int> groups(d.groups().size());
        std::iota(groups.begin(), groups.end(), 0);
        return groups;
    };
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *cards = new SummaryCards(&window);
    layout->addWidget(cards);
    layout->addStretch(1);
    window.resize(1280, 300);
    window.show();
    cards->setData(small, all(*small));
    QCoreApplication::processEvents();
    window.layout()->activate();
    const int height = cards->height();
    cards->setData(sweep, all(*sweep));
    QCoreApplication::processEvents();
    window.layout()->activate();
    QCOMPARE(cards->height(), height);
    // And no text is cut at the bottom: every text gets the height it asks
    // for at its width (without a fixed line count the sweep's long names
    // wrapped to lines the card had no room for).
    for (int c = 0; c < SummaryCards::CardCount; ++c) {
        for (WrappedText *text : cards->cardWidget(SummaryCards::Card(c))->findChildren<WrappedText *>()) {
            if (text->isVisible())
                QVERIFY2(text->height() >= text->heightForWidth(text->width()),
                         qPrintable(QStringLiteral("%1: %2 px for %3").arg(text->text()).arg(text->height()).arg(text->heightForWidth(text->width()))));
        }
    }
    // The slowest group is named in full in the card's accessible text.
    QVERIFY(cards->cardText(SummaryCards::SlowestCard).contains(QStringLiteral("shapley_value_sampling")));
}

QTEST_MAIN(TestWrappedText)
#include "tst_wrappedtext.moc"
