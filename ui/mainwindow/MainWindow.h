// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QSplitter;
class QStackedWidget;

namespace pf::ui {

class EmptyState;

/** The main window: partner list on the left, the selected partner's pages on the right. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// Shows the workspace at @p workspacePath (the user's default workspace when started normally).
    explicit MainWindow(const QString &workspacePath, QWidget *parent = nullptr);
    ~MainWindow() override;

    QString workspacePath() const { return m_workspacePath; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createCentralArea();
    void restoreWindowState();
    void saveWindowState();
    void updateTitle();
    void showAbout();

    QString m_workspacePath;

    QSplitter *m_splitter = nullptr;
    QLineEdit *m_search = nullptr;
    QListView *m_partnerList = nullptr;
    QStackedWidget *m_pages = nullptr;
    EmptyState *m_emptyState = nullptr;
    QLabel *m_workspaceLabel = nullptr;

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
    // View
    QAction *m_fullScreen = nullptr;
    // Help
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
};

} // namespace pf::ui
