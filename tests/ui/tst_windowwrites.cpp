// SPDX-License-Identifier: GPL-3.0-or-later
// The window's side of issue #11: the error banner after a load that worked,
// the "Replace?" question only for files that exist (Cancel by default), an
// export set that is all or nothing, and the groups CSV that neither follows
// a symbolic link nor hands a spreadsheet a formula.
#include "exportcontroller.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "sessionsettings.h"
#include "sourceloader.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

// Answers the modal dialogs that come up, in order (as tst_exportflow does).
using Answer = std::function<bool(QWidget *)>;

/// The answering timer, gone when every answer was used; delete it to stop early.
QPointer<QTimer> answerDialogs(QList<Answer> answers, QStringList *seen)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answers, seen]() mutable {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || answers.isEmpty())
            return;
        if (answers.first()(modal)) {
            seen->append(QString::fromLatin1(modal->metaObject()->className()));
            answers.removeFirst();
        }
        if (answers.isEmpty())
            timer->deleteLater();
    });
    timer->start();
    return timer;
}

/// Any question box: noted and cancelled (so an unexpected one fails the test instead of hanging it).
bool cancelBox(QWidget *widget)
{
    auto *box = qobject_cast<QMessageBox *>(widget);
    if (!box)
        return false;
    box->button(QMessageBox::Cancel)->click();
    return true;
}

bool accept(QWidget *dialog)
{
    static_cast<QDialog *>(dialog)->accept();
    return true;
}

QString testFile(const char *name)
{
    return QStringLiteral(ATTRISCOPE_TEST_DATA "/ui/") + QLatin1String(name);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool load(MainWindow &window, const QStringList &paths)
{
    QSignalSpy applied(&window, &MainWindow::datasetApplied);
    window.openSources(paths);
    return applied.wait(10000);
}

} // namespace

