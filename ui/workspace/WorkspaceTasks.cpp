// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceTasks.h"

#include "core/io/PartnerCsv.h"
#include "core/storage/PartnerRepository.h"
#include "core/storage/SampleWorkspace.h"
#include "core/storage/Workspace.h"
#include "core/storage/WorkspaceBackup.h"
#include "core/storage/WorkspaceLocation.h"
#include "ui/common/BackgroundTask.h"
#include "ui/common/DialogRunner.h"
#include "ui/common/MessageBar.h"
#include "ui/workspace/WorkspaceController.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMainWindow>
#include <QSet>
#include <QStatusBar>
#include <QThread>

#include <memory>

namespace pf::ui {

namespace {

/// The options a worker opens its own connection with: the window's, without a second daily backup.
core::WorkspaceOptions workerOptions(const core::Workspace &workspace)
{
    core::WorkspaceOptions options = workspace.options();
    options.dailyBackups = false;
    return options;
}

} // namespace

WorkspaceTasks::WorkspaceTasks(QMainWindow *window, WorkspaceController *controller, MessageBar *messageBar,
                               Hooks hooks)
    : QObject(window), m_window(window), m_controller(controller), m_messageBar(messageBar), m_hooks(std::move(hooks))
{
    // The window opens workspaces without their daily backup; it is made here, off the GUI thread.
    connect(m_controller, &WorkspaceController::workspaceOpened, this, &WorkspaceTasks::dailyBackupIfDue);
}

WorkspaceTasks::~WorkspaceTasks()
{
    if (m_dailyBackup) {
        m_dailyBackup->wait();
        delete m_dailyBackup;
    }
}

void WorkspaceTasks::dailyBackupIfDue()
{
    if (m_dailyBackup || !m_controller->workspace() ||
        !core::WorkspaceBackup::dailyBackupDue(*m_controller->workspace())) {
        return;
    }
    core::Workspace *workspace = m_controller->workspace();
    if (workspace->isCheckPending()) {
        // Never copy a file whose start-up check is still running (nor let a failed copy of a damaged file hide
        // the refusal): back up once the check has passed.
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(workspace, &core::Workspace::checkFinished, this,
                              [this, connection](const core::StorageStatus &checked, const QString &) {
                                  disconnect(*connection);
                                  if (checked.ok()) {
                                      dailyBackupIfDue();
                                  }
                              });
        return;
    }
    if (!workspace->waitForCheck().ok()) {
        return; // refused: the controller closes it
    }
    const QString workspacePath = m_controller->path();
    const core::WorkspaceOptions options = workerOptions(*workspace);
    auto result = std::make_shared<core::StorageResult<QString>>();
    m_dailyBackup = QThread::create([result, workspacePath, options] {
        core::WorkspaceOpenResult opened = core::Workspace::open(workspacePath, options);
        if (!opened.ok()) {
            *result = core::StorageResult<QString>::failure(opened.status);
            return;
        }
        *result = core::WorkspaceBackup::dailyBackupDue(*opened.workspace)
                      ? core::WorkspaceBackup::backup(*opened.workspace, core::WorkspaceBackup::Reason::Daily)
                      : core::StorageResult<QString>::of(QString());
    });
    connect(m_dailyBackup, &QThread::finished, this, [this, result, workspacePath] {
        m_dailyBackup->wait();
        delete m_dailyBackup;
        m_dailyBackup = nullptr;
        // A workspace closed meanwhile (another opened, or refused) has nothing to say about its backup.
        if (!result->ok() && m_controller->workspace() && m_controller->path() == workspacePath) {
            m_messageBar->showError(tr("The daily backup failed. %1").arg(result->status.message));
        }
    });
    m_dailyBackup->start();
}

void WorkspaceTasks::showStatus(const QString &text)
{
    m_window->statusBar()->showMessage(text, 10000);
}

bool WorkspaceTasks::ready()
{
    if (BackgroundTask::isBusy()) {
        showStatus(tr("Wait until the current work has finished, or cancel it."));
        return false;
    }
    if (!m_controller->workspace()) {
        showStatus(tr("Open a workspace first."));
        return false;
    }
    // The worker writes through its own connection: the editor's last change is stored first.
    if (!m_controller->saveNow()) {
        m_messageBar->showError(tr("Your last change is not saved yet. Retry saving it first."));
        return false;
    }
    return true;
}

void WorkspaceTasks::importPartners(const QString &csvPath)
{
    if (!ready()) {
        return;
    }
    const QString name = QFileInfo(csvPath).fileName();
    // Every existing name counts as a duplicate, also while a long list shows only its first screenful.
    m_controller->loadRest();
    QSet<QString> existing;
    for (const PartnerRow &row : m_controller->partners()) {
        existing.insert(row.partner.name.toLower());
    }
    struct Read
    {
        core::io::PartnerCsv::Import import;
        QString readError;
    };
    auto read = std::make_shared<Read>();
    BackgroundTask::run(
        m_window, tr("Reading partners from %1…").arg(name),
        [read, csvPath, existing](TaskProgress &progress) {
            QFile file(csvPath);
            if (!file.open(QIODevice::ReadOnly)) {
                read->readError = file.errorString();
                return;
            }
            read->import = core::io::PartnerCsv::read(file.readAll(), existing, progress.callback());
        },
        [this, read, csvPath, name](bool cancelled) {
            const core::io::PartnerCsv::Import &import = read->import;
            if (cancelled || import.cancelled) {
                m_messageBar->showInfo(tr("The import was cancelled; the workspace is unchanged."));
            } else if (!read->readError.isEmpty()) {
                m_messageBar->showError(
                    tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(csvPath), read->readError));
            } else {
                QStringList problems;
                for (const core::io::PartnerCsv::Issue &issue : import.issues.mid(0, 12)) {
                    problems << (issue.line > 0 ? tr("Line %1: %2").arg(issue.line).arg(issue.message) : issue.message);
                }
                if (import.issues.size() > 12) {
                    problems << tr("… and %1 more.").arg(import.issues.size() - 12);
                }
                if (import.fileError || import.valid.isEmpty()) {
                    m_messageBar->showError(
                        tr("Nothing was imported from %1. %2").arg(name, problems.join(QLatin1Char(' '))));
                } else if (import.allValid() ||
                           // Nothing is imported while a row is invalid, unless the user asks for the valid rows.
                           DialogRunner::question(
                               m_window, tr("Import Partners"),
                               tr("%1 of %2 rows can be imported; these cannot:\n\n%3\n\nImport the %1 valid rows "
                                  "only?")
                                   .arg(import.valid.size())
                                   .arg(import.rowCount)
                                   .arg(problems.join(QLatin1Char('\n'))),
                               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes) {
                    store(csvPath, import.valid);
                    return;
                }
            }
            m_hooks.refresh();
            emit finished();
        },
        m_hooks.busyTargets());
}

void WorkspaceTasks::store(const QString &csvPath, const QList<core::Partner> &partners)
{
    if (!m_controller->workspace()) {
        return;
    }
    const QString name = QFileInfo(csvPath).fileName();
    const QString workspacePath = m_controller->path();
    const core::WorkspaceOptions options = workerOptions(*m_controller->workspace());
    auto result = std::make_shared<core::StorageResult<QList<qint64>>>();
    BackgroundTask::run(
        m_window, tr("Importing partners from %1…").arg(name),
        [result, workspacePath, options, partners, name](TaskProgress &progress) {
            core::WorkspaceOpenResult opened = core::Workspace::open(workspacePath, options);
            if (!opened.ok()) {
                *result = core::StorageResult<QList<qint64>>::failure(opened.status);
                return;
            }
            // One transaction: all partners or none, also when cancelled.
            *result = core::PartnerRepository(*opened.workspace).addMany(partners, name, progress.callback());
        },
        [this, result, name](bool) {
            if (result->ok()) {
                m_controller->reload();
                m_messageBar->showInfo(
                    tr("Imported partners from %1: %2.").arg(name, QLocale().toString(result->value->size())));
            } else if (result->status.error == core::StorageError::Cancelled) {
                m_messageBar->showInfo(tr("The import was cancelled; the workspace is unchanged."));
            } else {
                m_messageBar->showError(
                    tr("The partners could not be imported; nothing was changed. %1").arg(result->status.message));
            }
            m_hooks.refresh();
            emit finished();
        },
        m_hooks.busyTargets());
}

void WorkspaceTasks::openSample()
{
    // The sample lives beside the default workspace; it is made once and then opened like any other.
    const QString path = QDir(core::WorkspaceLocation::defaultDirectory())
                             .filePath(QStringLiteral("sample.") + core::WorkspaceLocation::fileSuffix());
    if (QFileInfo::exists(path)) {
        m_hooks.openWorkspace(path);
        return;
    }
    if (BackgroundTask::isBusy()) {
        showStatus(tr("Wait until the current work has finished, or cancel it."));
        return;
    }
    core::WorkspaceOptions options;
    if (m_controller->workspace()) {
        options = workerOptions(*m_controller->workspace());
    }
    auto status = std::make_shared<core::StorageStatus>();
    BackgroundTask::run(
        m_window, tr("Creating the sample workspace…"),
        [status, path, options](TaskProgress &progress) {
            if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
                *status = core::StorageStatus::failure(
                    core::StorageError::Io,
                    tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(QFileInfo(path).path())));
                return;
            }
            *status = core::SampleWorkspace::create(path, options, progress.callback());
        },
        [this, status, path](bool) {
            if (status->ok()) {
                m_hooks.openWorkspace(path);
            } else if (status->error == core::StorageError::Cancelled) {
                m_messageBar->showInfo(tr("The sample workspace was not created."));
            } else {
                m_messageBar->showError(tr("The sample workspace could not be created. %1").arg(status->message));
            }
            m_hooks.refresh();
            emit finished();
        },
        m_hooks.busyTargets());
}

