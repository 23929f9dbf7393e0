// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/AssessmentInput.h"
#include "core/model/AssessmentResult.h"

#include <QObject>

#include <optional>

class QUndoStack;

namespace pf::ui {

/// Which organisation a culture profile or roadmap belongs to.
enum class Side { Home, Partner };

/**
 * The assessment being edited: its inputs, the result scored from them, and the undo history.
 * Every edit goes through an undo command (ui/commands) that calls one of the apply functions,
 * which rescore and announce the change; the owner persists it on edited().
 */
class AssessmentEditor : public QObject
{
    Q_OBJECT

public:
    explicit AssessmentEditor(QObject *parent = nullptr);
    ~AssessmentEditor() override;

    /// Starts editing @p input: rescored, with an empty undo history.
    void setInput(const core::AssessmentInput &input);
    const core::AssessmentInput &input() const { return m_input; }
    const core::AssessmentResult &result() const { return m_result; }
    QUndoStack *undoStack() const { return m_undoStack; }

    /// A finalised assessment is read-only: edits are refused.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    /// Everyone who rated something, plus those added with addAssessor(), in first-seen order, then the
    /// workspace's other people.
    QStringList assessors() const;
    void addAssessor(const QString &name);
    /// The workspace's people, who can be chosen as assessors of any assessment.
    void setPeople(const QStringList &names);
    /// Who the pages rate as; shared by the Assessment and Mutual gain pages.
    QString currentAssessor() const { return m_currentAssessor; }
    void setCurrentAssessor(const QString &name);

    // Edits, each undoable. They do nothing on a read-only assessment.
    void rate(const QString &criterion, const QString &assessor, core::RatingState state, int value = 0);
    void setNote(const QString &criterion, const QString &assessor, const QString &note);
    void setConsensus(const QString &criterion, const std::optional<core::Consensus> &consensus);
    void setCultureValue(Side side, const QString &axis, std::optional<double> value);
    void setRoadmap(Side side, const QList<core::RoadmapItem> &items);

    // Lookups.
    std::optional<core::Rating> rating(const QString &criterion, const QString &assessor) const;
    std::optional<core::Consensus> consensus(const QString &criterion) const;
    std::optional<double> cultureValue(Side side, const QString &axis) const;
    const QList<core::RoadmapItem> &roadmap(Side side) const;
    /// The display name of a criterion or mutual-gain input key.
    QString displayName(const QString &key) const;

    // Used by the undo commands: change the input without recording history.
    void applyRating(const QString &criterion, const QString &assessor, const std::optional<core::Rating> &rating);
    void applyConsensus(const QString &criterion, const std::optional<core::Consensus> &consensus);
    void applyCultureValue(Side side, const QString &axis, std::optional<double> value);
    void applyRoadmap(Side side, const QList<core::RoadmapItem> &items);
    /// Takes a new home profile into the draft as one stored change. Earlier edits of our side could
    /// otherwise be undone over it, so the undo history closes here.
    void applyHomeProfile(const core::CultureProfile &culture, const QList<core::RoadmapItem> &roadmap);

signals:
    /// The input and result changed (an edit, undo, redo or a new input).
    void changed();
    /// The user changed the input: the owner stores it.
    void edited();
    /// A new input with another framework was loaded: pages rebuild their rows.
    void frameworkChanged();

private:
    void rescore(bool byUser);

    core::AssessmentInput m_input;
    core::AssessmentResult m_result;
    QStringList m_extraAssessors;
    QStringList m_people;
    QString m_currentAssessor;
    QUndoStack *m_undoStack;
    bool m_readOnly = false;
};

} // namespace pf::ui