class TestWindowWrites : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void successfulLoadClearsTheErrorBanner()
    {
        // Regression (issue #11): after a failed load, a later load that worked
        // left the red banner on screen.
        MainWindow window;
        window.show();
        QVERIFY(load(window, {testFile("two_models.json")}));
        QSignalSpy failed(&window, &MainWindow::loadFailed);
        window.openSources({testFile("broken.json")});
        QVERIFY(failed.wait(10000));
        QVERIFY(!window.banner()->isHidden());
        QCOMPARE(window.banner()->tone(), ToneFrame::Error);

        QVERIFY(load(window, {testFile("h200.json")}));
        QVERIFY(window.banner()->isHidden());

        // One job, one good and one bad source: its own error stays.
        failed.clear();
        window.openSources({testFile("two_models.json"), testFile("broken.json")});
        QVERIFY(failed.wait(10000));
        QTest::qWait(200);
        QVERIFY(!window.banner()->isHidden());
        QVERIFY(window.banner()->text().contains(u"broken.json"_s));
    }

    void replaceIsAskedOnlyForAFileThatExists()
    {
        // Regression (issue #11): Export Current Chart asked "already exists.
        // Replace it?" for a new file too, with Cancel as default, so Enter
        // threw the export away. Now a new file is written without a question;
        // for an existing one Cancel stays the default (Enter keeps the file).
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(load(window, {testFile("two_models.json")}));
        SessionSettings::saveExportChoices({dir.path(), u"png"_s, QSize(320, 200), 1.0});

        QStringList seen;
        QPointer<QTimer> answering = answerDialogs({accept, cancelBox}, &seen);
        window.mainActions()->exportChart->trigger();
        delete answering; // the question for a new file must not come
        QCOMPARE(seen, QStringList{u"ExportDialog"_s});
        const QStringList files = QDir(dir.path()).entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        const QString path = dir.filePath(files.first());
        QCOMPARE(QImage(path).size(), QSize(320, 200));

        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
        file.close();
        seen.clear();
        QMessageBox::StandardButton defaultButton = QMessageBox::NoButton;
        answerDialogs({accept,
                       [&defaultButton](QWidget *widget) {
                           auto *box = qobject_cast<QMessageBox *>(widget);
                           if (!box)
                               return false;
                           defaultButton = box->standardButton(box->defaultButton());
                           QTest::keyClick(box, Qt::Key_Return); // what a user does without reading
                           return true;
                       }},
                      &seen);
        window.mainActions()->exportChart->trigger();
        QCOMPARE(seen, (QStringList{u"ExportDialog"_s, u"QMessageBox"_s}));
        QCOMPARE(defaultButton, QMessageBox::Cancel);
        QCOMPARE(readAll(path), QByteArray("keep me"));
    }

    void groupsCsvAsksOnlyForAFileThatExists()
    {
        // Regression (issue #11): Save groups CSV asked "Replace it?" for a new
        // file too. The file dialog is told not to ask, so we ask once, and
        // only when the file is there.
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(load(window, {testFile("two_models.json")}));
        const QString path = dir.filePath(u"groups.csv"_s);
        const Answer chooseFile = [path](QWidget *widget) {
            auto *dialog = qobject_cast<QFileDialog *>(widget);
            if (!dialog)
                return false;
            dialog->selectFile(path);
            static_cast<QDialog *>(dialog)->accept(); // the OK button: QFileDialog::accept(), protected there
            return true;
        };
        QStringList seen;
        QPointer<QTimer> answering = answerDialogs({chooseFile, cancelBox}, &seen);
        window.mainActions()->exportGroupsCsv->trigger();
        delete answering;
        QCOMPARE(seen, QStringList{u"QFileDialog"_s});
        QVERIFY(readAll(path).startsWith("model,method,hardware,"));

        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
        file.close();
        seen.clear();
        QMessageBox::StandardButton defaultButton = QMessageBox::NoButton;
        answering = answerDialogs({chooseFile,
                                   [&defaultButton](QWidget *widget) {
                                       auto *box = qobject_cast<QMessageBox *>(widget);
                                       if (!box)
                                           return false;
                                       defaultButton = box->standardButton(box->defaultButton());
                                       QTest::keyClick(box, Qt::Key_Return);
                                       return true;
                                   }},
                                  &seen);
        window.mainActions()->exportGroupsCsv->trigger();
        delete answering;
        QCOMPARE(seen, (QStringList{u"QFileDialog"_s, u"QMessageBox"_s}));
        QCOMPARE(defaultButton, QMessageBox::Cancel);
        QCOMPARE(readAll(path), QByteArray("keep me"));
    }

    void exportAllIsAllOrNothing()
    {
        // A folder under one chart's name: the question, then the refusal,
        // and no other chart written.
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(u"heatmap.png"_s)));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(load(window, {testFile("two_models.json")}));
        SessionSettings::saveExportChoices({dir.path(), u"png"_s, QSize(320, 200), 1.0});
        QStringList seen;
        QString errorText;
        answerDialogs({accept,
                       [](QWidget *widget) {
                           auto *box = qobject_cast<QMessageBox *>(widget);
                           if (!box || !box->text().contains(u"heatmap.png"_s))
                               return false;
                           box->button(QMessageBox::Yes)->click();
                           return true;
                       },
                       [&errorText](QWidget *widget) {
                           auto *box = qobject_cast<QMessageBox *>(widget);
                           if (!box || box->icon() != QMessageBox::Critical)
                               return false;
                           errorText = box->informativeText();
                           box->button(QMessageBox::Ok)->click();
                           return true;
                       }},
                      &seen);
        window.mainActions()->exportAll->trigger();
        QCOMPARE(seen.size(), 3);
        QVERIFY2(errorText.contains(u"heatmap.png"_s) && errorText.contains(u"folder"_s), qPrintable(errorText));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList{u"heatmap.png"_s});
    }

    void groupsCsvRefusesLinksAndFormulas()
    {
        QTemporaryDir dir;
        const QString input = dir.filePath(u"input.json"_s);
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"method_timing": [], "prompt_timing": [
  {"model": "=1+2", "method": "@x", "time": 1.5, "tokens": 10, "gpu_info": "T4"},
  {"model": "-3", "method": "-y", "time": 2.5, "tokens": 10, "gpu_info": "T4"}]})");
        file.close();
        const LoadResult loaded = loadSourcesBlocking({input}, LoadOptions());
        QVERIFY2(loaded.errors.isEmpty(), qPrintable(loaded.errors.join(u'\n')));
        const DatasetPtr dataset = Dataset::build(loaded.sources);
        std::vector<int> groups(dataset->groups().size());
        for (std::size_t i = 0; i < groups.size(); ++i)
            groups[i] = int(i);

        // A link named groups.csv pointing at the input: refused, input intact.
        const QByteArray before = readAll(input);
        const QString link = dir.filePath(u"groups.csv"_s);
        QVERIFY(QFile::link(input, link));
        QString error;
        QVERIFY(!ExportController::writeGroupsCsv(link, *dataset, groups, &error));
        QVERIFY2(error.contains(u"symbolic link"_s), qPrintable(error));
        QCOMPARE(readAll(input), before);

        const QString path = dir.filePath(u"plain.csv"_s);
        QVERIFY2(ExportController::writeGroupsCsv(path, *dataset, groups, &error), qPrintable(error));
        const QByteArray csv = readAll(path);
        QVERIFY2(csv.contains("\n'=1+2,'@x,T4,1,1,"), csv.constData());
        QVERIFY2(csv.contains("\n-3,'-y,T4,1,1,"), csv.constData());
    }
};

QTEST_MAIN(TestWindowWrites)
#include "tst_windowwrites.moc"
