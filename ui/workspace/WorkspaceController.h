// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/AssessmentRecord.h"
#include "core/model/AssessmentSummary.h"
#include "core/model/HomeProfile.h"
#include "core/model/Partner.h"
#include "core/model/Person.h"
#include "core/storage/PartnerListing.h"
#include "core/storage/StorageStatus.h"

#include <QObject>

class QTimer;

#include <memory>
#include <optional>

namespace pf::core {
class Workspace;
struct WorkspaceOpenResult;
} // namespace pf::core

namespace pf::ui {

class AssessmentEditor;

/** A partner with the newest version of its newest assessment, as the partner list shows it (list columns only). */
using PartnerRow = core::PartnerListEntry;

/**
 * The open workspace as the windows see it: the partner list, the selected partner and the
 * assessment being edited. Every edit the editor reports is stored at once; storage refusals
 * come back as messages to show, never lost silently.
 */
class WorkspaceController : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceController(AssessmentEditor *editor, QObject *parent = nullptr);
    ~WorkspaceController() override;

    /// Opens @p path (creating it when @p create); on refusal the previous workspace stays open.
    core::StorageStatus open(const QString &path, bool create = false, QString *suggestedBackup = nullptr);
    /// Opens the default workspace, creating it on first start.
    core::StorageStatus openDefault(QString *suggestedBackup = nullptr);
    bool isOpen() const { return m_workspace != nullptr; }
    QString path() const;
    core::Workspace *workspace() const { return m_workspace.get(); }

    /// Stores what is waiting, then closes the workspace so that its file can be replaced (restore off the GUI
    /// thread); the editor and the partner list are emptied. Fails, leaving it open, while an edit cannot be stored.
    core::StorageStatus close();
    /// Writes a verified copy of the open workspace to @p target (which must not exist) and opens the copy.
    core::StorageStatus saveAs(const QString &target);
    /// Replaces the open workspace with @p backupFile: the workspace is closed, the current file is kept aside
    /// (backed up, or moved aside unchanged if damaged), the backup verified and put in place, then reopened.
    core::StorageStatus restore(const QString &backupFile, QString *setAside = nullptr);

    const QList<PartnerRow> &partners() const { return m_rows; }
    /// Reloads the partner list from the workspace.
    core::StorageStatus reload();
    /// Opening reads only the first @p rows of the partner list in its order (0, the default: all of it); the
    /// window reads the rest with loadRest() once it has shown them.
    void setFirstListRows(int rows) { m_firstRows = rows; }
    /// False while the list holds only its first rows.
    bool isListComplete() const { return !m_partial; }
    /// Appends the partners opening left out (partnersAppended); nothing when the list is complete.
    core::StorageStatus loadRest();

    core::StorageResult<qint64> addPartner(const core::Partner &partner);
    /// Adds partners read from a CSV file in one transaction (all or nothing); @p source names the file in the audit
    /// log.
    core::StorageResult<QList<qint64>> addPartners(const QList<core::Partner> &partners, const QString &source);
    core::StorageStatus updatePartner(const core::Partner &partner);
    core::StorageStatus removePartner(qint64 partnerId);
    /// Stores a removed partner again, under its old id when storage still allows; returns the id it got.
    core::StorageResult<qint64> restorePartner(const core::Partner &partner);
    /// The partner as the list last read it (with its revision), if it is in the list.
    std::optional<core::Partner> partner(qint64 partnerId) const;

    /// The workspace's people (who can assess), ordered by name, as last read.
    const QList<core::Person> &people() const { return m_people; }
    std::optional<core::Person> person(qint64 personId) const;
    /// Adds a person; one with a non-zero id is restored under that id when it is free.
    core::StorageResult<qint64> addPerson(const core::Person &person);
    /// Saves @p person (carrying the revision it was read with). A rename shows in the assessment being edited.
    core::StorageStatus updatePerson(const core::Person &person);
    /// How many assessments @p personId has rated something in (0 when it cannot be read).
    int ratedAssessments(qint64 personId) const;
    /// Removes a person who has rated nothing.
    core::StorageStatus removePerson(const core::Person &person);
    /// Who "Add Me" adds: the name set for this workspace, else the operating-system user.
    QString myName() const;
    core::StorageStatus setMyName(const QString &name);

    /// Shows @p partnerId's newest assessment in the editor (0 clears the selection).
    core::StorageStatus selectPartner(qint64 partnerId);
    qint64 selectedPartnerId() const { return m_partnerId; }
    /// The selected partner's full record (contacts, culture, roadmap), read when it was selected or reloaded.
    std::optional<core::Partner> selectedPartner() const { return m_selected; }
    /// The assessment in the editor, if any.
    const std::optional<core::AssessmentRecord> &assessment() const { return m_record; }

    /// Starts a new draft for the selected partner with our current home profile and the partner's profile.
    core::StorageStatus newAssessment(core::AssessmentKind kind);
    /// Finalises the draft in the editor with its score; it becomes read-only.
    core::StorageStatus finalise();
    /// Makes a new draft version of the finalised assessment in the editor.
    core::StorageStatus revise();
    core::StorageResult<core::HomeProfile> homeProfile() const;
    /// Saves our profile; the draft being edited takes the new culture and roadmap too.
    core::StorageStatus saveHomeProfile(const core::HomeProfile &profile);

    /// True while the last edit could not be stored; it stays in the editor until a save succeeds.
    bool hasUnsavedEdit() const { return m_unsaved; }
    /// Stores at once what is waiting (edits are stored within a fraction of a second, so that typing a note is
    /// one write, not one per key) or failed before; true when nothing is left unsaved.
    bool saveNow();

    /// Every version of every assessment of the selected partner, oldest first.
    QList<core::AssessmentSummary> history() const;

signals:
    /// The partner list changed (rows added, removed or rescored).
    void partnersChanged();
    /// The partners from row @p first on were added to the end of the list (loadRest()).
    void partnersAppended(int first);
    /// A workspace was opened.
    void workspaceOpened(const QString &path);
    /// The open workspace failed the check that runs after opening (it is damaged) and was closed; show
    /// @p status as opening would have, offering @p suggestedBackup when not empty.
    void workspaceRefused(const core::StorageStatus &status, const QString &suggestedBackup);
    /// The list of people changed.
    void peopleChanged();
    /// An edit was stored ("Saved"), or storing it failed with @p status.
    void saved(const core::StorageStatus &status);

private:
    core::StorageStatus adopt(core::WorkspaceOpenResult &result, QString *suggestedBackup);
    core::StorageStatus loadAssessment(qint64 assessmentId);
    core::StorageStatus readSelected();
    core::StorageStatus reloadFirst();
    void store();
    core::StorageStatus unsavedStatus() const;
    /// The refusal of anything that needs a workspace when none is open.
    core::StorageStatus noWorkspace() const;
    core::StorageStatus reloadPeople();

    AssessmentEditor *m_editor;
    std::unique_ptr<core::Workspace> m_workspace;
    QList<PartnerRow> m_rows;
    QList<core::Person> m_people;
    QString m_myName;
    qint64 m_partnerId = 0;
    /// Only the first workspace opened (at start-up) defers its integrity check until after the first paint.
    bool m_openedBefore = false;
    std::optional<core::Partner> m_selected;
    std::optional<core::AssessmentRecord> m_record;
    bool m_loading = false;
    bool m_partial = false;
    int m_firstRows = 0;
    bool m_unsaved = false;
    bool m_pending = false;
    QTimer *m_storeTimer;
};

} // namespace pf::ui
