// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "core/io/FrameworkJson.h"
#include "core/storage/Workspace.h"
#include "core/storage/WorkspaceBackup.h"
#include "core/storage/WorkspaceLocation.h"
#include "ui/about/AboutDialog.h"
#include "ui/assessment/AssessmentEditor.h"
#include "ui/assessment/AssessmentPage.h"
#include "ui/commands/UndoHistory.h"
#include "ui/common/AfterPaint.h"
#include "ui/common/BackgroundTask.h"
#include "ui/common/DialogRunner.h"
#include "ui/common/EmptyState.h"
#include "ui/common/MessageBar.h"
#include "ui/common/ScoreFormat.h"
#include "ui/common/Settings.h"
#include "ui/culture/CulturePage.h"
#include "ui/export/ReportExporter.h"
#include "ui/history/HistoryPage.h"
#include "ui/home/HomeProfileDialog.h"
#include "ui/partners/BandDelegate.h"
#include "ui/partners/PartnerDialog.h"
#include "ui/partners/PartnerListModel.h"
#include "ui/partners/PartnerView.h"
#include "ui/people/PeopleActions.h"
#include "ui/preferences/PreferencesDialog.h"
#include "ui/workspace/FileOpenFilter.h"
#include "ui/workspace/RecentWorkspacesMenu.h"
#include "ui/workspace/WorkspaceController.h"
#include "ui/workspace/WorkspaceEditor.h"
#include "ui/workspace/WorkspaceTasks.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QCollator>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QScreen>
#include <QShowEvent>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace pf::ui {

namespace {
const QString WorkspaceFilter = QStringLiteral("*.partnerfit");
}

