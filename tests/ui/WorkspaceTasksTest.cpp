// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Long workspace work off the GUI thread, recent workspaces, files dropped on the window or sent by the desktop,
// and the refusals a user sees when a file cannot be opened.
#include "ui/workspace/WorkspaceTasks.h"

#include "TemporarySettings.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/PartnerRepository.h"
#include "core/storage/SampleWorkspace.h"
#include "core/storage/Workspace.h"
#include "core/storage/WorkspaceBackup.h"
#include "core/storage/WorkspaceLocation.h"
#include "core/storage/WriteTransaction.h"
#include "support/CatchCompat.h"
#include "ui/assessment/AssessmentEditor.h"
#include "ui/common/BackgroundTask.h"
#include "ui/common/DialogRunner.h"
#include "ui/common/EmptyState.h"
#include "ui/common/MessageBar.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/workspace/FileOpenFilter.h"
#include "ui/workspace/RecentWorkspacesMenu.h"
#include "ui/workspace/WorkspaceController.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileOpenEvent>
#include <QMenu>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <functional>

using namespace pf;
using pf::test::TemporarySettings;
using pf::ui::BackgroundTask;
using pf::ui::DialogRunner;
using pf::ui::MainWindow;
using pf::ui::Settings;

namespace {

/// A CSV file of @p rows valid partners.
QString writeCsv(const QString &path, int rows)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    QByteArray data = "name,type,stage,regions,notes\n";
    for (int i = 0; i < rows; ++i) {
        data += "Partner " + QByteArray::number(i) + ",technology,prospect,DACH,Met at a trade fair\n";
    }
    file.write(data);
    return path;
}

int storedPartners(const QString &workspacePath)
{
    core::WorkspaceOpenResult opened = core::Workspace::open(workspacePath);
    REQUIRE(opened.ok());
    const auto partners = core::PartnerRepository(*opened.workspace).list();
    REQUIRE(partners.ok());
    return int(partners.value->size());
}

void drop(QWidget *target, const QList<QUrl> &urls)
{
    QMimeData mime;
    mime.setUrls(urls);
    const QPointF at(target->width() / 2.0, target->height() / 2.0);
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    CHECK(enter.isAccepted());
    QDropEvent dropEvent(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &dropEvent);
    // The file is handled once the drop has returned.
    QTest::qWait(20);
}

/// Points the (test-mode) default workspace folder into @p dir where it follows HOME (Linux, macOS): tests run in
/// parallel must not share it.
struct TemporaryHome
{
    QByteArray previous = qgetenv("HOME");
    explicit TemporaryHome(const QString &dir) { qputenv("HOME", QFile::encodeName(dir)); }
    ~TemporaryHome() { qputenv("HOME", previous); }
    TemporaryHome(const TemporaryHome &) = delete;
    TemporaryHome &operator=(const TemporaryHome &) = delete;
};

struct ClearResponders
{
    ~ClearResponders()
    {
        DialogRunner::setFileResponder({});
        DialogRunner::setQuestionResponder({});
    }
};

} // namespace