void WorkspaceTasks::check()
{
    if (!ready()) {
        return;
    }
    const QString workspacePath = m_controller->path();
    const core::WorkspaceOptions options = workerOptions(*m_controller->workspace());
    struct Outcome
    {
        core::StorageStatus status;
        QStringList problems;
    };
    auto outcome = std::make_shared<Outcome>();
    BackgroundTask::run(
        m_window, tr("Checking the workspace…"),
        [outcome, workspacePath, options](TaskProgress &progress) {
            core::WorkspaceOpenResult opened = core::Workspace::open(workspacePath, options);
            outcome->status =
                opened.ok() ? opened.workspace->check(&outcome->problems, progress.callback()) : opened.status;
        },
        [this, outcome](bool) {
            if (outcome->status.error == core::StorageError::Cancelled) {
                m_messageBar->showInfo(tr("The workspace check was cancelled."));
            } else if (outcome->status.ok() && outcome->problems.isEmpty()) {
                m_messageBar->showInfo(tr("The workspace is intact: every check passed."));
            } else {
                m_messageBar->showError(
                    tr("The workspace has problems: %1 Restore a backup or send the file to support.")
                        .arg(outcome->problems.isEmpty() ? outcome->status.message
                                                         : outcome->problems.join(QStringLiteral("; "))));
            }
            m_hooks.refresh();
            emit finished();
        },
        m_hooks.busyTargets());
}

