// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceEditor.h"

#include "WorkspaceController.h"
#include "ui/commands/AddPartnerCommand.h"
#include "ui/commands/AddPersonCommand.h"
#include "ui/commands/EditHomeProfileCommand.h"
#include "ui/commands/EditPartnerCommand.h"
#include "ui/commands/EditPersonCommand.h"
#include "ui/commands/RemovePartnerCommand.h"
#include "ui/commands/RemovePersonCommand.h"

#include <QUndoStack>

namespace pf::ui {

using core::StorageError;
using core::StorageStatus;

WorkspaceEditor::WorkspaceEditor(WorkspaceController *controller, QObject *parent)
    : QObject(parent), m_controller(controller), m_undoStack(new QUndoStack(this))
{
    // Another workspace, another history.
    connect(m_controller, &WorkspaceController::workspaceOpened, this, [this] {
        m_undoStack->clear();
        m_movedPartners.clear();
        m_movedPeople.clear();
    });
}

qint64 WorkspaceEditor::current(const QHash<qint64, qint64> &moved, qint64 id)
{
    // Follow the moves (7 → 8 → 9); a chain never returns to an id, but stop after as many steps as there are.
    for (qsizetype steps = 0; moved.contains(id) && steps <= moved.size(); ++steps) {
        id = moved.value(id);
    }
    return id;
}

WorkspaceEditor::~WorkspaceEditor() = default;

namespace {

StorageStatus gone()
{
    return StorageStatus::failure(StorageError::NotFound,
                                  WorkspaceEditor::tr("It no longer exists; it may have been deleted elsewhere."));
}

} // namespace

StorageStatus WorkspaceEditor::editPartner(const core::Partner &after)
{
    const std::optional<core::Partner> before = m_controller->partner(after.id);
    if (!before) {
        return gone();
    }
    core::Partner edited = after;
    edited.revision = before->revision;
    if (edited == *before) {
        return StorageStatus::success(); // nothing changed: nothing to store or undo
    }
    const StorageStatus status = m_controller->updatePartner(edited);
    if (status.ok()) {
        m_undoStack->push(new EditPartnerCommand(this, *before, edited));
        emit stored();
    }
    return status;
}

core::StorageResult<qint64> WorkspaceEditor::addPartner(const core::Partner &partner)
{
    auto result = m_controller->addPartner(partner);
    if (result.ok()) {
        const std::optional<core::Partner> added = m_controller->partner(*result.value);
        core::Partner recorded = added.value_or(partner);
        recorded.id = *result.value;
        m_undoStack->push(new AddPartnerCommand(this, recorded));
        emit stored();
    }
    return result;
}

StorageStatus WorkspaceEditor::removePartner(qint64 partnerId)
{
    const std::optional<core::Partner> partner = m_controller->partner(partnerId);
    if (!partner) {
        return gone();
    }
    const StorageStatus status = m_controller->removePartner(partnerId);
    if (status.ok()) {
        m_undoStack->push(new RemovePartnerCommand(this, *partner));
        emit stored();
    }
    return status;
}

StorageStatus WorkspaceEditor::editHomeProfile(const core::HomeProfile &after)
{
    const auto before = m_controller->homeProfile();
    if (!before.ok()) {
        return before.status;
    }
    if (*before.value == after) {
        return StorageStatus::success();
    }
    const StorageStatus status = m_controller->saveHomeProfile(after);
    if (status.ok()) {
        m_undoStack->push(new EditHomeProfileCommand(this, *before.value, after));
        emit stored();
    }
    return status;
}

core::StorageResult<qint64> WorkspaceEditor::addPerson(const core::Person &person)
{
    core::Person fresh = person;
    fresh.id = 0;
    fresh.name = person.name.trimmed();
    auto result = m_controller->addPerson(fresh);
    if (result.ok()) {
        core::Person recorded = m_controller->person(*result.value).value_or(fresh);
        recorded.id = *result.value;
        m_undoStack->push(new AddPersonCommand(this, recorded));
        emit stored();
    }
    return result;
}

StorageStatus WorkspaceEditor::editPerson(const core::Person &after)
{
    const std::optional<core::Person> before = m_controller->person(after.id);
    if (!before) {
        return gone();
    }
    core::Person edited = after;
    edited.name = after.name.trimmed();
    edited.revision = before->revision;
    if (edited == *before) {
        return StorageStatus::success();
    }
    const StorageStatus status = m_controller->updatePerson(edited);
    if (status.ok()) {
        m_undoStack->push(new EditPersonCommand(this, *before, edited));
        emit stored();
    }
    return status;
}

StorageStatus WorkspaceEditor::removePerson(qint64 personId)
{
    const std::optional<core::Person> person = m_controller->person(personId);
    if (!person) {
        return gone();
    }
    const StorageStatus status = m_controller->removePerson(*person);
    if (status.ok()) {
        m_undoStack->push(new RemovePersonCommand(this, *person));
        emit stored();
    }
    return status;
}

bool WorkspaceEditor::report(const StorageStatus &status, const QString &doing)
{
    if (status.ok()) {
        emit stored();
        return true;
    }
    emit failed(status, doing);
    return false;
}

bool WorkspaceEditor::applyPartner(const core::Partner &content, const QString &doing)
{
    // Based on the revision the list shows: a change made elsewhere since then is not overwritten.
    core::Partner edited = content;
    edited.id = current(m_movedPartners, content.id);
    const std::optional<core::Partner> stored = m_controller->partner(edited.id);
    if (!stored) {
        return report(gone(), doing);
    }
    edited.revision = stored->revision;
    return report(m_controller->updatePartner(edited), doing);
}

bool WorkspaceEditor::restorePartner(core::Partner &partner, const QString &doing)
{
    partner.id = current(m_movedPartners, partner.id);
    const auto result = m_controller->restorePartner(partner);
    if (result.ok()) {
        if (*result.value != partner.id) {
            m_movedPartners.insert(partner.id, *result.value);
        }
        partner.id = *result.value;
    }
    return report(result.status, doing);
}

bool WorkspaceEditor::unstorePartner(qint64 partnerId, const QString &doing)
{
    partnerId = current(m_movedPartners, partnerId);
    if (!m_controller->partner(partnerId)) {
        return report(gone(), doing);
    }
    return report(m_controller->removePartner(partnerId), doing);
}

bool WorkspaceEditor::applyHomeProfile(const core::HomeProfile &profile, const QString &doing)
{
    return report(m_controller->saveHomeProfile(profile), doing);
}

bool WorkspaceEditor::applyPerson(const core::Person &content, const QString &doing)
{
    core::Person edited = content;
    edited.id = current(m_movedPeople, content.id);
    const std::optional<core::Person> stored = m_controller->person(edited.id);
    if (!stored) {
        return report(gone(), doing);
    }
    edited.revision = stored->revision;
    return report(m_controller->updatePerson(edited), doing);
}

bool WorkspaceEditor::restorePerson(core::Person &person, const QString &doing)
{
    person.id = current(m_movedPeople, person.id);
    const auto result = m_controller->addPerson(person);
    if (result.ok()) {
        if (person.id > 0 && *result.value != person.id) {
            m_movedPeople.insert(person.id, *result.value);
        }
        person.id = *result.value;
    }
    return report(result.status, doing);
}

bool WorkspaceEditor::unstorePerson(qint64 personId, const QString &doing)
{
    const std::optional<core::Person> stored = m_controller->person(current(m_movedPeople, personId));
    if (!stored) {
        return report(gone(), doing);
    }
    return report(m_controller->removePerson(*stored), doing);
}

} // namespace pf::ui