MainWindow::MainWindow(const QString &workspacePath, QWidget *parent)
    : QMainWindow(parent)
    , m_editor(new AssessmentEditor(this))
    , m_controller(new WorkspaceController(m_editor, this))
    , m_workspaceEditor(new WorkspaceEditor(m_controller, this))
    , m_history(new UndoHistory(this))
    , m_peopleActions(new PeopleActions(m_workspaceEditor, m_editor, this, this))
    , m_partnerModel(new PartnerListModel(this))
    , m_partnerFilter(new PartnerFilterModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/org.partnerfit.PartnerFit.svg")));
    m_partnerFilter->setSourceModel(m_partnerModel);
    m_history->addStack(m_editor->undoStack());
    m_history->addStack(m_workspaceEditor->undoStack());
    createActions();
    createMenus();
    createCentralArea();
    m_partnerView->assessmentPage()->setPeopleActions(m_peopleActions->addMeAction(),
                                                      m_peopleActions->addAssessorAction());
    connect(m_workspaceEditor, &WorkspaceEditor::stored, this, [this] { statusBar()->showMessage(tr("Saved"), 3000); });
    connect(m_workspaceEditor, &WorkspaceEditor::failed, this, &MainWindow::showStorageError);
    connect(m_peopleActions, &PeopleActions::failed, this, &MainWindow::showStorageError);
    m_tasks = new WorkspaceTasks(this, m_controller, m_messageBar,
                                 {[this] { return busyTargets(); },
                                  [this](const QString &path) { return openWorkspace(path); },
                                  [this] {
                                      updateActions();
                                      updatePages();
                                  }});
    // A .partnerfit file dropped on the window opens, a .csv is imported.
    setAcceptDrops(true);
    installEventFilter(new FileOpenFilter([this](const QString &path) { openFile(path); },
                                          [this](const QString &message) { statusBar()->showMessage(message, 10000); },
                                          this));

    m_workspaceLabel = new QLabel(this);
    m_workspaceLabel->setObjectName(QStringLiteral("workspaceLabel"));
    m_workspaceLabel->setToolTip(tr("The workspace file that holds every partner and assessment"));
    statusBar()->addPermanentWidget(m_workspaceLabel);

    connect(m_controller, &WorkspaceController::partnersChanged, this, [this] {
        const qint64 selected = m_controller->selectedPartnerId();
        m_partnerModel->setRows(m_controller->partners());
        updateTagFilter();
        if (selected != 0) {
            const QModelIndex source = m_partnerModel->index(m_partnerModel->rowOf(selected), 0);
            const QSignalBlocker blocker(m_partnerTable->selectionModel());
            m_partnerTable->selectionModel()->select(m_partnerFilter->mapFromSource(source),
                                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
        updatePages();
    });
    // A long list opens with its first screenful; the rest joins it once that is painted (see openWorkspace()).
    m_controller->setFirstListRows(200);
    connect(m_controller, &WorkspaceController::partnersAppended, this, [this](int first) {
        m_partnerModel->appendRows(m_controller->partners().mid(first));
        updateTagFilter();
        statusBar()->clearMessage();
    });
    connect(m_controller, &WorkspaceController::saved, this, [this](const core::StorageStatus &status) {
        if (status.ok()) {
            statusBar()->showMessage(tr("Saved"), 3000);
            if (m_messageBar->isSaveError()) {
                m_messageBar->hide();
            }
        } else {
            m_messageBar->showSaveError(
                tr("Your last change could not be saved: %1 It stays on screen until it is.").arg(status.message),
                [this] { m_controller->saveNow(); });
        }
    });
    connect(m_editor, &AssessmentEditor::changed, this, &MainWindow::updateActions);
    // The check that follows opening found the file damaged: refuse it as opening would have.
    connect(m_controller, &WorkspaceController::workspaceRefused, this,
            [this](const core::StorageStatus &status, const QString &backup) {
                if (!backup.isEmpty()) {
                    m_messageBar->showError(status.message, tr("Open the Newest Good Backup"),
                                            [this, backup] { openWorkspace(backup); });
                } else {
                    m_messageBar->showError(status.message, tr("Open Another Workspace…"),
                                            [this] { chooseWorkspace(); });
                }
                m_workspaceLabel->clear();
                updateTitle();
                updateActions();
                updatePages();
            });
    // The portfolio report covers what the list shows: nothing to export when the filter hides every partner.
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_partnerFilter, signal, this, &MainWindow::updateActions);
    }
    connect(m_partnerFilter, &QAbstractItemModel::modelReset, this, &MainWindow::updateActions);
    connect(m_partnerFilter, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateActions);

    // A workspace kept open for days still gets its daily backup (made on a worker thread, as after opening).
    auto *dailyBackup = new QTimer(this);
    dailyBackup->setInterval(std::chrono::hours(1));
    connect(dailyBackup, &QTimer::timeout, this, [this] { m_tasks->dailyBackupIfDue(); });
    dailyBackup->start();

    if (!openWorkspace(workspacePath, !QFileInfo::exists(workspacePath))) {
        updateTitle();
    }
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

QString MainWindow::workspacePath() const
{
    return m_controller->path();
}

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
    m_newWorkspace = make(tr("&New Workspace…"), "actionNewWorkspace", QKeySequence::New);
    connect(m_newWorkspace, &QAction::triggered, this, &MainWindow::newWorkspace);
    m_openWorkspace = make(tr("&Open Workspace…"), "actionOpenWorkspace", QKeySequence::Open);
    connect(m_openWorkspace, &QAction::triggered, this, &MainWindow::chooseWorkspace);
    m_saveWorkspaceAs = make(tr("Save Workspace &As…"), "actionSaveWorkspaceAs", QKeySequence::SaveAs);
    connect(m_saveWorkspaceAs, &QAction::triggered, this, &MainWindow::saveWorkspaceAs);
    m_openSample = make(tr("Open the &Sample Workspace"), "actionOpenSample");
    m_openSample->setToolTip(tr("Fifteen fictional partners with assessments, disagreements and health checks"));
    connect(m_openSample, &QAction::triggered, this, &MainWindow::openSampleWorkspace);
    m_backup = make(tr("&Back Up Workspace…"), "actionBackup");
    connect(m_backup, &QAction::triggered, this, &MainWindow::backupWorkspace);
    m_restore = make(tr("&Restore from Backup…"), "actionRestore");
    connect(m_restore, &QAction::triggered, this, &MainWindow::restoreWorkspace);
    m_checkWorkspace = make(tr("&Check Workspace"), "actionCheckWorkspace");
    connect(m_checkWorkspace, &QAction::triggered, this, &MainWindow::checkWorkspace);
    m_importPartners = make(tr("&Import Partners from CSV…"), "actionImportPartners");
    connect(m_importPartners, &QAction::triggered, this, &MainWindow::importPartners);
    m_exportReport = make(tr("&Export Report…"), "actionExportReport", QKeySequence(tr("Ctrl+E")));
    m_exportPortfolioReport = make(tr("Export &Portfolio Report…"), "actionExportPortfolioReport");
    m_exportReport->setStatusTip(tr("Write the selected partner's assessment report as a PDF"));
    m_exportPortfolioReport->setStatusTip(
        tr("Write a PDF ranking the partners the list shows, with mutual gain, pillars and rank stability"));
    connect(m_exportReport, &QAction::triggered, this, &MainWindow::exportReport);
    connect(m_exportPortfolioReport, &QAction::triggered, this, &MainWindow::exportPortfolioReport);
    m_print = make(tr("&Print…"), "actionPrint", QKeySequence::Print);
    m_print->setStatusTip(tr("Preview and print the selected partner's assessment report"));
    connect(m_print, &QAction::triggered, this, &MainWindow::printReport);
    m_exporter = new ReportExporter(this);
    connect(m_exporter, &ReportExporter::finished, this, [this](const report::PdfResult &result, const QString &path) {
        reportExported(path, result.pages, result.ok, result.cancelled, result.error);
    });
    m_quit = make(tr("&Quit"), "actionQuit", QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    // Undo and redo name the edit ("Undo rating of Trust & openness"), the newest first whichever history holds it.
    m_undo = m_history->undoAction();
    m_redo = m_history->redoAction();
    m_find = make(tr("&Find Partner"), "actionFind", QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    m_preferences = make(tr("&Preferences…"), "actionPreferences", QKeySequence::Preferences);
    m_preferences->setMenuRole(QAction::PreferencesRole);
    connect(m_preferences, &QAction::triggered, this, [this] {
        PreferencesDialog dialog(this);
        DialogRunner::exec(dialog);
    });

    m_addPartner = make(tr("&Add Partner…"), "actionAddPartner", QKeySequence(tr("Ctrl+Shift+N")));
    connect(m_addPartner, &QAction::triggered, this, &MainWindow::addPartner);
    m_editPartner = make(tr("&Edit Partner…"), "actionEditPartner", QKeySequence(tr("Ctrl+I")));
    connect(m_editPartner, &QAction::triggered, this, &MainWindow::editPartner);
    m_deletePartner = make(tr("&Delete Partner…"), "actionDeletePartner", QKeySequence::Delete);
    connect(m_deletePartner, &QAction::triggered, this, &MainWindow::deletePartner);
    m_editHomeProfile = make(tr("Edit &Home Profile…"), "actionEditHomeProfile");
    connect(m_editHomeProfile, &QAction::triggered, this, &MainWindow::editHomeProfile);

    m_newAssessment = make(tr("&New Assessment"), "actionNewAssessment", QKeySequence(tr("Ctrl+Shift+A")));
    connect(m_newAssessment, &QAction::triggered, this, [this] { newAssessment(false); });
    m_newHealthCheck = make(tr("New &Health Check"), "actionNewHealthCheck", QKeySequence(tr("Ctrl+Shift+H")));
    connect(m_newHealthCheck, &QAction::triggered, this, [this] { newAssessment(true); });
    m_finalise = make(tr("&Finalise…"), "actionFinalise", QKeySequence(tr("Ctrl+Shift+F")));
    connect(m_finalise, &QAction::triggered, this, &MainWindow::finalise);
    m_revise = make(tr("&Revise as New Version"), "actionRevise");
    connect(m_revise, &QAction::triggered, this, &MainWindow::revise);

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
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    file->addActions({m_newWorkspace, m_openWorkspace});
    m_recentMenu = new RecentWorkspacesMenu(this);
    connect(m_recentMenu, &RecentWorkspacesMenu::workspaceChosen, this,
            [this](const QString &path) { openWorkspace(path); });
    file->addMenu(m_recentMenu);
    file->addActions({m_saveWorkspaceAs, m_openSample});
    file->addSeparator();
    file->addActions({m_backup, m_restore, m_checkWorkspace});
    file->addSeparator();
    file->addActions({m_importPartners, m_exportReport, m_exportPortfolioReport, m_print});
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
    partner->addActions({m_editHomeProfile, m_peopleActions->peopleAction()});

    QMenu *assessment = menuBar()->addMenu(tr("&Assessment"));
    assessment->setObjectName(QStringLiteral("menuAssessment"));
    assessment->addActions({m_newAssessment, m_newHealthCheck});
    assessment->addSeparator();
    assessment->addActions({m_peopleActions->addMeAction(), m_peopleActions->addAssessorAction()});
    assessment->addSeparator();
    assessment->addActions({m_finalise, m_revise});

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
    connect(m_search, &QLineEdit::textChanged, m_partnerFilter, &PartnerFilterModel::setSearchText);

    auto makeFilter = [listPanel](const char *name, const QString &any, const QString &accessible) {
        auto *combo = new QComboBox(listPanel);
        combo->setObjectName(QLatin1String(name));
        combo->addItem(any, QString());
        combo->setAccessibleName(accessible);
        // Four filters share the list's width: they may be narrower than their longest entry.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(6);
        return combo;
    };
    m_stageFilter = makeFilter("stageFilter", tr("Any stage"), tr("Filter by stage"));
    for (const QString &stage : core::Partner::stages()) {
        m_stageFilter->addItem(PartnerListModel::stageName(stage), stage);
    }
    m_typeFilter = makeFilter("typeFilter", tr("Any type"), tr("Filter by type"));
    for (const char *type : {"reseller", "technology", "distributor", "strategic_alliance"}) {
        m_typeFilter->addItem(PartnerListModel::typeName(QLatin1String(type)), QLatin1String(type));
    }
    m_tagFilter = makeFilter("tagFilter", tr("Any tag"), tr("Filter by tag"));
    m_tagFilter->setEnabled(false); // filled with the workspace's tags in updateTagFilter()
    m_bandFilter = makeFilter("bandFilter", tr("Any band"), tr("Filter by band"));
    for (const char *band : {"Strong fit", "Promising", "Conditional", "Weak fit", "Not recommended"}) {
        m_bandFilter->addItem(ScoreFormat::band(QLatin1String(band)), QLatin1String(band));
    }
    connect(m_stageFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_partnerFilter->setStageFilter(m_stageFilter->currentData().toString()); });
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_partnerFilter->setTypeFilter(m_typeFilter->currentData().toString()); });
    connect(m_bandFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_partnerFilter->setBandFilter(m_bandFilter->currentData().toString()); });
    connect(m_tagFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_partnerFilter->setTagFilter(m_tagFilter->currentData().toString()); });
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_stageFilter);
    filters->addWidget(m_typeFilter);
    filters->addWidget(m_tagFilter);
    filters->addWidget(m_bandFilter);

    m_partnerTable = new QTableView(listPanel);
    m_partnerTable->setObjectName(QStringLiteral("partnerList"));
    m_partnerTable->setAccessibleName(tr("Partners"));
    m_partnerTable->setModel(m_partnerFilter);
    m_partnerTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_partnerTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_partnerTable->setSortingEnabled(true);
    m_partnerTable->sortByColumn(PartnerListModel::Name, Qt::AscendingOrder);
    m_partnerTable->verticalHeader()->hide();
    m_partnerTable->setShowGrid(false);
    m_partnerTable->setAlternatingRowColors(true);
    m_partnerTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_partnerTable->setWordWrap(false);
    m_partnerTable->setTextElideMode(Qt::ElideRight);
    m_partnerTable->setItemDelegateForColumn(PartnerListModel::Band, new BandDelegate(m_partnerTable));
    // Fixed widths from the header font: ResizeToContents would measure all rows of a large workspace.
    QHeaderView *header = m_partnerTable->horizontalHeader();
    const QFontMetrics metrics(m_partnerTable->font());
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(PartnerListModel::Name, QHeaderView::Stretch);
    auto width = [&metrics](const QString &widest) {
        return metrics.horizontalAdvance(widest) + 18;
    };
    header->resizeSection(PartnerListModel::Type, width(PartnerListModel::shortTypeName(QStringLiteral("technology"))));
    header->resizeSection(PartnerListModel::Stage, width(PartnerListModel::stageName(QStringLiteral("evaluating"))));
    header->resizeSection(PartnerListModel::Overall,
                          width(m_partnerModel->headerData(PartnerListModel::Overall, Qt::Horizontal).toString()));
    header->resizeSection(PartnerListModel::Band, width(ScoreFormat::band(QStringLiteral("Not recommended"))) + 8);
    header->resizeSection(PartnerListModel::Confidence,
                          width(m_partnerModel->headerData(PartnerListModel::Confidence, Qt::Horizontal).toString()));
    // The list is wide enough for typical partner names beside the fixed columns.
    int listWidth = metrics.horizontalAdvance(QStringLiteral("Meridian Systems Group GmbH")) + 28;
    for (int column = 0; column < m_partnerModel->columnCount(); ++column) {
        listWidth += column == PartnerListModel::Name ? 0 : header->sectionSize(column);
    }
    m_listWidth = listWidth + m_partnerTable->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 12;
    m_partnerTable->verticalHeader()->setDefaultSectionSize(m_partnerTable->fontMetrics().height() + 12);
    m_partnerTable->horizontalHeader()->setHighlightSections(false);
    connect(m_partnerTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::partnerSelectionChanged);
    connect(m_partnerTable, &QTableView::doubleClicked, this, &MainWindow::editPartner);

    auto *listLayout = new QVBoxLayout(listPanel);
    listLayout->setContentsMargins(6, 6, 0, 6);
    listLayout->addWidget(m_search);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_partnerTable, 1);

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

    m_noSelection = new EmptyState(this);
    m_noSelection->setObjectName(QStringLiteral("noSelection"));
    m_noSelection->setTitle(tr("Choose a partner"));
    m_noSelection->setDescription(tr("Select a partner in the list to see its verdict and why, or add a new one."));
    m_noSelection->addAction(m_addPartner);

    m_noAssessment = new EmptyState(this);
    m_noAssessment->setObjectName(QStringLiteral("noAssessment"));
    m_noAssessment->setTitle(tr("Not assessed yet"));
    m_noAssessment->setDescription(tr("Start a selection assessment before signing, or a health check of an "
                                      "active partnership. Colleagues can rate it with you."));
    m_noAssessment->addAction(m_newAssessment);
    m_noAssessment->addAction(m_newHealthCheck);

    m_partnerView = new PartnerView(m_editor, this);
    m_partnerView->setHistoryPage(new HistoryPage(m_controller, m_partnerView));
    connect(m_partnerView->culturePage(), &CulturePage::homeProfileRequested, this, &MainWindow::editHomeProfile);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_emptyState);
    m_pages->addWidget(m_noSelection);
    m_pages->addWidget(m_noAssessment);
    m_pages->addWidget(m_partnerView);

    m_messageBar = new MessageBar(this);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 6, 6, 0);
    rightLayout->addWidget(m_messageBar);
    rightLayout->addWidget(m_pages, 1);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(listPanel);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({std::min(m_listWidth, 1440 * 42 / 100), 1440 - std::min(m_listWidth, 1440 * 42 / 100)});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
}

