// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogues reach the window and the command line; machine output stays English.
#include "mainwindow.h"

#include <QApplication>
#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (const QAction *action : window.menuBar()->actions())
        titles.append(action->text());
    return titles;
}

QStringList tabTitles(const MainWindow &window)
{
    QStringList titles;
    const auto *tabs = window.findChild<QTabWidget *>();
    for (int i = 0; tabs && i < tabs->count(); ++i)
        titles.append(tabs->tabText(i));
    return titles;
}

/// Runs the binary with the given language environment; returns stdout.
QByteArray run(const QStringList &arguments, const QString &language, const QString &locale)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANGUAGE"), language);
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.insert(QStringLiteral("LANG"), locale);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ATTRISCOPE_BINARY), arguments);
    if (!process.waitForFinished(120000))
        return "timeout";
    return process.readAllStandardOutput();
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void windowInGerman()
    {
        QStringList englishMenus, englishTabs;
        {
            MainWindow window;
            englishMenus = menuTitles(window);
            englishTabs = tabTitles(window);
        }
        QVERIFY(englishMenus.contains(QStringLiteral("&File")));
        QVERIFY(englishTabs.size() > 2);

        QTranslator german;
        QVERIFY(german.load(QStringLiteral("attriscope_de"), QStringLiteral(ATTRISCOPE_QM_DIR)));
        QCoreApplication::installTranslator(&german);
        MainWindow window;
        const QStringList menus = menuTitles(window);
        const QStringList tabs = tabTitles(window);
        QCoreApplication::removeTranslator(&german);
        QVERIFY2(menus.contains(QStringLiteral("&Datei")), qPrintable(menus.join(QLatin1Char(' '))));
        QCOMPARE(tabs.size(), englishTabs.size());
        QVERIFY2(tabs != englishTabs, qPrintable(tabs.join(QLatin1Char(' '))));
    }

    void plurals()
    {
        const char *text = "Could not load %n source(s).";
        QTranslator english;
        QVERIFY(english.load(QStringLiteral("attriscope_en"), QStringLiteral(ATTRISCOPE_QM_DIR)));
        QCoreApplication::installTranslator(&english);
        const QString englishOne = QCoreApplication::translate("MainWindow", text, nullptr, 1);
        const QString englishThree = QCoreApplication::translate("MainWindow", text, nullptr, 3);
        QCoreApplication::removeTranslator(&english);
        QCOMPARE(englishOne, QStringLiteral("Could not load 1 source."));
        QCOMPARE(englishThree, QStringLiteral("Could not load 3 sources."));

        QTranslator german;
        QVERIFY(german.load(QStringLiteral("attriscope_de"), QStringLiteral(ATTRISCOPE_QM_DIR)));
        QCoreApplication::installTranslator(&german);
        const QString one = QCoreApplication::translate("MainWindow", text, nullptr, 1);
        const QString three = QCoreApplication::translate("MainWindow", text, nullptr, 3);
        QCoreApplication::removeTranslator(&german);
        QVERIFY2(one.contains(QLatin1String("1 Quelle ")), qPrintable(one));
        QVERIFY2(three.contains(QLatin1String("3 Quellen ")), qPrintable(three));
    }

    void commandLineHelpInGerman()
    {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral("attriscope_de"), QStringLiteral(ATTRISCOPE_QM_DIR)));
        const QString description = german.translate("Cli", "Prints statistics of attribution timing results.");
        QVERIFY(!description.isEmpty());
        const QString help = QString::fromUtf8(run({QStringLiteral("report"), QStringLiteral("--help")},
                                                   QStringLiteral("de"), QStringLiteral("de_DE.UTF-8")));
        QVERIFY2(help.contains(description), qPrintable(help));
    }

    // The JSON and CSV reports are for scripts: the same bytes whatever the language.
    void machineOutputStaysEnglish_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("json") << QStringLiteral("json");
        QTest::newRow("csv") << QStringLiteral("csv");
    }

    void machineOutputStaysEnglish()
    {
        QFETCH(QString, format);
        const QStringList arguments{QStringLiteral("report"), QStringLiteral("--format"), format,
                                    QStringLiteral("--sample")};
        const QByteArray english = run(arguments, QStringLiteral("en"), QStringLiteral("C.UTF-8"));
        const QByteArray german = run(arguments, QStringLiteral("de"), QStringLiteral("de_DE.UTF-8"));
        QVERIFY(english.size() > 100);
        QCOMPARE(german, english);
    }

    void markdownFollowsTheLanguage()
    {
        const QStringList arguments{QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("markdown"),
                                    QStringLiteral("--sample")};
        const QByteArray english = run(arguments, QStringLiteral("en"), QStringLiteral("C.UTF-8"));
        const QByteArray german = run(arguments, QStringLiteral("de"), QStringLiteral("de_DE.UTF-8"));
        QVERIFY(english.startsWith("# AttriScope report"));
        QVERIFY2(!german.startsWith("# AttriScope report"), german.left(200).constData());
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