TEST_CASE("A large CSV import runs off the GUI thread with progress, and shows the partners", "[tasks][import]")
{
    TemporarySettings temp;
    ClearResponders clear;
    MainWindow window(temp.dir.filePath(QStringLiteral("big.partnerfit")));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const int rows = qEnvironmentVariableIntValue("PARTNERFIT_TEST_IMPORT_ROWS") > 0
                         ? qEnvironmentVariableIntValue("PARTNERFIT_TEST_IMPORT_ROWS")
                         : 30000;
    const QString csv = writeCsv(temp.dir.filePath(QStringLiteral("partners.csv")), rows);
    DialogRunner::setFileResponder([&](const QString &) { return csv; });

    // A timer on the GUI thread keeps firing while the file is read and the rows are stored.
    int ticks = 0;
    qint64 longestGapMs = 0;
    qint64 longestTaskMs = 0;
    BackgroundTask *seen = nullptr;
    QElapsedTimer taskClock;
    QElapsedTimer sinceTick;
    QSet<QString> phases;
    bool sawPartialProgress = false;
    bool dialogShown = false;
    QTimer timer;
    timer.setInterval(10);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        if (BackgroundTask *task = BackgroundTask::current()) {
            ++ticks;
            if (sinceTick.isValid()) {
                longestGapMs = qMax(longestGapMs, sinceTick.elapsed());
            }
            sinceTick.restart();
            if (task != seen) {
                seen = task;
                taskClock.start();
            }
            longestTaskMs = qMax(longestTaskMs, taskClock.elapsed());
            phases.insert(task->label().section(QLatin1Char(' '), 0, 0));
            sawPartialProgress = sawPartialProgress || (task->done() > 0 && task->done() < task->total());
            dialogShown = dialogShown || task->dialog()->isVisible();
        }
    });
    timer.start();
    QAction *import = window.findChild<QAction *>(QStringLiteral("actionImportPartners"));
    QElapsedTimer work;
    work.start();
    import->trigger();
    REQUIRE(BackgroundTask::isBusy());
    // Conflicting actions wait while the work runs.
    CHECK_FALSE(import->isEnabled());
    CHECK_FALSE(window.findChild<QAction *>(QStringLiteral("actionAddPartner"))->isEnabled());
    REQUIRE(BackgroundTask::waitForIdle());
    timer.stop();
    const qint64 workMs = work.elapsed();

    CHECK(ticks >= 5);
    CHECK(phases.contains(QStringLiteral("Reading")));
    CHECK(phases.contains(QStringLiteral("Importing")));
    CHECK(sawPartialProgress);
    INFO("longest pause of the GUI thread during the work: " << longestGapMs << " ms of " << workMs << " ms");
    // Frozen, the GUI thread would pause for the whole work; a loaded machine slows both alike.
    CHECK(longestGapMs * 4 < workMs);
    if (longestTaskMs > 600) {
        CHECK(dialogShown); // the progress dialog appears once a step takes longer than 300 ms
    }
    for (QProgressDialog *dialog : window.findChildren<QProgressDialog *>()) {
        CHECK_FALSE(dialog->isVisible());
    }

    REQUIRE(window.controller()->partners().size() == rows);
    CHECK(window.partnerTable()->model()->rowCount() == rows);
    CHECK(window.messageBar()->text().contains(QStringLiteral("partners.csv: %1").arg(QLocale().toString(rows))));
    // What stays on the GUI thread: reading the new list for the window.
    QElapsedTimer reload;
    reload.start();
    window.controller()->reload();
    INFO("reloading " << rows << " partners on the GUI thread: " << reload.elapsed() << " ms");
    CHECK(reload.elapsed() < 5000);
    CHECK(import->isEnabled());
    CHECK(storedPartners(window.workspacePath()) == rows);
}

TEST_CASE("Cancelling an import leaves the workspace exactly as it was", "[tasks][import][cancel]")
{
    TemporarySettings temp;
    ClearResponders clear;
    MainWindow window(temp.dir.filePath(QStringLiteral("keep.partnerfit")));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    core::Partner existing;
    existing.name = QStringLiteral("Acme GmbH");
    REQUIRE(window.controller()->addPartner(existing).ok());
    const QString csv = writeCsv(temp.dir.filePath(QStringLiteral("many.csv")), 40000);
    DialogRunner::setFileResponder([&](const QString &) { return csv; });

    window.findChild<QAction *>(QStringLiteral("actionImportPartners"))->trigger();
    // As soon as rows are being stored (inside the one transaction), press the progress dialog's Cancel button.
    REQUIRE(QTest::qWaitFor(
        [] {
            BackgroundTask *task = BackgroundTask::current();
            return task && task->label().startsWith(QStringLiteral("Importing")) && task->done() > 0;
        },
        60000));
    BackgroundTask *task = BackgroundTask::current();
    CHECK(task->done() < task->total());
    auto *cancel = task->dialog()->findChild<QPushButton *>();
    REQUIRE(cancel);
    cancel->click();
    REQUIRE(BackgroundTask::waitForIdle());

    REQUIRE(window.controller()->partners().size() == 1);
    CHECK(window.partnerTable()->model()->rowCount() == 1);
    CHECK(window.messageBar()->text().contains(QStringLiteral("cancelled")));
    CHECK(storedPartners(window.workspacePath()) == 1);
    // The workspace is usable at once: nothing is left locked.
    core::Partner next;
    next.name = QStringLiteral("Borealis Data");
    CHECK(window.controller()->addPartner(next).ok());
}

