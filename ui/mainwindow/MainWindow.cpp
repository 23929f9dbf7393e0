// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "core/io/FrameworkJson.h"
#include "core/io/PartnerCsv.h"
#include "core/storage/SampleWorkspace.h"
#include "core/storage/Workspace.h"
#include "core/storage/WorkspaceBackup.h"
#include "core/storage/WorkspaceLocation.h"
#include "ui/about/AboutDialog.h"
#include "ui/assessment/AssessmentEditor.h"
#include "ui/assessment/AssessmentPage.h"
#include "ui/commands/UndoHistory.h"
#include "ui/common/AfterPaint.h"
#include "ui/common/DialogRunner.h"
#include "ui/common/EmptyState.h"
#include "ui/common/MessageBar.h"
#include "ui/common/ScoreFormat.h"
#include "ui/common/Settings.h"
#include "ui/culture/CulturePage.h"
#include "ui/history/HistoryPage.h"
#include "ui/home/HomeProfileDialog.h"
#include "ui/partners/BandDelegate.h"
#include "ui/partners/PartnerDialog.h"
#include "ui/partners/PartnerListModel.h"
#include "ui/partners/PartnerView.h"
#include "ui/people/PeopleActions.h"
#include "ui/preferences/PreferencesDialog.h"
#include "ui/workspace/WorkspaceController.h"
#include "ui/workspace/WorkspaceEditor.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

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

    m_workspaceLabel = new QLabel(this);
    m_workspaceLabel->setObjectName(QStringLiteral("workspaceLabel"));
    m_workspaceLabel->setToolTip(tr("The workspace file that holds every partner and assessment"));
    statusBar()->addPermanentWidget(m_workspaceLabel);

    connect(m_controller, &WorkspaceController::partnersChanged, this, [this] {
        const qint64 selected = m_controller->selectedPartnerId();
        m_partnerModel->setRows(m_controller->partners());
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

    // A workspace kept open for days still gets its daily backup (opening makes one when due).
    auto *dailyBackup = new QTimer(this);
    dailyBackup->setInterval(std::chrono::hours(1));
    connect(dailyBackup, &QTimer::timeout, this, [this] {
        if (m_controller->workspace()) {
            const auto backup = core::WorkspaceBackup::backupIfDue(*m_controller->workspace());
            if (!backup.ok()) {
                showStorageError(backup.status, tr("The daily backup failed."));
            }
        }
    });
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

    // Features still to come stay disabled rather than pretending to work.
    for (QAction *pending : {m_exportReport, m_exportPortfolioReport}) {
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
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_stageFilter);
    filters->addWidget(m_typeFilter);
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
        return metrics.horizontalAdvance(widest) + 28;
    };
    header->resizeSection(PartnerListModel::Type, width(PartnerListModel::shortTypeName(QStringLiteral("technology"))));
    header->resizeSection(PartnerListModel::Stage, width(PartnerListModel::stageName(QStringLiteral("evaluating"))));
    header->resizeSection(PartnerListModel::Overall,
                          width(m_partnerModel->headerData(PartnerListModel::Overall, Qt::Horizontal).toString()));
    header->resizeSection(PartnerListModel::Band, width(ScoreFormat::band(QStringLiteral("Not recommended"))) + 8);
    header->resizeSection(PartnerListModel::Confidence,
                          width(m_partnerModel->headerData(PartnerListModel::Confidence, Qt::Horizontal).toString()));
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
    m_splitter->setSizes({560, 880});
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
    // The sample lives beside the default workspace; it is made once and then opened like any other.
    const QString path = QDir(core::WorkspaceLocation::defaultDirectory())
                             .filePath(QStringLiteral("sample.") + core::WorkspaceLocation::fileSuffix());
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(core::WorkspaceLocation::defaultDirectory());
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const core::StorageStatus status = core::SampleWorkspace::create(path);
        QApplication::restoreOverrideCursor();
        if (!status.ok()) {
            showStorageError(status, tr("The sample workspace could not be created."));
            return;
        }
    }
    openWorkspace(path);
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
    if (!m_controller->workspace()) {
        return;
    }
    const auto result =
        core::WorkspaceBackup::backup(*m_controller->workspace(), core::WorkspaceBackup::Reason::Manual);
    if (!result.ok()) {
        showStorageError(result.status, tr("The backup failed."));
        return;
    }
    m_messageBar->showInfo(tr("Backed up to %1").arg(QDir::toNativeSeparators(*result.value)));
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
    const core::StorageStatus status = m_controller->saveAs(path);
    if (!status.ok()) {
        showStorageError(status, tr("The workspace could not be saved under the new name."));
        return;
    }
    openWorkspace(path);
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
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_messageBar->showError(tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    QSet<QString> existing;
    for (const PartnerRow &row : m_controller->partners()) {
        existing.insert(row.partner.name.toLower());
    }
    const core::io::PartnerCsv::Import import = core::io::PartnerCsv::read(file.readAll(), existing);
    QStringList problems;
    for (const core::io::PartnerCsv::Issue &issue : import.issues.mid(0, 12)) {
        problems << (issue.line > 0 ? tr("Line %1: %2").arg(issue.line).arg(issue.message) : issue.message);
    }
    if (import.issues.size() > 12) {
        problems << tr("… and %1 more.").arg(import.issues.size() - 12);
    }
    if (import.fileError || import.valid.isEmpty()) {
        m_messageBar->showError(
            tr("Nothing was imported from %1. %2").arg(QFileInfo(path).fileName(), problems.join(QLatin1Char(' '))));
        return;
    }
    // Nothing is imported while a row is invalid, unless the user asks for the valid rows only.
    if (!import.allValid() &&
        DialogRunner::question(
            this, tr("Import Partners"),
            tr("%1 of %2 rows can be imported; these cannot:\n\n%3\n\nImport the %1 valid rows only?")
                .arg(import.valid.size())
                .arg(import.rowCount)
                .arg(problems.join(QLatin1Char('\n'))),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes) {
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto added = m_controller->addPartners(import.valid, QFileInfo(path).fileName());
    QApplication::restoreOverrideCursor();
    if (!added.ok()) {
        showStorageError(added.status, tr("The partners could not be imported; nothing was changed."));
        return;
    }
    m_messageBar->showInfo(
        tr("Imported partners from %1: %2.").arg(QFileInfo(path).fileName()).arg(added.value->size()));
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
    QString setAside;
    const core::StorageStatus status = m_controller->restore(backup, &setAside);
    if (!status.ok()) {
        showStorageError(status, tr("The backup could not be restored."));
    } else {
        m_messageBar->showInfo(tr("Restored from %1. The previous file is kept as %2.")
                                   .arg(QFileInfo(backup).fileName(), QDir::toNativeSeparators(setAside)));
    }
    updateActions();
    updatePages();
}

void MainWindow::checkWorkspace()
{
    if (!m_controller->workspace()) {
        return;
    }
    QStringList problems;
    const core::StorageStatus status = m_controller->workspace()->check(&problems);
    if (status.ok() && problems.isEmpty()) {
        m_messageBar->showInfo(tr("The workspace is intact: every check passed."));
    } else {
        m_messageBar->showError(tr("The workspace has problems: %1 Restore a backup or send the file to support.")
                                    .arg(problems.isEmpty() ? status.message : problems.join(QStringLiteral("; "))));
    }
}

void MainWindow::restoreWindowState()
{
    Settings &settings = Settings::instance();
    if (!restoreGeometry(settings.byteArray(Settings::Key::MainWindowGeometry))) {
        resize(1280, 820);
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

} // namespace pf::ui
