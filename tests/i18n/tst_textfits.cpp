// SPDX-License-Identifier: GPL-3.0-or-later
// Text never cut at 1280×800 (issue #13, item 7), in English and German, on
// the 30 × 20 × 5 sweep: in every tab, each shown combo box has room for its
// current text, each single-line label for its text, each button and check
// box for its own size hint. Widths are measured with the widget's font
// metrics and the style's own text rectangles. The charts' own texts (row
// labels, panel headers, heatmap names) are checked by tst_dotplot,
// tst_heatmapview and tst_beyond.

#include "mainwindow.h"

#include "../sweepfixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {

/// Where `widget`'s text does not fit; empty when it does or is not checked.
QString cut(QWidget *widget)
{
    if (auto *box = qobject_cast<QComboBox *>(widget)) {
        if (box->currentText().isEmpty() || box->isEditable())
            return {};
        QStyleOptionComboBox option;
        option.initFrom(box);
        option.editable = false;
        option.currentText = box->currentText();
        const QRect field = box->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, box);
        const int needed = box->fontMetrics().horizontalAdvance(box->currentText());
        if (needed > field.width())
            return QStringLiteral("combo box “%1”: %2 px of text in %3 px").arg(box->currentText()).arg(needed).arg(field.width());
        return {};
    }
    if (auto *label = qobject_cast<QLabel *>(widget)) {
        if (label->wordWrap() || label->text().isEmpty() || label->textFormat() == Qt::RichText
            || Qt::mightBeRichText(label->text()) || label->text().contains(QLatin1Char('\n')))
            return {};
        QString text = label->text();
        text.remove(QLatin1Char('&')); // a buddy's mnemonic is not drawn
        const int needed = label->fontMetrics().horizontalAdvance(text);
        if (needed > label->contentsRect().width())
            return QStringLiteral("label “%1”: %2 px of text in %3 px").arg(text).arg(needed).arg(label->contentsRect().width());
        return {};
    }
    if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
        if (button->text().isEmpty())
            return {};
        if (button->sizeHint().width() > button->width())
            return QStringLiteral("button “%1”: needs %2 px, has %3 px").arg(button->text()).arg(button->sizeHint().width()).arg(button->width());
    }
    return {};
}

} // namespace

class TestTextFits : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyTabAt1280x800_data();
    void everyTabAt1280x800();

private:
    QTemporaryDir m_dir;
    QString m_sweep;
};

void TestTextFits::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("AttriScopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_textfits"));
    m_sweep = m_dir.filePath(QStringLiteral("sweep.json"));
    QVERIFY(SweepFixture::write(m_sweep));
}

void TestTextFits::everyTabAt1280x800_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("de") << QStringLiteral("de");
}

void TestTextFits::everyTabAt1280x800()
{
    QFETCH(QString, language);
    QSettings().clear();
    QTranslator translator;
    if (language != QLatin1String("en")) {
        QVERIFY(translator.load(QStringLiteral("attriscope_") + language, QStringLiteral(ATTRISCOPE_QM_DIR)));
        QCoreApplication::installTranslator(&translator);
    }
    {
        MainWindow window;
        // The size a first start picks on a 1280×800 screen (a taskbar aside).
        window.resize(MainWindow::firstStartSize(QSize(1280, 800)));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy applied(&window, &MainWindow::datasetApplied);
        window.openSources({m_sweep});
        QVERIFY(applied.wait(30000));
        auto *tabs = window.findChild<QTabWidget *>();
        QVERIFY(tabs);
        QStringList problems;
        // Every tab's name is on the bar, whole: no scroll arrows, no elided name.
        QTabBar *bar = tabs->tabBar();
        const int lastRight = bar->tabRect(bar->count() - 1).right();
        if (lastRight >= bar->width())
            problems.append(QStringLiteral("tab bar: the tabs need %1 px, the bar has %2 px").arg(lastRight + 1).arg(bar->width()));
        for (int i = 0; i < bar->count(); ++i) {
            const int needed = bar->fontMetrics().horizontalAdvance(bar->tabText(i).remove(QLatin1Char('&')));
            if (bar->tabRect(i).width() < needed)
                problems.append(QStringLiteral("tab “%1”: %2 px of text in %3 px").arg(bar->tabText(i)).arg(needed).arg(bar->tabRect(i).width()));
        }
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QTest::qWait(50);
            QWidget *page = tabs->widget(i);
            for (QWidget *widget : page->findChildren<QWidget *>()) {
                if (!widget->isVisibleTo(&window) || widget->width() <= 0)
                    continue;
                if (const QString problem = cut(widget); !problem.isEmpty())
                    problems.append(tabs->tabText(i) + QStringLiteral(": ") + problem);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
    QCoreApplication::removeTranslator(&translator);
}

QTEST_MAIN(TestTextFits)
#include "tst_textfits.moc"