TEST_CASE("A cancelled sample workspace leaves no file behind", "[tasks][sample][cancel]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.partnerfit"));
    qint64 reported = 0;
    const core::StorageStatus status = core::SampleWorkspace::create(path, {}, [&](qint64 done, qint64 total) {
        reported = total;
        return done < 3;
    });
    CHECK(status.error == core::StorageError::Cancelled);
    CHECK(reported == 15);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());

    // Not cancelled: the file is there, complete.
    REQUIRE(core::SampleWorkspace::create(path).ok());
    CHECK(storedPartners(path) == 15);
    CHECK(QDir(dir.path()).entryList({QStringLiteral("*.filling*")}, QDir::Files).isEmpty());
}

TEST_CASE("Check workspace runs off the GUI thread and reports the result", "[tasks][check]")
{
    TemporarySettings temp;
    MainWindow window(temp.dir.filePath(QStringLiteral("check.partnerfit")));
    window.findChild<QAction *>(QStringLiteral("actionCheckWorkspace"))->trigger();
    REQUIRE(BackgroundTask::waitForIdle());
    CHECK(window.messageBar()->text().contains(QStringLiteral("every check passed")));
}

TEST_CASE("First start creates the default workspace and offers the sample one", "[tasks][firststart]")
{
    TemporarySettings temp;
    TemporaryHome home(temp.dir.path());
    const QString path = core::WorkspaceLocation::defaultWorkspacePath();
    if (!path.startsWith(temp.dir.path())) {
        QFile::remove(path); // where HOME does not move it (Windows), the shared test-mode file starts afresh
    }
    REQUIRE_FALSE(QFileInfo::exists(path));
    {
        MainWindow window(path);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        CHECK(window.controller()->isOpen());
        CHECK(QFileInfo::exists(path));
        auto *empty = window.findChild<ui::EmptyState *>(QStringLiteral("emptyState"));
        REQUIRE(empty);
        CHECK(empty->isVisible());
        QStringList buttons;
        for (QPushButton *button : empty->findChildren<QPushButton *>()) {
            if (button->isVisible() && button->isEnabled()) {
                buttons << button->text().remove(QLatin1Char('&'));
            }
        }
        CHECK(buttons.contains(QStringLiteral("Open the Sample Workspace")));
    }
    QFile::remove(path);
}

TEST_CASE("Open Recent lists the last workspaces, most recent first, and forgets missing ones", "[tasks][recent]")
{
    TemporarySettings temp;
    ClearResponders clear;
    const QString first = temp.dir.filePath(QStringLiteral("first.partnerfit"));
    const QString second = temp.dir.filePath(QStringLiteral("second.partnerfit"));
    MainWindow window(first);
    REQUIRE(window.openWorkspace(second, true));
    REQUIRE(window.openWorkspace(first));

    auto *menu = window.findChild<ui::RecentWorkspacesMenu *>(QStringLiteral("menuOpenRecent"));
    REQUIRE(menu);
    auto entries = [menu] {
        QList<QAction *> found;
        for (QAction *action : menu->actions()) {
            if (action->data().isValid()) {
                found << action;
            }
        }
        return found;
    };
    REQUIRE(entries().size() == 2);
    CHECK(entries().at(0)->text() == QStringLiteral("&1 first"));
    CHECK(entries().at(1)->text() == QStringLiteral("&2 second"));
    CHECK(entries().at(1)->toolTip() == QDir::toNativeSeparators(QFileInfo(second).absoluteFilePath()));
    CHECK(entries().at(1)->statusTip() == entries().at(1)->toolTip());

    // Choosing an entry opens it.
    entries().at(1)->trigger();
    CHECK(window.workspacePath() == QFileInfo(second).absoluteFilePath());
    CHECK(entries().at(0)->data().toString() == QFileInfo(second).absoluteFilePath());

    // A workspace that is gone: the user is told and may remove it from the list.
    REQUIRE(window.openWorkspace(first));
    QFile::remove(second);
    QString asked;
    DialogRunner::setQuestionResponder([&](const QString &, const QString &text) {
        asked = text;
        return QMessageBox::Yes;
    });
    entries().at(1)->trigger();
    CHECK(asked.contains(QStringLiteral("no longer at")));
    CHECK(window.workspacePath() == QFileInfo(first).absoluteFilePath());
    REQUIRE(entries().size() == 1);

    // At most ten, and Clear Menu empties the list.
    for (int i = 0; i < 12; ++i) {
        Settings::instance().addRecentWorkspace(temp.dir.filePath(QStringLiteral("w%1.partnerfit").arg(i)));
    }
    CHECK(entries().size() == 10);
    CHECK(entries().constLast()->text() == QStringLiteral("&0 w2"));
    QAction *clearMenu = menu->actions().constLast();
    CHECK(clearMenu->text() == QStringLiteral("Clear Menu"));
    clearMenu->trigger();
    CHECK(entries().isEmpty());
    CHECK(Settings::instance().stringList(Settings::Key::RecentWorkspaces).isEmpty());
}

