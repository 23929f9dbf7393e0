// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssessmentEditor.h"

#include "core/scoring/AssessmentScorer.h"
#include "ui/commands/SetConsensusCommand.h"
#include "ui/commands/SetCultureValueCommand.h"
#include "ui/commands/SetRatingCommand.h"
#include "ui/commands/SetRoadmapCommand.h"

#include <QLocale>
#include <QUndoStack>

namespace pf::ui {

AssessmentEditor::AssessmentEditor(QObject *parent) : QObject(parent), m_undoStack(new QUndoStack(this))
{}

AssessmentEditor::~AssessmentEditor() = default;

void AssessmentEditor::setInput(const core::AssessmentInput &input)
{
    m_undoStack->clear();
    const bool newFramework = !(input.framework == m_input.framework);
    m_input = input;
    m_extraAssessors.clear();
    if (!assessors().contains(m_currentAssessor)) {
        // The first who rated; with no ratings yet, nobody is picked for the user.
        m_currentAssessor = m_input.ratings.isEmpty() ? QString() : m_input.ratings.constFirst().assessor;
    }
    if (newFramework) {
        emit frameworkChanged();
    }
    rescore(false);
}

void AssessmentEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (readOnly) {
        // Finalising is not undoable: the history of the draft closes with it.
        m_undoStack->clear();
    }
    emit changed();
}

QStringList AssessmentEditor::assessors() const
{
    QStringList names;
    for (const core::Rating &r : m_input.ratings) {
        if (!names.contains(r.assessor)) {
            names << r.assessor;
        }
    }
    for (const QString &name : m_extraAssessors) {
        if (!names.contains(name)) {
            names << name;
        }
    }
    for (const QString &name : m_people) {
        if (!names.contains(name)) {
            names << name;
        }
    }
    return names;
}

void AssessmentEditor::setPeople(const QStringList &names)
{
    if (names == m_people) {
        return;
    }
    m_people = names;
    if (!assessors().contains(m_currentAssessor)) {
        m_currentAssessor.clear();
    }
    emit changed();
}

void AssessmentEditor::addAssessor(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (!trimmed.isEmpty() && !assessors().contains(trimmed)) {
        m_extraAssessors << trimmed;
        if (m_currentAssessor.isEmpty()) {
            m_currentAssessor = trimmed;
        }
        emit changed();
    }
}

void AssessmentEditor::setCurrentAssessor(const QString &name)
{
    if (name != m_currentAssessor) {
        m_currentAssessor = name;
        emit changed();
    }
}

void AssessmentEditor::rate(const QString &criterion, const QString &assessor, core::RatingState state, int value)
{
    if (m_readOnly) {
        return;
    }
    const std::optional<core::Rating> before = rating(criterion, assessor);
    core::Rating after = before.value_or(core::Rating{criterion, assessor, core::RatingState::NotAssessed, 0, {}});
    after.state = state;
    after.value = state == core::RatingState::Rated ? value : 0;
    if (before && *before == after) {
        return;
    }
    const bool keep = after.state != core::RatingState::NotAssessed || !after.note.isEmpty();
    m_undoStack->push(new SetRatingCommand(this, criterion, assessor, before,
                                           keep ? std::optional(after) : std::nullopt, SetRatingCommand::Kind::Value));
}

void AssessmentEditor::setNote(const QString &criterion, const QString &assessor, const QString &note)
{
    if (m_readOnly) {
        return;
    }
    const std::optional<core::Rating> before = rating(criterion, assessor);
    core::Rating after = before.value_or(core::Rating{criterion, assessor, core::RatingState::NotAssessed, 0, {}});
    if (after.note == note) {
        return;
    }
    after.note = note;
    const bool keep = after.state != core::RatingState::NotAssessed || !after.note.isEmpty();
    m_undoStack->push(new SetRatingCommand(this, criterion, assessor, before,
                                           keep ? std::optional(after) : std::nullopt, SetRatingCommand::Kind::Note));
}

void AssessmentEditor::setConsensus(const QString &criterion, const std::optional<core::Consensus> &consensus)
{
    if (m_readOnly || this->consensus(criterion) == consensus) {
        return;
    }
    m_undoStack->push(new SetConsensusCommand(this, criterion, this->consensus(criterion), consensus));
}

