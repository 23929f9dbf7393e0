// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "ui/about/AboutDialog.h"
#include "ui/common/EmptyState.h"
#include "ui/common/Settings.h"
#include "ui/preferences/PreferencesDialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace pf::ui {

MainWindow::MainWindow(const QString &workspacePath, QWidget *parent)
    : QMainWindow(parent), m_workspacePath(workspacePath)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/org.partnerfit.PartnerFit.svg")));
    createActions();
    createMenus();
    createCentralArea();

    m_workspaceLabel = new QLabel(this);
    m_workspaceLabel->setObjectName(QStringLiteral("workspaceLabel"));
    m_workspaceLabel->setText(QDir::toNativeSeparators(m_workspacePath));
    m_workspaceLabel->setToolTip(tr("The workspace file that holds every partner and assessment"));
    statusBar()->addPermanentWidget(m_workspaceLabel);

    updateTitle();
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto make = [this](const QString &text, const char *name, QKeySequence shortcut = {}) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
        }
        return action;
    };
    // Actions whose feature is not built yet stay disabled rather than pretending to work.
    m_newWorkspace = make(tr("&New Workspace…"), "actionNewWorkspace", QKeySequence::New);
    m_openWorkspace = make(tr("&Open Workspace…"), "actionOpenWorkspace", QKeySequence::Open);
    m_saveWorkspaceAs = make(tr("Save Workspace &As…"), "actionSaveWorkspaceAs", QKeySequence::SaveAs);
    m_openSample = make(tr("Open the &Sample Workspace"), "actionOpenSample");
    m_backup = make(tr("&Back Up Workspace…"), "actionBackup");
    m_restore = make(tr("&Restore from Backup…"), "actionRestore");
    m_checkWorkspace = make(tr("&Check Workspace"), "actionCheckWorkspace");
    m_importPartners = make(tr("&Import Partners from CSV…"), "actionImportPartners");
    m_exportReport = make(tr("&Export Report…"), "actionExportReport", QKeySequence(tr("Ctrl+E")));
    m_exportPortfolioReport = make(tr("Export &Portfolio Report…"), "actionExportPortfolioReport");
    m_quit = make(tr("&Quit"), "actionQuit", QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_undo = make(tr("&Undo"), "actionUndo", QKeySequence::Undo);
    m_redo = make(tr("&Redo"), "actionRedo", QKeySequence::Redo);
    m_find = make(tr("&Find Partner"), "actionFind", QKeySequence::Find);
    m_preferences = make(tr("&Preferences…"), "actionPreferences", QKeySequence::Preferences);
    m_preferences->setMenuRole(QAction::PreferencesRole);
    connect(m_preferences, &QAction::triggered, this, [this] {
        PreferencesDialog dialog(this);
        dialog.exec();
    });

    m_addPartner = make(tr("&Add Partner…"), "actionAddPartner", QKeySequence(tr("Ctrl+Shift+N")));
    m_editPartner = make(tr("&Edit Partner…"), "actionEditPartner");
    m_deletePartner = make(tr("&Delete Partner…"), "actionDeletePartner");
    m_editHomeProfile = make(tr("Edit &Home Profile…"), "actionEditHomeProfile");

    m_newAssessment = make(tr("&New Assessment"), "actionNewAssessment");
    m_newHealthCheck = make(tr("New &Health Check"), "actionNewHealthCheck");
    m_finalise = make(tr("&Finalise…"), "actionFinalise");

    m_fullScreen = make(tr("&Full Screen"), "actionFullScreen", QKeySequence::FullScreen);
    m_fullScreen->setCheckable(true);
    connect(m_fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? (windowState() | Qt::WindowFullScreen) : (windowState() & ~Qt::WindowFullScreen));
    });

    m_about = make(tr("&About PartnerFit"), "actionAbout");
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQt = make(tr("About &Qt"), "actionAboutQt");
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_find->setEnabled(true);
    connect(m_find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    for (QAction *pending : {m_newWorkspace,
                             m_openWorkspace,
                             m_saveWorkspaceAs,
                             m_openSample,
                             m_backup,
                             m_restore,
                             m_checkWorkspace,
                             m_importPartners,
                             m_exportReport,
                             m_exportPortfolioReport,
                             m_undo,
                             m_redo,
                             m_preferences,
                             m_addPartner,
                             m_editPartner,
                             m_deletePartner,
                             m_editHomeProfile,
                             m_newAssessment,
                             m_newHealthCheck,
                             m_finalise}) {
        pending->setEnabled(false);
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    file->addActions({m_newWorkspace, m_openWorkspace, m_saveWorkspaceAs, m_openSample});
    file->addSeparator();
    file->addActions({m_backup, m_restore, m_checkWorkspace});
    file->addSeparator();
    file->addActions({m_importPartners, m_exportReport, m_exportPortfolioReport});
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("menuEdit"));
    edit->addActions({m_undo, m_redo});
    edit->addSeparator();
    edit->addAction(m_find);
    edit->addSeparator();
    edit->addAction(m_preferences);

    QMenu *partner = menuBar()->addMenu(tr("&Partner"));
    partner->setObjectName(QStringLiteral("menuPartner"));
    partner->addActions({m_addPartner, m_editPartner, m_deletePartner});
    partner->addSeparator();
    partner->addAction(m_editHomeProfile);

    QMenu *assessment = menuBar()->addMenu(tr("&Assessment"));
    assessment->setObjectName(QStringLiteral("menuAssessment"));
    assessment->addActions({m_newAssessment, m_newHealthCheck});
    assessment->addSeparator();
    assessment->addAction(m_finalise);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menuView"));
    view->addAction(m_fullScreen);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    help->addActions({m_about, m_aboutQt});
}