TEST_CASE("Recent workspaces with the same name show their folder", "[tasks][recent]")
{
    const QStringList names = ui::RecentWorkspacesMenu::displayNames({QStringLiteral("/a/sales/deals.partnerfit"),
                                                                      QStringLiteral("/b/legal/deals.partnerfit"),
                                                                      QStringLiteral("/c/team.partnerfit")});
    CHECK(names ==
          QStringList{QStringLiteral("deals (in sales)"), QStringLiteral("deals (in legal)"), QStringLiteral("team")});
}

TEST_CASE("A workspace dropped on the window opens, a CSV is imported, anything else is refused", "[tasks][drop]")
{
    TemporarySettings temp;
    ClearResponders clear;
    const QString other = temp.dir.filePath(QStringLiteral("other.partnerfit"));
    {
        core::WorkspaceOpenResult created = core::Workspace::create(other);
        REQUIRE(created.ok());
        core::Partner partner;
        partner.name = QStringLiteral("Dropped GmbH");
        REQUIRE(core::PartnerRepository(*created.workspace).add(partner).ok());
    }
    MainWindow window(temp.dir.filePath(QStringLiteral("start.partnerfit")));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    drop(&window, {QUrl::fromLocalFile(other)});
    CHECK(window.workspacePath() == QFileInfo(other).absoluteFilePath());
    REQUIRE(window.controller()->partners().size() == 1);

    const QString csv = temp.dir.filePath(QStringLiteral("more.csv"));
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("name,stage\nBorealis Data,active\nCobalt AG,prospect\n");
    }
    drop(&window, {QUrl::fromLocalFile(csv)});
    REQUIRE(BackgroundTask::waitForIdle());
    CHECK(window.controller()->partners().size() == 3);

    const QString text = temp.dir.filePath(QStringLiteral("notes.txt"));
    drop(&window, {QUrl::fromLocalFile(text)});
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("notes.txt was not opened")));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral(".partnerfit")));
    drop(&window, {QUrl::fromLocalFile(csv), QUrl::fromLocalFile(other)});
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("one file at a time")));
    drop(&window, {QUrl(QStringLiteral("https://example.com/partners.csv"))});
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("not a file on this computer")));
    CHECK(window.workspacePath() == QFileInfo(other).absoluteFilePath());
}

TEST_CASE("Files that are not usable workspaces are refused with the way out", "[tasks][refusal]")
{
    TemporarySettings temp;
    ClearResponders clear;
    const QString start = temp.dir.filePath(QStringLiteral("start.partnerfit"));
    MainWindow window(start);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    // Not a workspace: a text file with the workspace suffix, dropped on the window.
    const QString text = temp.dir.filePath(QStringLiteral("letter.partnerfit"));
    {
        QFile file(text);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Dear partner, this is not a database.\n");
    }
    drop(&window, {QUrl::fromLocalFile(text)});
    CHECK(window.workspacePath() == QFileInfo(start).absoluteFilePath());
    CHECK(window.messageBar()->isVisible());
    CHECK(window.messageBar()->text().contains(QStringLiteral("letter.partnerfit")));
    QPushButton *wayOut = nullptr;
    for (QPushButton *button : window.messageBar()->findChildren<QPushButton *>()) {
        if (button->isVisible() && button->text().contains(QStringLiteral("Open Another Workspace"))) {
            wayOut = button;
        }
    }
    CHECK(wayOut);

    // Made by a newer PartnerFit: opened from the recent list, refused with what to do.
    const QString newer = temp.dir.filePath(QStringLiteral("newer.partnerfit"));
    REQUIRE(window.openWorkspace(newer, true));
    REQUIRE(window.openWorkspace(start));
    {
        const QString connection = QStringLiteral("make-newer");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(newer);
            REQUIRE(db.open());
            QSqlQuery query(db);
            REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = 999")));
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }
    auto *menu = window.findChild<ui::RecentWorkspacesMenu *>(QStringLiteral("menuOpenRecent"));
    menu->choose(newer);
    CHECK(window.workspacePath() == QFileInfo(start).absoluteFilePath());
    CHECK(window.messageBar()->text().contains(QStringLiteral("newer")));

    // Gone since it was listed: said so, with the offer to remove it.
    QString asked;
    DialogRunner::setQuestionResponder([&](const QString &, const QString &question) {
        asked = question;
        return QMessageBox::No;
    });
    menu->choose(temp.dir.filePath(QStringLiteral("moved.partnerfit")));
    CHECK(asked.contains(QStringLiteral("moved")));
    CHECK(window.workspacePath() == QFileInfo(start).absoluteFilePath());
}