void AssessmentEditor::setCultureValue(Side side, const QString &axis, std::optional<double> value)
{
    if (m_readOnly || cultureValue(side, axis) == value) {
        return;
    }
    m_undoStack->push(new SetCultureValueCommand(this, side, axis, cultureValue(side, axis), value));
}

void AssessmentEditor::setRoadmap(Side side, const QList<core::RoadmapItem> &items)
{
    if (m_readOnly || roadmap(side) == items) {
        return;
    }
    m_undoStack->push(new SetRoadmapCommand(this, side, roadmap(side), items));
}

std::optional<core::Rating> AssessmentEditor::rating(const QString &criterion, const QString &assessor) const
{
    for (const core::Rating &r : m_input.ratings) {
        if (r.criterion == criterion && r.assessor == assessor) {
            return r;
        }
    }
    return std::nullopt;
}

std::optional<core::Consensus> AssessmentEditor::consensus(const QString &criterion) const
{
    for (const core::Consensus &c : m_input.consensus) {
        if (c.criterion == criterion) {
            return c;
        }
    }
    return std::nullopt;
}

std::optional<double> AssessmentEditor::cultureValue(Side side, const QString &axis) const
{
    return (side == Side::Home ? m_input.homeCulture : m_input.partnerCulture).value(axis);
}

const QList<core::RoadmapItem> &AssessmentEditor::roadmap(Side side) const
{
    return side == Side::Home ? m_input.homeRoadmap : m_input.partnerRoadmap;
}

QString AssessmentEditor::displayName(const QString &key) const
{
    if (const core::Criterion *c = m_input.framework.criterion(key)) {
        return c->name;
    }
    if (const core::GainInput *g = m_input.framework.gainInput(key)) {
        return g->name;
    }
    if (const core::CultureAxis *a = m_input.framework.cultureAxis(key)) {
        return tr("%1 ↔ %2").arg(a->lowPole, a->highPole);
    }
    return key;
}

void AssessmentEditor::applyRating(const QString &criterion, const QString &assessor,
                                   const std::optional<core::Rating> &rating)
{
    auto &ratings = m_input.ratings;
    const auto it = std::find_if(ratings.begin(), ratings.end(), [&](const core::Rating &r) {
        return r.criterion == criterion && r.assessor == assessor;
    });
    if (rating && it != ratings.end()) {
        *it = *rating;
    } else if (rating) {
        ratings.append(*rating);
    } else if (it != ratings.end()) {
        if (!m_extraAssessors.contains(assessor)) {
            m_extraAssessors << assessor; // stays selectable after their last rating is cleared
        }
        ratings.erase(it);
    }
    rescore(true);
}

void AssessmentEditor::applyConsensus(const QString &criterion, const std::optional<core::Consensus> &consensus)
{
    auto &list = m_input.consensus;
    const auto it =
        std::find_if(list.begin(), list.end(), [&](const core::Consensus &c) { return c.criterion == criterion; });
    if (consensus && it != list.end()) {
        *it = *consensus;
    } else if (consensus) {
        list.append(*consensus);
    } else if (it != list.end()) {
        list.erase(it);
    }
    rescore(true);
}

void AssessmentEditor::applyCultureValue(Side side, const QString &axis, std::optional<double> value)
{
    auto &values = (side == Side::Home ? m_input.homeCulture : m_input.partnerCulture).values;
    if (value) {
        values.insert(axis, value);
    } else {
        values.remove(axis);
    }
    rescore(true);
}

void AssessmentEditor::applyRoadmap(Side side, const QList<core::RoadmapItem> &items)
{
    (side == Side::Home ? m_input.homeRoadmap : m_input.partnerRoadmap) = items;
    rescore(true);
}

void AssessmentEditor::applyHomeProfile(const core::CultureProfile &culture, const QList<core::RoadmapItem> &roadmap)
{
    m_input.homeCulture = culture;
    m_input.homeRoadmap = roadmap;
    m_undoStack->clear();
    rescore(true);
}

void AssessmentEditor::rescore(bool byUser)
{
    m_result = core::scoring::AssessmentScorer::score(m_input, QLocale());
    emit changed();
    if (byUser) {
        emit edited();
    }
}

} // namespace pf::ui
