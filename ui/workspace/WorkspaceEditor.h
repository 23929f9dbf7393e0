// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/HomeProfile.h"
#include "core/model/Partner.h"
#include "core/model/Person.h"
#include "core/storage/StorageStatus.h"

#include <QHash>
#include <QObject>

class QUndoStack;

namespace pf::ui {

class WorkspaceController;

/**
 * Edits of the workspace outside an assessment — partners, the home profile, people — each stored at once
 * through the controller and recorded as an undoable command (ui/commands) on the workspace's own history,
 * which a newly opened workspace starts empty. An edit storage refuses is returned and not recorded; an undo
 * or redo storage refuses is reported with failed() and leaves the history (storage keeps what it had).
 */
class WorkspaceEditor : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceEditor(WorkspaceController *controller, QObject *parent = nullptr);
    ~WorkspaceEditor() override;

    QUndoStack *undoStack() const { return m_undoStack; }
    WorkspaceController *controller() const { return m_controller; }

    // Edits, each undoable.
    /// Saves @p after over the partner with its id as the list shows it.
    core::StorageStatus editPartner(const core::Partner &after);
    core::StorageResult<qint64> addPartner(const core::Partner &partner);
    /// Deletes a partner without assessments; Undo brings it back.
    core::StorageStatus removePartner(qint64 partnerId);
    core::StorageStatus editHomeProfile(const core::HomeProfile &after);
    core::StorageResult<qint64> addPerson(const core::Person &person);
    core::StorageStatus editPerson(const core::Person &after);
    core::StorageStatus removePerson(qint64 personId);

    // Used by the undo commands: store without recording history. False (and failed() emitted) when refused.
    bool applyPartner(const core::Partner &content, const QString &doing);
    /// Stores @p partner again after its removal; its id becomes the one it got.
    bool restorePartner(core::Partner &partner, const QString &doing);
    bool unstorePartner(qint64 partnerId, const QString &doing);
    bool applyHomeProfile(const core::HomeProfile &profile, const QString &doing);
    bool applyPerson(const core::Person &content, const QString &doing);
    bool restorePerson(core::Person &person, const QString &doing);
    bool unstorePerson(qint64 personId, const QString &doing);

signals:
    /// An edit, undo or redo was stored.
    void stored();
    /// Storing an undo or redo failed with @p status; @p doing says what could not be done.
    void failed(const core::StorageStatus &status, const QString &doing);

private:
    bool report(const core::StorageStatus &status, const QString &doing);
    /// The id a partner or person recorded in the history has now: a removed one restored while its old id was
    /// taken (ids are reused, e.g. by an import) lives on under a new one, and the old id is someone else's.
    static qint64 current(const QHash<qint64, qint64> &moved, qint64 id);

    WorkspaceController *m_controller;
    QUndoStack *m_undoStack;
    QHash<qint64, qint64> m_movedPartners;
    QHash<qint64, qint64> m_movedPeople;
};

} // namespace pf::ui