bool MainWindow::openWorkspace(const QString &path, bool create)
{
    QString backup;
    // The default workspace is created with its private folder (0700) and file (0600).
    // (QFileInfo's == calls two missing files equal: compare the paths.)
    const bool isDefault =
        QDir::cleanPath(QFileInfo(path).absoluteFilePath()) ==
        QDir::cleanPath(QFileInfo(core::WorkspaceLocation::defaultWorkspacePath()).absoluteFilePath());
    const core::StorageStatus status =
        isDefault ? m_controller->openDefault(&backup) : m_controller->open(path, create, &backup);
    if (!status.ok()) {
        if (!backup.isEmpty()) {
            m_messageBar->showError(status.message, tr("Open the Newest Good Backup"),
                                    [this, backup] { openWorkspace(backup); });
        } else {
            m_messageBar->showError(status.message, tr("Open Another Workspace…"), [this] { chooseWorkspace(); });
        }
        updateActions();
        updatePages();
        return false;
    }
    m_messageBar->hide();
    if (!m_controller->isListComplete()) {
        statusBar()->showMessage(tr("Loading partners…"));
        afterNextPaint(m_partnerTable->viewport(), [this] {
            const core::StorageStatus rest = m_controller->loadRest();
            if (!rest.ok()) {
                statusBar()->clearMessage();
                showStorageError(rest, tr("The partner list could not be read."));
            }
        });
    }
    m_workspaceLabel->setText(QDir::toNativeSeparators(m_controller->path()));
    Settings::instance().addRecentWorkspace(m_controller->path());
    updateTitle();
    updateActions();
    updatePages();
    return true;
}