TEST_CASE("A file sent by the desktop (QFileOpenEvent) opens in the main window", "[tasks][fileopen]")
{
    TemporarySettings temp;
    const QString other = temp.dir.filePath(QStringLiteral("finder.partnerfit"));
    REQUIRE(core::Workspace::create(other).ok());
    MainWindow window(temp.dir.filePath(QStringLiteral("start.partnerfit")));
    ui::FileOpenFilter filter([&window](const QString &path) { window.openFile(path); }, [](const QString &) {});
    qApp->installEventFilter(&filter);
    QFileOpenEvent event(other);
    QCoreApplication::sendEvent(qApp, &event);
    QTest::qWait(20);
    qApp->removeEventFilter(&filter);
    CHECK(window.workspacePath() == QFileInfo(other).absoluteFilePath());
}

TEST_CASE("Dropping a workspace stores the edit still waiting to be saved first", "[tasks][drop][flush]")
{
    TemporarySettings temp;
    const QString first = temp.dir.filePath(QStringLiteral("first.partnerfit"));
    const QString second = temp.dir.filePath(QStringLiteral("second.partnerfit"));
    REQUIRE(core::Workspace::create(second).ok());
    MainWindow window(first);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    core::Partner partner;
    partner.name = QStringLiteral("Acme GmbH");
    const auto added = window.controller()->addPartner(partner);
    REQUIRE(added.ok());
    window.selectPartner(*added.value);
    REQUIRE(window.controller()->newAssessment(core::AssessmentKind::Selection).ok());
    window.editor()->addAssessor(QStringLiteral("Ana Lopez"));
    window.editor()->rate(QStringLiteral("trust_openness"), QStringLiteral("Ana Lopez"), core::RatingState::Rated, 4);
    const qint64 assessmentId = window.controller()->assessment()->id;

    // Dropped within the fraction of a second before the edit is stored on its own.
    drop(&window, {QUrl::fromLocalFile(second)});
    REQUIRE(window.workspacePath() == QFileInfo(second).absoluteFilePath());

    core::WorkspaceOpenResult reopened = core::Workspace::open(first);
    REQUIRE(reopened.ok());
    const auto record = core::AssessmentRepository(*reopened.workspace).get(assessmentId);
    REQUIRE(record.ok());
    bool stored = false;
    for (const core::Rating &rating : record.value->ratings) {
        stored = stored || (rating.criterion == QStringLiteral("trust_openness") && rating.value == 4);
    }
    CHECK(stored);
}

TEST_CASE("Restore and Check stop without a trace when cancelled", "[tasks][cancel]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("deals.partnerfit"));
    const QString backup = dir.filePath(QStringLiteral("backup.partnerfit"));
    {
        core::WorkspaceOpenResult created = core::Workspace::create(path);
        REQUIRE(created.ok());
        REQUIRE(core::WorkspaceBackup::backupTo(*created.workspace, backup).ok());
        core::Partner partner;
        partner.name = QStringLiteral("Added after the backup");
        REQUIRE(core::PartnerRepository(*created.workspace).add(partner).ok());

        QStringList problems;
        const core::StorageStatus checked =
            created.workspace->check(&problems, [](qint64 done, qint64) { return done < 1; });
        CHECK(checked.error == core::StorageError::Cancelled);
    }
    const QStringList before = QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
    QString setAside;
    const core::StorageStatus status =
        core::WorkspaceBackup::restore(backup, path, &setAside, [](qint64 done, qint64) { return done < 1; });
    CHECK(status.error == core::StorageError::Cancelled);
    CHECK(setAside.isEmpty());
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot) == before);
    CHECK(storedPartners(path) == 1);
}

