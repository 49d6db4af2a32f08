// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #11, family 5, in the window: a password or token in a URL was stored
// verbatim in the settings (recent URLs, the session), and a header value
// with CR LF was sent as extra request headers.
#include "openurldialog.h"
#include "sessionsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kSecretUrl = u"https://alice:s3cret@example.org/performance/timing?token=t0ken&x=1#frag"_s;

QCheckBox *checkBox(const QDialog &dialog, const QString &startsWith)
{
    for (QCheckBox *box : dialog.findChildren<QCheckBox *>()) {
        if (box->text().remove(QLatin1Char('&')).startsWith(startsWith))
            return box;
    }
    return nullptr;
}

/// Every value stored in the settings, as text.
QString allSettings()
{
    QSettings settings;
    QString text;
    for (const QString &key : settings.allKeys())
        text += key + u"="_s + settings.value(key).toStringList().join(u"|"_s) + settings.value(key).toString() + u"\n"_s;
    return text;
}
} // namespace

class TestUrlSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setDefaultFormat(QSettings::NativeFormat);
        QCoreApplication::setOrganizationName(u"AttriScopeTest"_s);
        QCoreApplication::setApplicationName(u"tst_urlsecrets"_s);
    }
    void init() { QSettings().clear(); }

    void headerWithControlCharacterRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::addColumn<bool>("typed"); ///< survives the text field (which turns a CR into a line break)
        QTest::newRow("CR in a line") << u"X-Token: abc\rX-Injected: 1"_s
                                      << u"Header line 1: header X-Token: the value has a control character (byte 0x0d "
                                         "at 3); CR and LF would add request headers."_s
                                      << false;
        QTest::newRow("NUL") << u"Authorization: Bearer a\u0000b"_s
                             << u"Header line 1: header Authorization: the value has a control character (byte 0x00 "
                                "at 8); CR and LF would add request headers."_s
                             << false;
        QTest::newRow("ESC, second line") << u"A: 1\nX-Token: a\u001bb"_s
                                          << u"Header line 2: header X-Token: the value has a control character (byte "
                                             "0x1b at 1); CR and LF would add request headers."_s
                                          << true;
    }

    void headerWithControlCharacterRefused()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        QFETCH(bool, typed);
        HeaderList headers;
        QString message;
        QVERIFY(!OpenUrlDialog::parseHeaders(text, &headers, &message));
        QCOMPARE(message, error);
        if (!typed)
            return;

        // The dialog says so and does not open.
        OpenUrlDialog dialog;
        dialog.findChild<QComboBox *>()->setEditText(u"https://example.org/timing"_s);
        dialog.findChild<QPlainTextEdit *>()->setPlainText(text);
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QVERIFY(!buttons->button(QDialogButtonBox::Open)->isEnabled());
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
    }

    void recentUrlWithoutSecretsUnlessAsked()
    {
        {
            OpenUrlDialog dialog;
            QCheckBox *full = checkBox(dialog, u"Remember the full address"_s);
            QVERIFY(full);
            QVERIFY(!full->isChecked());
            dialog.findChild<QComboBox *>()->setEditText(kSecretUrl);
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(dialog.url(), kSecretUrl); // what is requested keeps them
        }
        QCOMPARE(QSettings().value(u"recent/urls"_s).toStringList(),
                 QStringList{u"https://example.org/performance/timing"_s});
        const QString stored = allSettings();
        for (const QString &secret : {u"alice"_s, u"s3cret"_s, u"t0ken"_s, u"frag"_s})
            QVERIFY2(!stored.contains(secret), qPrintable(stored));

        // Asked to: the whole address is kept.
        OpenUrlDialog dialog;
        checkBox(dialog, u"Remember the full address"_s)->setChecked(true);
        dialog.findChild<QComboBox *>()->setEditText(kSecretUrl);
        dialog.accept();
        QCOMPARE(QSettings().value(u"recent/urls"_s).toStringList().value(0), kSecretUrl);
    }

    void sessionSourcesWithoutSecrets()
    {
        SessionSettings::saveSources({kSecretUrl, u"/data/run.json"_s});
        QCOMPARE(SessionSettings::lastSources(),
                 (QStringList{u"https://example.org/performance/timing"_s, u"/data/run.json"_s}));
    }

private:
    QTemporaryDir m_settingsDir;
};

QTEST_MAIN(TestUrlSecrets)
#include "tst_urlsecrets.moc"