void MainWindow::selectPartner(qint64 partnerId)
{
    const QModelIndex source = m_partnerModel->index(m_partnerModel->rowOf(partnerId), 0);
    m_partnerTable->selectionModel()->select(m_partnerFilter->mapFromSource(source),
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void MainWindow::partnerSelectionChanged()
{
    const QModelIndexList rows = m_partnerTable->selectionModel()->selectedRows();
    const qint64 id = rows.isEmpty() ? 0 : rows.constFirst().data(PartnerListModel::PartnerIdRole).toLongLong();
    const qint64 previous = m_controller->selectedPartnerId();
    const core::StorageStatus status = m_controller->selectPartner(id);
    if (!status.ok() && m_controller->hasUnsavedEdit()) {
        // Stay on the partner whose change is not stored yet.
        const QSignalBlocker blocker(m_partnerTable->selectionModel());
        const QModelIndex source = m_partnerModel->index(m_partnerModel->rowOf(previous), 0);
        m_partnerTable->selectionModel()->select(m_partnerFilter->mapFromSource(source),
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_messageBar->showSaveError(status.message, [this] { m_controller->saveNow(); });
        return;
    }
    if (!status.ok()) {
        showStorageError(status, tr("The partner's assessment could not be loaded."));
    }
    updatePages();
    updateActions();
}

void MainWindow::updatePages()
{
    const std::optional<core::Partner> partner = m_controller->selectedPartner();
    if (!m_controller->isOpen() || m_controller->partners().isEmpty()) {
        m_pages->setCurrentWidget(m_emptyState);
    } else if (!partner) {
        m_pages->setCurrentWidget(m_noSelection);
    } else {
        m_noAssessment->setTitle(tr("%1 is not assessed yet").arg(partner->name));
        QStringList details{PartnerListModel::typeName(partner->type), PartnerListModel::stageName(partner->stage),
                            partner->owner};
        details.removeAll(QString());
        m_partnerView->setPartner(partner->name, details.join(QStringLiteral(" · ")));
        m_pages->setCurrentWidget(m_controller->assessment() ? static_cast<QWidget *>(m_partnerView)
                                                             : static_cast<QWidget *>(m_noAssessment));
        if (m_partnerView->currentPage() == PartnerView::History) {
            m_partnerView->historyPage()->refresh();
        }
    }
}

void MainWindow::updateActions()
{
    const bool open = m_controller->isOpen();
    const bool selected = m_controller->selectedPartner().has_value();
    const auto &assessment = m_controller->assessment();
    const bool draft = assessment && !assessment->isFinalised();
    m_addPartner->setEnabled(open);
    m_editHomeProfile->setEnabled(open);
    m_backup->setEnabled(open);
    m_saveWorkspaceAs->setEnabled(open);
    m_importPartners->setEnabled(open);
    m_restore->setEnabled(open);
    m_checkWorkspace->setEnabled(open);
    m_editPartner->setEnabled(selected);
    m_deletePartner->setEnabled(selected && !assessment);
    // One draft at a time: a new assessment while one is being rated would hide it.
    m_newAssessment->setEnabled(selected && !draft);
    m_newHealthCheck->setEnabled(selected && !draft);
    m_finalise->setEnabled(draft);
    m_revise->setEnabled(assessment && assessment->isFinalised());
    // Reports need an assessment (the partner's) or partners in the list (the portfolio's).
    m_exportReport->setEnabled(selected && assessment.has_value());
    m_print->setEnabled(selected && assessment.has_value());
    m_exportPortfolioReport->setEnabled(open && m_partnerFilter->rowCount() > 0);
    m_partnerView->setPrimaryAction(draft ? m_finalise : (assessment ? m_newHealthCheck : nullptr));
}

void MainWindow::showStorageError(const core::StorageStatus &status, const QString &doing)
{
    if (status.error == core::StorageError::ChangedElsewhere) {
        m_messageBar->showError(tr("%1 %2").arg(doing, status.message), tr("Reload"), [this] {
            const qint64 id = m_controller->selectedPartnerId();
            m_controller->reload();
            m_controller->selectPartner(id);
            updatePages();
        });
        return;
    }
    m_messageBar->showError(tr("%1 %2").arg(doing, status.message));
}

void MainWindow::addPartner()
{
    PartnerDialog dialog(core::Partner{}, this);
    if (DialogRunner::exec(dialog) != QDialog::Accepted) {
        return;
    }
    const auto result = m_workspaceEditor->addPartner(dialog.partner());
    if (!result.ok()) {
        showStorageError(result.status, tr("The partner could not be added."));
        return;
    }
    statusBar()->showMessage(tr("Saved"), 3000);
    selectPartner(*result.value);
}

void MainWindow::editPartner()
{
    const std::optional<core::Partner> partner = m_controller->selectedPartner();
    if (!partner) {
        return;
    }
    PartnerDialog dialog(*partner, this);
    if (DialogRunner::exec(dialog) != QDialog::Accepted) {
        return;
    }
    const core::StorageStatus status = m_workspaceEditor->editPartner(dialog.partner());
    if (!status.ok()) {
        showStorageError(status, tr("The partner could not be saved."));
    }
}

void MainWindow::deletePartner()
{
    const std::optional<core::Partner> partner = m_controller->selectedPartner();
    if (!partner) {
        return;
    }
    const auto answer =
        DialogRunner::question(this, tr("Delete Partner"),
                               tr("Delete “%1” from this workspace? Its details, contacts and profile are removed; "
                                  "Edit ▸ Undo brings them back.")
                                   .arg(partner->name),
                               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) {
        return;
    }
    const core::StorageStatus status = m_workspaceEditor->removePartner(partner->id);
    if (!status.ok()) {
        showStorageError(status, tr("The partner could not be deleted."));
    }
}

void MainWindow::newAssessment(bool healthCheck)
{
    const core::StorageStatus status =
        m_controller->newAssessment(healthCheck ? core::AssessmentKind::HealthCheck : core::AssessmentKind::Selection);
    if (!status.ok()) {
        showStorageError(status, tr("The assessment could not be started."));
        return;
    }
    updatePages();
    updateActions();
    m_partnerView->showPage(PartnerView::Assessment);
}

void MainWindow::finalise()
{
    const core::AssessmentResult &result = m_editor->result();
    QStringList missing;
    for (const core::CriterionResult &criterion : result.criteria) {
        if (!criterion.score && !criterion.notApplicable) {
            missing << m_editor->displayName(criterion.key);
        }
    }
    QString text = tr("Finalise this assessment? It becomes a fixed record; changes afterwards make a new version, "
                      "and this cannot be undone.");
    if (!missing.isEmpty()) {
        text += QStringLiteral("\n\n") + tr("Not assessed yet: %1.").arg(missing.join(QStringLiteral(", ")));
    }
    if (!result.discuss.isEmpty()) {
        text += QStringLiteral("\n\n") + tr("Unresolved disagreements: %1.").arg(result.discuss.size());
    }
    if (DialogRunner::question(this, tr("Finalise Assessment"), text, QMessageBox::Yes | QMessageBox::Cancel,
                               QMessageBox::Cancel) != QMessageBox::Yes) {
        return;
    }
    const core::StorageStatus status = m_controller->finalise();
    if (!status.ok()) {
        showStorageError(status, tr("The assessment could not be finalised."));
        return;
    }
    statusBar()->showMessage(tr("Finalised"), 3000);
    updateActions();
}

void MainWindow::revise()
{
    const core::StorageStatus status = m_controller->revise();
    if (!status.ok()) {
        showStorageError(status, tr("A new version could not be started."));
        return;
    }
    updateActions();
    updatePages();
}

void MainWindow::editHomeProfile()
{
    const auto profile = m_controller->homeProfile();
    if (!profile.ok()) {
        showStorageError(profile.status, tr("The home profile could not be read."));
        return;
    }
    const auto framework = core::io::FrameworkJson::builtIn(QStringLiteral("five-lessons"));
    const QList<core::CultureAxis> axes = m_editor->input().framework.cultureAxes.isEmpty() && framework.ok()
                                              ? framework.value->cultureAxes
                                              : m_editor->input().framework.cultureAxes;
    HomeProfileDialog dialog(*profile.value, axes, QDate::currentDate().year(), this);
    if (DialogRunner::exec(dialog) != QDialog::Accepted) {
        return;
    }
    const core::StorageStatus status = m_workspaceEditor->editHomeProfile(dialog.profile());
    if (!status.ok()) {
        showStorageError(status, tr("The home profile could not be saved."));
        return;
    }
    statusBar()->showMessage(tr("Saved"), 3000);
}

void MainWindow::newWorkspace()
{
    const QString dir = Settings::instance().string(Settings::Key::LastFolder);
    QString path = DialogRunner::fileName(this, true, tr("New Workspace"), dir,
                                          tr("PartnerFit workspaces (%1)").arg(WorkspaceFilter));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QLatin1Char('.') + core::WorkspaceLocation::fileSuffix();
    }
    Settings::instance().setValue(Settings::Key::LastFolder, QFileInfo(path).absolutePath());
    openWorkspace(path, true);
}

void MainWindow::openSampleWorkspace()
{
    m_tasks->openSample();
}

void MainWindow::chooseWorkspace()
{
    const QString dir = Settings::instance().string(Settings::Key::LastFolder);
    const QString path = DialogRunner::fileName(this, false, tr("Open Workspace"), dir,
                                                tr("PartnerFit workspaces (%1)").arg(WorkspaceFilter));
    if (path.isEmpty()) {
        return;
    }
    Settings::instance().setValue(Settings::Key::LastFolder, QFileInfo(path).absolutePath());
    openWorkspace(path);
}

void MainWindow::backupWorkspace()
{
    m_tasks->backup();
}

void MainWindow::saveWorkspaceAs()
{
    QString path = DialogRunner::fileName(this, true, tr("Save Workspace As"),
                                          Settings::instance().string(Settings::Key::LastFolder),
                                          tr("PartnerFit workspaces (%1)").arg(WorkspaceFilter));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QLatin1Char('.') + core::WorkspaceLocation::fileSuffix();
    }
    if (QFileInfo::exists(path)) {
        m_messageBar->showError(tr("%1 already exists. Choose a new name: PartnerFit never overwrites a workspace.")
                                    .arg(QDir::toNativeSeparators(path)));
        return;
    }
    Settings::instance().setValue(Settings::Key::LastFolder, QFileInfo(path).absolutePath());
    m_tasks->saveAs(path);
}

void MainWindow::importPartners()
{
    const QString path =
        DialogRunner::fileName(this, false, tr("Import Partners from CSV"),
                               Settings::instance().string(Settings::Key::LastFolder), tr("CSV files (*.csv *.txt)"));
    if (path.isEmpty()) {
        return;
    }
    Settings::instance().setValue(Settings::Key::LastFolder, QFileInfo(path).absolutePath());
    m_tasks->importPartners(path);
}

bool MainWindow::openFile(const QString &path)
{
    return m_tasks->openFile(path);
}

QList<QObject *> MainWindow::busyTargets() const
{
    // Everything that reads or writes the workspace waits; quitting (which cancels), About and full screen do not.
    QList<QObject *> targets{m_splitter};
    for (QAction *action : findChildren<QAction *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (action != m_quit && action != m_about && action != m_aboutQt && action != m_fullScreen) {
            targets << action;
        }
    }
    targets << m_recentMenu;
    return targets;
}

void MainWindow::restoreWorkspace()
{
    const QString backup = DialogRunner::fileName(this, false, tr("Restore from Backup"),
                                                  core::WorkspaceBackup::backupDirectory(m_controller->path()),
                                                  tr("PartnerFit workspaces (%1)").arg(WorkspaceFilter));
    if (backup.isEmpty()) {
        return;
    }
    const QString name = QFileInfo(m_controller->path()).fileName();
    if (DialogRunner::question(this, tr("Restore from Backup"),
                               tr("Replace “%1” with the backup “%2”? Changes made since that backup are no longer "
                                  "in the workspace; the current file is kept beside it first.")
                                   .arg(name, QFileInfo(backup).fileName()),
                               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes) {
        return;
    }
    m_tasks->restore(backup);
}

void MainWindow::checkWorkspace()
{
    m_tasks->check();
}

void MainWindow::restoreWindowState()
{
    Settings &settings = Settings::instance();
    if (!restoreGeometry(settings.byteArray(Settings::Key::MainWindowGeometry))) {
        // First start: most of the screen, within reason.
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1600, 1000);
        resize(std::clamp(available.width() * 9 / 10, std::min(1024, available.width()), 1600),
               std::clamp(available.height() * 9 / 10, std::min(700, available.height()), 1000));
    }
    restoreState(settings.byteArray(Settings::Key::MainWindowState));
    // Without a remembered split, the list gets its width when the window first shows, at its final size.
    m_splitSized = m_splitter->restoreState(settings.byteArray(Settings::Key::MainSplitterState));
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_splitSized) {
        m_splitSized = true;
        // The pages need the larger share: the list takes at most 42 % of the window.
        const int total = m_splitter->width();
        const int list = std::min(m_listWidth, total * 42 / 100);
        m_splitter->setSizes({list, total - list});
    }
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
    const QString name = QFileInfo(m_controller->path()).completeBaseName();
    setWindowTitle(name.isEmpty() ? tr("PartnerFit") : tr("%1[*] — PartnerFit").arg(name));
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    DialogRunner::exec(dialog);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Work still running is cancelled: it leaves the workspace as it was.
    BackgroundTask::cancelAll();
    BackgroundTask::waitForIdle();
    if (!m_controller->saveNow() &&
        DialogRunner::question(this, tr("Unsaved Change"),
                               tr("Your last change could not be saved, even on a second try. Close anyway and "
                                  "lose it?"),
                               QMessageBox::Discard | QMessageBox::Cancel,
                               QMessageBox::Cancel) != QMessageBox::Discard) {
        event->ignore();
        return;
    }
    saveWindowState();
    event->accept();
}

