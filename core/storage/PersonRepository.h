// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Person.h"
#include "core/storage/StorageStatus.h"

#include <QList>

namespace pf::core {

class Workspace;

/** The people who assess partners, and the default assessor (the operating-system user until one is set). */
class PersonRepository
{
public:
    explicit PersonRepository(Workspace &workspace);

    /// Everyone, ordered by name.
    StorageResult<QList<Person>> list() const;
    StorageResult<Person> findByName(const QString &name) const;
    StorageResult<qint64> add(const Person &person);
    /// Saves @p person (with the revision it was read with); returns the new revision.
    StorageResult<int> update(const Person &person);
    /// How many assessments @p personId has rated something in.
    StorageResult<int> ratedAssessments(qint64 personId) const;
    /// Removes @p person (read with its revision). Refused while they have ratings: ratings keep their assessor.
    StorageStatus remove(const Person &person);
    /// Stores a removed person again (undoing the removal) under their old id when it is free; returns the id.
    StorageResult<qint64> restore(const Person &person);
    /// The id of the person named @p name, adding them when absent (inside the caller's transaction if any).
    StorageResult<qint64> ensure(const QString &name);
    /// The name new ratings are attributed to by default.
    QString defaultAssessor() const;
    StorageStatus setDefaultAssessor(const QString &name);

private:
    Workspace &m_workspace;
};

} // namespace pf::core
