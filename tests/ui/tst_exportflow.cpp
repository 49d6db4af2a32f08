// SPDX-License-Identifier: GPL-3.0-or-later
// Export from the window as a user does it: the dialog, the question before an
// existing file is replaced, and the error box when nothing can be written.
#include "mainactions.h"
#include "mainwindow.h"
#include "sessionsettings.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

namespace {

// Answers the modal dialogs that come up, in order: each answer gets the
// dialog and returns true when it handled it.
using Answer = std::function<bool(QWidget *)>;

void answerDialogs(QList<Answer> answers, QStringList *seen)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answers, seen]() mutable {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || answers.isEmpty())
            return;
        seen->append(QString::fromLatin1(modal->metaObject()->className()));
        if (answers.first()(modal))
            answers.removeFirst();
        if (answers.isEmpty())
            timer->deleteLater();
    });
    timer->start();
}

bool accept(QWidget *dialog)
{
    static_cast<QDialog *>(dialog)->accept();
    return true;
}

Answer clickButton(QMessageBox::StandardButton which)
{
    return [which](QWidget *widget) {
        auto *box = qobject_cast<QMessageBox *>(widget);
        if (!box)
            return false;
        box->button(which)->click();
        return true;
    };
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestExportFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void replaceOnlyAfterConfirmation()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy applied(&window, &MainWindow::datasetApplied);
        window.openSources({QStringLiteral(ATTRISCOPE_TEST_DATA "/ui/two_models.json")});
        QVERIFY(applied.wait(10000));
        SessionSettings::saveExportChoices({dir.path(), QStringLiteral("png"), QSize(640, 400), 1.0});

        const QString existing = dir.filePath(QStringLiteral("heatmap.png"));
        QFile file(existing);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
        file.close();

        // Export all, then "Cancel" at the question: nothing is written at all.
        QStringList seen;
        answerDialogs({accept, clickButton(QMessageBox::Cancel)}, &seen);
        window.mainActions()->exportAll->trigger();
        QCOMPARE(seen, (QStringList{QStringLiteral("ExportDialog"), QStringLiteral("QMessageBox")}));
        QCOMPARE(readAll(existing), QByteArray("keep me"));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("performance.png"))));

        // Again, and "Yes": every chart written, the old file replaced.
        seen.clear();
        answerDialogs({accept, clickButton(QMessageBox::Yes)}, &seen);
        window.mainActions()->exportAll->trigger();
        QCOMPARE(seen.size(), 2);
        const QImage heatmap(existing);
        QCOMPARE(heatmap.size(), QSize(640, 400));
        const QImage performance(dir.filePath(QStringLiteral("performance.png")));
        QCOMPARE(performance.size(), QSize(640, 400));
    }

    void failureIsReportedAndLeavesNothing()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("blocker"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy applied(&window, &MainWindow::datasetApplied);
        window.openSources({QStringLiteral(ATTRISCOPE_TEST_DATA "/ui/two_models.json")});
        QVERIFY(applied.wait(10000));
        // A folder under a plain file cannot be created.
        SessionSettings::saveExportChoices({blocker + QStringLiteral("/charts"), QStringLiteral("png"), QSize(640, 400), 1.0});

        QStringList seen;
        QString errorText;
        answerDialogs({accept, [&errorText](QWidget *widget) {
                           auto *box = qobject_cast<QMessageBox *>(widget);
                           if (!box)
                               return false;
                           errorText = box->text() + QLatin1Char('\n') + box->informativeText();
                           box->button(QMessageBox::Ok)->click();
                           return true;
                       }},
                      &seen);
        window.mainActions()->exportAll->trigger();
        QCOMPARE(seen.size(), 2);
        QVERIFY2(errorText.contains(QStringLiteral("blocker")), qPrintable(errorText));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList{QStringLiteral("blocker")});
    }
};

QTEST_MAIN(TestExportFlow)
#include "tst_exportflow.moc"