void MainWindow::exportReport()
{
    const std::optional<core::Partner> partner = m_controller->selectedPartner();
    if (!partner || !m_controller->workspace() || !m_controller->saveNow()) {
        return;
    }
    m_exporter->exportAssessment(*m_controller->workspace(), partner->name);
}

void MainWindow::exportPortfolioReport()
{
    if (!m_controller->workspace() || !m_controller->saveNow()) {
        return;
    }
    // The report covers the whole list the filter selects from, also while only its first screenful is read.
    m_controller->loadRest();
    // The partners the list shows: a stage filter alone reads as that stage, any other filter as the list.
    report::PortfolioSelection selection;
    const bool filtered = m_partnerFilter->rowCount() < m_partnerModel->rowCount();
    const QString stage = m_stageFilter->currentData().toString();
    const bool stageOnly =
        !stage.isEmpty() && m_search->text().trimmed().isEmpty() && m_typeFilter->currentData().toString().isEmpty() &&
        m_tagFilter->currentData().toString().isEmpty() && m_bandFilter->currentData().toString().isEmpty();
    if (stageOnly) {
        selection.stages << stage;
    } else if (filtered) {
        for (int row = 0; row < m_partnerFilter->rowCount(); ++row) {
            selection.partnerIds << m_partnerFilter->index(row, 0).data(PartnerListModel::PartnerIdRole).toLongLong();
        }
        selection.description = tr("The filtered partner list");
    }
    m_exporter->exportPortfolio(*m_controller->workspace(), selection);
}

