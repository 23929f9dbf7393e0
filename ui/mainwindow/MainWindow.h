// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace pf::core {
struct StorageStatus;
}

namespace pf::ui {

class AssessmentEditor;
class EmptyState;
class MessageBar;
class PartnerFilterModel;
class PartnerListModel;
class PartnerView;
class PeopleActions;
class UndoHistory;
class ReportExporter;
class WorkspaceController;
class WorkspaceEditor;
class RecentWorkspacesMenu;
class WorkspaceTasks;

/** The main window: partner list on the left, the selected partner's pages on the right. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// Opens the workspace at @p workspacePath, creating it when it does not exist yet.
    explicit MainWindow(const QString &workspacePath, QWidget *parent = nullptr);
    ~MainWindow() override;

    QString workspacePath() const;
    WorkspaceController *controller() const { return m_controller; }
    /// Partner, home-profile and people edits, with the workspace's undo history.
    WorkspaceEditor *workspaceEditor() const { return m_workspaceEditor; }
    /// Edit ▸ Undo/Redo over the assessment's and the workspace's histories.
    UndoHistory *undoHistory() const { return m_history; }
    AssessmentEditor *editor() const { return m_editor; }
    PartnerView *partnerView() const { return m_partnerView; }
    QTableView *partnerTable() const { return m_partnerTable; }
    MessageBar *messageBar() const { return m_messageBar; }
    ReportExporter *reportExporter() const { return m_exporter; }

    /// Opens another workspace; a refusal is shown with the way out and the current one stays open.
    bool openWorkspace(const QString &path, bool create = false);
    /// Selects @p partnerId in the list (and shows it).
    void selectPartner(qint64 partnerId);
    /// Opens a workspace file or imports a CSV file (dropped, given on the command line or by the desktop);
    /// anything else is refused with a status-bar message.
    bool openFile(const QString &path);
    /// The long operations (import, sample, check, backup) that run off the GUI thread.
    WorkspaceTasks *tasks() const { return m_tasks; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createCentralArea();
    void restoreWindowState();
    void updateTagFilter();
    void saveWindowState();
    void updateTitle();
    void updateActions();
    void updatePages();
    void showAbout();
    void showStorageError(const core::StorageStatus &status, const QString &doing);
    /// What is disabled while long work runs off the GUI thread.
    QList<QObject *> busyTargets() const;

    void addPartner();
    void editPartner();
    void deletePartner();
    void newAssessment(bool healthCheck);
    void finalise();
    void revise();
    void editHomeProfile();
    void newWorkspace();
    void openSampleWorkspace();
    void chooseWorkspace();
    void backupWorkspace();
    void saveWorkspaceAs();
    void importPartners();
    void restoreWorkspace();
    void checkWorkspace();
    void partnerSelectionChanged();
    void exportReport();
    void exportPortfolioReport();
    void printReport();
    void reportExported(const QString &path, int pages, bool ok, bool cancelled, const QString &error);

    AssessmentEditor *m_editor;
    WorkspaceController *m_controller;
    WorkspaceEditor *m_workspaceEditor;
    UndoHistory *m_history;
    PeopleActions *m_peopleActions;
    PartnerListModel *m_partnerModel;
    PartnerFilterModel *m_partnerFilter;

    QSplitter *m_splitter = nullptr;
    int m_listWidth = 560;
    /// Whether the list/pages split is set (remembered, or sized at the first show).
    bool m_splitSized = false;
    QLineEdit *m_search = nullptr;
    QComboBox *m_stageFilter = nullptr;
    QComboBox *m_typeFilter = nullptr;
    QComboBox *m_bandFilter = nullptr;
    QComboBox *m_tagFilter = nullptr;
    QTableView *m_partnerTable = nullptr;
    QStackedWidget *m_pages = nullptr;
    EmptyState *m_emptyState = nullptr;
    EmptyState *m_noAssessment = nullptr;
    EmptyState *m_noSelection = nullptr;
    PartnerView *m_partnerView = nullptr;
    MessageBar *m_messageBar = nullptr;
    ReportExporter *m_exporter = nullptr;
    QLabel *m_workspaceLabel = nullptr;
    WorkspaceTasks *m_tasks = nullptr;
    RecentWorkspacesMenu *m_recentMenu = nullptr;

    // File
    QAction *m_newWorkspace = nullptr;
    QAction *m_openWorkspace = nullptr;
    QAction *m_saveWorkspaceAs = nullptr;
    QAction *m_openSample = nullptr;
    QAction *m_backup = nullptr;
    QAction *m_restore = nullptr;
    QAction *m_checkWorkspace = nullptr;
    QAction *m_importPartners = nullptr;
    QAction *m_exportReport = nullptr;
    QAction *m_exportPortfolioReport = nullptr;
    QAction *m_print = nullptr;
    QAction *m_quit = nullptr;
    // Edit
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_find = nullptr;
    QAction *m_preferences = nullptr;
    // Partner
    QAction *m_addPartner = nullptr;
    QAction *m_editPartner = nullptr;
    QAction *m_deletePartner = nullptr;
    QAction *m_editHomeProfile = nullptr;
    // Assessment
    QAction *m_newAssessment = nullptr;
    QAction *m_newHealthCheck = nullptr;
    QAction *m_finalise = nullptr;
    QAction *m_revise = nullptr;
    // View
    QAction *m_fullScreen = nullptr;
    // Help
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
};

} // namespace pf::ui