TEST_CASE("The daily backup of a long session is made off the GUI thread", "[tasks][backup]")
{
    TemporarySettings temp;
    const QString path = temp.dir.filePath(QStringLiteral("daily.partnerfit"));
    MainWindow window(path);
    REQUIRE(window.controller()->workspace());
    CHECK(core::WorkspaceBackup::backups(path).isEmpty());
    {
        // As if the workspace had been open since the day before yesterday.
        core::WriteTransaction transaction(*window.controller()->workspace());
        REQUIRE(window.controller()
                    ->workspace()
                    ->setSetting(QStringLiteral("created_at"),
                                 QDateTime::currentDateTimeUtc().addDays(-2).toString(Qt::ISODateWithMs))
                    .ok());
        REQUIRE(transaction.commit().ok());
    }
    REQUIRE(core::WorkspaceBackup::dailyBackupDue(*window.controller()->workspace()));
    window.tasks()->dailyBackupIfDue();
    REQUIRE(QTest::qWaitFor([&] { return !core::WorkspaceBackup::backups(path).isEmpty(); }, 30000));
    QTest::qWait(50);
    CHECK_FALSE(core::WorkspaceBackup::dailyBackupDue(*window.controller()->workspace()));
    CHECK_FALSE(window.messageBar()->text().contains(QStringLiteral("daily backup")));
}

TEST_CASE("Opening a workspace whose daily backup is due makes it after opening, off the GUI thread", "[tasks][backup]")
{
    TemporarySettings temp;
    const QString path = temp.dir.filePath(QStringLiteral("due.partnerfit"));
    {
        core::WorkspaceOpenResult created = core::Workspace::create(path);
        REQUIRE(created.ok());
        core::WriteTransaction transaction(*created.workspace);
        REQUIRE(created.workspace
                    ->setSetting(QStringLiteral("created_at"),
                                 QDateTime::currentDateTimeUtc().addDays(-3).toString(Qt::ISODateWithMs))
                    .ok());
        REQUIRE(transaction.commit().ok());
    }
    MainWindow window(path);
    REQUIRE(window.controller()->isOpen());
    REQUIRE(QTest::qWaitFor([&] { return !core::WorkspaceBackup::backups(path).isEmpty(); }, 30000));
    CHECK(core::WorkspaceBackup::backups(path).constFirst().contains(QStringLiteral("daily")));
}

TEST_CASE("A damaged workspace dropped on the window offers its newest good backup", "[tasks][refusal]")
{
    TemporarySettings temp;
    const QString start = temp.dir.filePath(QStringLiteral("start.partnerfit"));
    const QString damaged = temp.dir.filePath(QStringLiteral("damaged.partnerfit"));
    QString backup;
    {
        core::WorkspaceOpenResult created = core::Workspace::create(damaged);
        REQUIRE(created.ok());
        core::Partner partner;
        partner.name = QStringLiteral("Kept in the backup");
        REQUIRE(core::PartnerRepository(*created.workspace).add(partner).ok());
        const auto made = core::WorkspaceBackup::backup(*created.workspace, core::WorkspaceBackup::Reason::Manual);
        REQUIRE(made.ok());
        backup = *made.value;
    }
    {
        // Scribble over the second page: the header still looks fine, the content does not.
        QFile file(damaged);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.size() > 8192);
        file.seek(4096);
        file.write(QByteArray(4096, '\x5a'));
    }
    MainWindow window(start);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    drop(&window, {QUrl::fromLocalFile(damaged)});
    CHECK(window.workspacePath() == QFileInfo(start).absoluteFilePath());
    CHECK(window.messageBar()->text().contains(QStringLiteral("damaged")));
    QPushButton *wayOut = nullptr;
    for (QPushButton *button : window.messageBar()->findChildren<QPushButton *>()) {
        if (button->isVisible() && button->text().contains(QStringLiteral("Newest Good Backup"))) {
            wayOut = button;
        }
    }
    REQUIRE(wayOut);
    wayOut->click();
    CHECK(window.workspacePath() == QFileInfo(backup).absoluteFilePath());
    REQUIRE(window.controller()->partners().size() == 1);
    CHECK(window.controller()->partners().constFirst().partner.name == QStringLiteral("Kept in the backup"));
}