void MainWindow::printReport()
{
    const std::optional<core::Partner> partner = m_controller->selectedPartner();
    if (!partner || !m_controller->workspace() || !m_controller->saveNow()) {
        return;
    }
    m_exporter->printAssessment(*m_controller->workspace(), partner->name);
}

void MainWindow::reportExported(const QString &path, int pages, bool ok, bool cancelled, const QString &error)
{
    const QString name = QDir::toNativeSeparators(path);
    if (ok) {
        m_messageBar->showInfo(tr("Exported %1 (pages: %2)").arg(name, QLocale().toString(pages)), tr("Open"),
                               [path] { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); });
        statusBar()->showMessage(tr("Report exported"), 5000);
    } else if (cancelled) {
        statusBar()->showMessage(tr("Export cancelled: %1 was not written or changed").arg(name), 8000);
    } else {
        DialogRunner::critical(this, tr("Export Failed"),
                               tr("The report could not be written to %1. %2").arg(name, error));
    }
}

void MainWindow::updateTagFilter()
{
    // Every tag in the workspace, once, in the locale's order; the chosen one stays chosen while it exists.
    QStringList tags;
    for (const PartnerRow &row : m_controller->partners()) {
        for (const QString &tag : row.partner.tags) {
            if (!tag.trimmed().isEmpty() && !tags.contains(tag.trimmed(), Qt::CaseInsensitive)) {
                tags << tag.trimmed();
            }
        }
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(tags.begin(), tags.end(),
              [&collator](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    const QString chosen = m_tagFilter->currentData().toString();
    const QSignalBlocker blocker(m_tagFilter);
    while (m_tagFilter->count() > 1) {
        m_tagFilter->removeItem(1);
    }
    for (const QString &tag : std::as_const(tags)) {
        m_tagFilter->addItem(tag, tag);
    }
    const int index = chosen.isEmpty() ? 0 : m_tagFilter->findData(chosen, Qt::UserRole, Qt::MatchFixedString);
    m_tagFilter->setCurrentIndex(std::max(index, 0));
    m_tagFilter->setEnabled(!tags.isEmpty());
    m_tagFilter->setToolTip(tags.isEmpty() ? tr("No partner has tags yet: add them in the partner editor")
                                           : tr("Show only partners with this tag"));
    if (index < 0) {
        m_partnerFilter->setTagFilter(QString()); // the chosen tag is gone
    }
}

} // namespace pf::ui