void MainWindow::createCentralArea()
{
    auto *listPanel = new QWidget(this);
    m_search = new QLineEdit(listPanel);
    m_search->setObjectName(QStringLiteral("partnerSearch"));
    m_search->setPlaceholderText(tr("Search partners"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search partners"));
    m_partnerList = new QListView(listPanel);
    m_partnerList->setObjectName(QStringLiteral("partnerList"));
    m_partnerList->setAccessibleName(tr("Partners"));
    auto *listLayout = new QVBoxLayout(listPanel);
    listLayout->setContentsMargins(6, 6, 0, 6);
    listLayout->addWidget(m_search);
    listLayout->addWidget(m_partnerList, 1);

    m_emptyState = new EmptyState(this);
    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    m_emptyState->setTitle(tr("No partners yet"));
    m_emptyState->setDescription(
        tr("PartnerFit scores prospective partners on cultural fit, mutual gain and roadmap alignment, "
           "explains every score and keeps every assessment in this workspace. "
           "Start by adding the partner you are evaluating, import your list from a spreadsheet, "
           "or explore the sample workspace."));
    m_emptyState->addAction(m_addPartner);
    m_emptyState->addAction(m_importPartners);
    m_emptyState->addAction(m_openSample);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_emptyState);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(listPanel);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({320, 880});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
}

void MainWindow::restoreWindowState()
{
    Settings &settings = Settings::instance();
    if (!restoreGeometry(settings.byteArray(Settings::Key::MainWindowGeometry))) {
        resize(1200, 780);
    }
    restoreState(settings.byteArray(Settings::Key::MainWindowState));
    m_splitter->restoreState(settings.byteArray(Settings::Key::MainSplitterState));
}

void MainWindow::saveWindowState()
{
    Settings &settings = Settings::instance();
    settings.setValue(Settings::Key::MainWindowGeometry, saveGeometry());
    settings.setValue(Settings::Key::MainWindowState, saveState());
    settings.setValue(Settings::Key::MainSplitterState, m_splitter->saveState());
    settings.sync();
}

void MainWindow::updateTitle()
{
    const QString name = QFileInfo(m_workspacePath).completeBaseName();
    setWindowTitle(name.isEmpty() ? tr("PartnerFit") : tr("%1[*] — PartnerFit").arg(name));
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    event->accept();
}

} // namespace pf::ui