TEST_CASE("A file named on the command line: a workspace opens, a CSV is imported, a typo is not created",
          "[tasks][commandline]")
{
    TemporarySettings temp;
    TemporaryHome home(temp.dir.path());
    using ui::WorkspaceTasks;
    const QString existing = temp.dir.filePath(QStringLiteral("given.partnerfit"));
    REQUIRE(core::Workspace::create(existing).ok());
    CHECK(WorkspaceTasks::workspaceAtStart(existing) == QFileInfo(existing).absoluteFilePath());
    CHECK(WorkspaceTasks::workspaceAtStart(QString()) == core::WorkspaceLocation::defaultWorkspacePath());

    // As main() does it: the window starts on the default workspace and is handed what was given.
    const QString typo = temp.dir.filePath(QStringLiteral("givn.partnerfit"));
    REQUIRE(WorkspaceTasks::workspaceAtStart(typo) == core::WorkspaceLocation::defaultWorkspacePath());
    // The test-mode default workspace in this test's own folder, never the user's.
    const QString defaultPath = core::WorkspaceLocation::defaultWorkspacePath();
    if (!defaultPath.startsWith(temp.dir.path())) {
        QFile::remove(defaultPath);
    }
    {
        MainWindow window(WorkspaceTasks::workspaceAtStart(typo));
        CHECK_FALSE(window.openFile(typo));
        CHECK_FALSE(QFileInfo::exists(typo));
        CHECK(window.workspacePath() == defaultPath);
        CHECK(window.messageBar()->text().contains(QStringLiteral("There is no workspace at")));

        const QString csv = temp.dir.filePath(QStringLiteral("list.csv"));
        writeCsv(csv, 3);
        REQUIRE(WorkspaceTasks::workspaceAtStart(csv) == defaultPath);
        CHECK(window.openFile(csv));
        REQUIRE(BackgroundTask::waitForIdle());
        CHECK(window.controller()->partners().size() == 3);
    }
}

TEST_CASE("Cancel pressed after a backup or Save As copy was made reports the copy that exists", "[tasks][cancel]")
{
    TemporarySettings temp;
    const QString path = temp.dir.filePath(QStringLiteral("late.partnerfit"));
    MainWindow window(path);
    REQUIRE(window.controller()->workspace());

    // Cancel arrives once the worker has made the copy and looked at the flag for the last time: the GUI thread
    // handles no events meanwhile, as when the click is queued behind the worker's end.
    const auto cancelLate = [](const std::function<bool()> &copied) {
        QElapsedTimer timer;
        timer.start();
        while (!copied() && timer.elapsed() < 30000) {
            QThread::msleep(5);
        }
        REQUIRE(copied());
        QThread::msleep(300);
        REQUIRE(BackgroundTask::current());
        BackgroundTask::current()->cancel();
        REQUIRE(BackgroundTask::waitForIdle(30000));
    };

    REQUIRE(core::WorkspaceBackup::backups(path).isEmpty());
    window.tasks()->backup();
    cancelLate([&] { return !core::WorkspaceBackup::backups(path).isEmpty(); });
    CHECK(core::WorkspaceBackup::backups(path).size() == 1);
    CHECK(window.messageBar()->text().contains(QStringLiteral("Backed up to")));
    CHECK_FALSE(window.messageBar()->text().contains(QStringLiteral("no backup was made")));

    const QString target = temp.dir.filePath(QStringLiteral("copy.partnerfit"));
    window.tasks()->saveAs(target);
    cancelLate([&] { return QFile::exists(target); });
    CHECK(QFile::exists(target));
    CHECK_FALSE(window.messageBar()->text().contains(QStringLiteral("no copy was made")));
    // The finished copy is opened, as Save As does.
    CHECK(window.controller()->path() == target);
}