void WorkspaceTasks::backup()
{
    if (!ready()) {
        return;
    }
    const QString workspacePath = m_controller->path();
    const core::WorkspaceOptions options = workerOptions(*m_controller->workspace());
    auto result = std::make_shared<core::StorageResult<QString>>();
    // Whether the worker removed the copy it made; the message follows this, not the cancel flag, which the user
    // may set after the worker's last look at it.
    auto removed = std::make_shared<bool>(false);
    BackgroundTask::run(
        m_window, tr("Backing up the workspace…"),
        [result, removed, workspacePath, options](TaskProgress &progress) {
            core::WorkspaceOpenResult opened = core::Workspace::open(workspacePath, options);
            if (!opened.ok()) {
                *result = core::StorageResult<QString>::failure(opened.status);
                return;
            }
            *result = core::WorkspaceBackup::backup(*opened.workspace, core::WorkspaceBackup::Reason::Manual);
            // A copy cannot be stopped half-way; a cancelled backup is removed once made.
            if (result->ok() && progress.isCancelled()) {
                *removed = QFile::remove(*result->value);
            }
        },
        [this, result, removed](bool cancelled) {
            if (*removed || (cancelled && !result->ok())) {
                m_messageBar->showInfo(tr("The backup was cancelled; no backup was made."));
            } else if (result->ok()) {
                m_messageBar->showInfo(tr("Backed up to %1").arg(QDir::toNativeSeparators(*result->value)));
            } else {
                m_messageBar->showError(tr("The backup failed. %1").arg(result->status.message));
            }
            m_hooks.refresh();
            emit finished();
        },
        m_hooks.busyTargets());
}

