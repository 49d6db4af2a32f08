// SPDX-License-Identifier: GPL-3.0-or-later
// TextEscape: untrusted text for terminals, Markdown and CSV (issue #11, family 6).
#include "textescape.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestTextEscape : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void controls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"llama-3 on H100, 1.5 s"_s << u"llama-3 on H100, 1.5 s"_s;
        QTest::newRow("ansi") << u"\x1b[2J\x1b]0;t\x07"_s << u"\\e[2J\\e]0;t\\x07"_s;
        QTest::newRow("newlines") << u"a\nb\r\tc"_s << u"a\\nb\\r\\tc"_s;
        QTest::newRow("nul and del") << QString(u"a\0b\x7f"_s) << u"a\\x00b\\x7F"_s;
        QTest::newRow("c1 csi") << QString(QChar(0x9b)) + u"31m"_s << u"\\x9B31m"_s;
        QTest::newRow("bidi override") << u"abc\u202Edef"_s << u"abc\\u202Edef"_s;
        QTest::newRow("line separator") << u"a\u2028b"_s << u"a\\u2028b"_s;
        QTest::newRow("non-latin stays") << u"Grüße 世界 µs ×"_s << u"Grüße 世界 µs ×"_s;
    }
    void controls()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(TextEscape::controls(text), expected);
    }

    void markdown_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"GPT-2 (large) 1.5"_s << u"GPT-2 (large) 1.5"_s;
        QTest::newRow("pipe") << u"a|b"_s << u"a\\|b"_s;
        QTest::newRow("newline") << u"x\ny"_s << u"x\\ny"_s;
        QTest::newRow("emphasis and code") << u"*b* `c` ~s~"_s << u"\\*b\\* \\`c\\` \\~s\\~"_s;
        QTest::newRow("html and link") << u"<img src=x> [a](b) &amp;"_s << u"\\<img src=x\\> \\[a\\](b) \\&amp;"_s;
        QTest::newRow("underscore inside a word stays") << u"integrated_gradients"_s << u"integrated_gradients"_s;
        QTest::newRow("underscore at an edge") << u"_x_ a _b"_s << u"\\_x\\_ a \\_b"_s;
        QTest::newRow("backslash") << u"a\\|"_s << u"a\\\\\\|"_s;
    }
    void markdown()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(TextEscape::markdown(text), expected);
    }

    void markdownCode_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"run.json"_s << u"`run.json`"_s;
        QTest::newRow("one backtick") << u"a`b"_s << u"``a`b``"_s;
        QTest::newRow("two backticks") << u"a``b`"_s << u"``` a``b` ```"_s;
        QTest::newRow("pipe and newline") << u"a|b\nc"_s << u"`a\\|b\\nc`"_s;
    }
    void markdownCode()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(TextEscape::markdownCode(text), expected);
    }

    void csvText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"GPT-2"_s << u"GPT-2"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("formula") << u"=1+2"_s << u"'=1+2"_s;
        QTest::newRow("hyperlink, quoted") << u"=HYPERLINK(\"http://x\",\"y\")"_s
                                           << u"\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""_s;
        QTest::newRow("plus") << u"+cmd"_s << u"'+cmd"_s;
        QTest::newRow("minus text") << u"-x"_s << u"'-x"_s;
        QTest::newRow("at") << u"@SUM(1)"_s << u"'@SUM(1)"_s;
        QTest::newRow("tab") << u"\t=1"_s << u"'\t=1"_s;
        QTest::newRow("negative number stays") << u"-2.5"_s << u"-2.5"_s;
        QTest::newRow("plus number stays") << u"+3"_s << u"+3"_s;
        QTest::newRow("minus formula") << u"-2+3"_s << u"'-2+3"_s;
        QTest::newRow("comma quoted") << u"a,b"_s << u"\"a,b\""_s;
        QTest::newRow("equals later is fine") << u"a=b"_s << u"a=b"_s;
    }
    void csvText()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(TextEscape::csvText(text), expected);
    }
};

QTEST_GUILESS_MAIN(TestTextEscape)
#include "tst_textescape.moc"