void WorkspaceTasks::saveAs(const QString &target)
{
    if (!ready()) {
        return;
    }
    const QString workspacePath = m_controller->path();
    const core::WorkspaceOptions options = workerOptions(*m_controller->workspace());
    auto status = std::make_shared<core::StorageStatus>();
    // Whether the worker removed the copy it wrote; a Cancel pressed after its last look leaves a finished copy,
    // which is then opened like any other.
    auto removed = std::make_shared<bool>(false);
    BackgroundTask::run(
        m_window, tr("Saving a copy as %1…").arg(QFileInfo(target).fileName()),
        [status, removed, workspacePath, options, target](TaskProgress &progress) {
            core::WorkspaceOpenResult opened = core::Workspace::open(workspacePath, options);
            *status = opened.ok() ? core::WorkspaceBackup::backupTo(*opened.workspace, target) : opened.status;
            // A copy cannot be stopped half-way; a cancelled one is removed once written.
            if (status->ok() && progress.isCancelled()) {
                *removed = QFile::remove(target);
            }
        },
        [this, status, removed, target](bool cancelled) {
            if (*removed || (cancelled && !status->ok())) {
                m_messageBar->showInfo(tr("Save As was cancelled; no copy was made."));
            } else if (status->ok()) {
                m_hooks.openWorkspace(target);
            } else {
                m_messageBar->showError(
                    tr("The workspace could not be saved under the new name. %1").arg(status->message));
            }
            m_hooks.refresh();
            emit finished();
        },
        m_hooks.busyTargets());
}

void WorkspaceTasks::restore(const QString &backupFile)
{
    if (!ready()) {
        return;
    }
    const QString workspacePath = m_controller->path();
    // The file must not be open while it is replaced, not even by the daily backup (it takes a moment).
    if (m_dailyBackup) {
        m_dailyBackup->wait();
    }
    const core::StorageStatus closed = m_controller->close();
    if (!closed.ok()) {
        m_messageBar->showError(tr("The backup could not be restored. %1").arg(closed.message));
        return;
    }
    struct Outcome
    {
        core::StorageStatus status;
        QString setAside;
    };
    auto outcome = std::make_shared<Outcome>();
    BackgroundTask::run(
        m_window, tr("Restoring %1…").arg(QFileInfo(backupFile).fileName()),
        [outcome, workspacePath, backupFile](TaskProgress &progress) {
            outcome->status =
                core::WorkspaceBackup::restore(backupFile, workspacePath, &outcome->setAside, progress.callback());
        },
        [this, outcome, workspacePath, backupFile](bool) {
            const bool reopened = m_hooks.openWorkspace(workspacePath);
            if (outcome->status.error == core::StorageError::Cancelled) {
                m_messageBar->showInfo(tr("The restore was cancelled; the workspace is unchanged."));
            } else if (!outcome->status.ok()) {
                m_messageBar->showError(tr("The backup could not be restored. %1").arg(outcome->status.message));
            } else if (reopened) {
                m_messageBar->showInfo(
                    tr("Restored from %1. The previous file is kept as %2.")
                        .arg(QFileInfo(backupFile).fileName(), QDir::toNativeSeparators(outcome->setAside)));
            }
            m_hooks.refresh();
            emit finished();
        },
        m_hooks.busyTargets());
}

bool WorkspaceTasks::canOpen(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix();
    return suffix.compare(core::WorkspaceLocation::fileSuffix(), Qt::CaseInsensitive) == 0 ||
           suffix.compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
}

QString WorkspaceTasks::workspaceAtStart(const QString &given)
{
    const QFileInfo info(given);
    if (!given.isEmpty() && info.isFile() &&
        info.suffix().compare(core::WorkspaceLocation::fileSuffix(), Qt::CaseInsensitive) == 0) {
        return info.absoluteFilePath();
    }
    return core::WorkspaceLocation::defaultWorkspacePath();
}

bool WorkspaceTasks::openFile(const QString &path)
{
    const QFileInfo info(path);
    if (!canOpen(path)) {
        showStatus(tr("%1 was not opened: PartnerFit opens workspaces (.partnerfit) and imports partners from CSV "
                      "files (.csv).")
                       .arg(info.fileName()));
        return false;
    }
    if (BackgroundTask::isBusy()) {
        showStatus(
            tr("%1 was not opened: wait until the current work has finished, or cancel it.").arg(info.fileName()));
        return false;
    }
    if (info.suffix().compare(core::WorkspaceLocation::fileSuffix(), Qt::CaseInsensitive) == 0) {
        return m_hooks.openWorkspace(info.absoluteFilePath());
    }
    if (!m_controller->isOpen()) {
        showStatus(tr("Open a workspace first, then import %1 into it.").arg(info.fileName()));
        return false;
    }
    importPartners(info.absoluteFilePath());
    return true;
}

} // namespace pf::ui
