// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssessmentPage.h"

#include "AssessmentEditor.h"
#include "ConsensusDialog.h"
#include "RatingRow.h"
#include "ui/common/DialogRunner.h"
#include "ui/common/ScoreFormat.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace pf::ui {

AssessmentPage::AssessmentPage(AssessmentEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_assessor(new QComboBox(this))
    , m_addMe(new QPushButton(this))
    , m_addOther(new QPushButton(tr("Add &Assessor…"), this))
    , m_summary(new QLabel(this))
    , m_scroll(new QScrollArea(this))
{
    setObjectName(QStringLiteral("assessmentPage"));
    m_assessor->setObjectName(QStringLiteral("assessorCombo"));
    m_assessor->setMinimumContentsLength(14);
    m_assessor->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_assessor->setAccessibleName(tr("Rating as"));
    m_addMe->setObjectName(QStringLiteral("addMeButton"));
    m_addOther->setObjectName(QStringLiteral("addAssessorButton"));
    m_addMe->setText(tr("Rate as %1").arg(defaultAssessorName()));
    m_addMe->setToolTip(tr("Add yourself as an assessor of this partner"));
    m_summary->setObjectName(QStringLiteral("assessmentSummary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    auto *ratingAs = new QLabel(tr("Rating as:"), this);
    ratingAs->setBuddy(m_assessor);
    auto *bar = new QHBoxLayout;
    bar->addWidget(ratingAs);
    bar->addWidget(m_assessor);
    bar->addWidget(m_addMe);
    bar->addWidget(m_addOther);
    bar->addStretch();
    bar->addWidget(m_summary);

    m_scroll->setWidgetResizable(true);
    // Rows wrap their texts to the width there is; they never scroll sideways.
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_scroll, 1);

    connect(m_assessor, &QComboBox::currentIndexChanged, this,
            [this] { m_editor->setCurrentAssessor(m_assessor->currentText()); });
    connect(m_addMe, &QPushButton::clicked, this, [this] {
        if (m_addMeAction) {
            m_addMeAction->trigger();
            return;
        }
        m_editor->addAssessor(defaultAssessorName());
        setCurrentAssessor(defaultAssessorName());
    });
    connect(m_addOther, &QPushButton::clicked, this, [this] {
        if (m_addAssessorAction) {
            m_addAssessorAction->trigger();
        } else {
            addAssessor();
        }
    });
    connect(m_editor, &AssessmentEditor::changed, this, &AssessmentPage::refresh);
    connect(m_editor, &AssessmentEditor::frameworkChanged, this, &AssessmentPage::rebuild);
    rebuild();
}

QString AssessmentPage::defaultAssessorName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty()) {
        name = qEnvironmentVariable("USERNAME");
    }
    return name.isEmpty() ? tr("Me") : name;
}

void AssessmentPage::setPeopleActions(QAction *addMe, QAction *addAssessor)
{
    m_addMeAction = addMe;
    m_addAssessorAction = addAssessor;
    m_addMe->setToolTip(tr("Add yourself to the workspace's people and rate as yourself"));
    connect(addMe, &QAction::changed, this, &AssessmentPage::refreshAssessors);
    refreshAssessors();
}

void AssessmentPage::rebuild()
{
    m_rows.clear();
    m_computedLabels.clear();
    m_dimensionLabels.clear();
    m_content = new QWidget;
    auto *layout = new QVBoxLayout(m_content);
    layout->setSpacing(6);
    const core::Framework &framework = m_editor->input().framework;
    for (const core::Dimension &dimension : framework.dimensions) {
        auto *heading = new QLabel(m_content);
        QFont font = heading->font();
        font.setPointSizeF(font.pointSizeF() * 1.15);
        font.setWeight(QFont::DemiBold);
        heading->setFont(font);
        heading->setContentsMargins(0, 10, 0, 2);
        m_dimensionLabels.insert(dimension.key, heading);
        layout->addWidget(heading);
        for (const core::Criterion &criterion : framework.criteria) {
            if (criterion.dimension != dimension.key) {
                continue;
            }
            if (criterion.isComputed()) {
                auto *label = new QLabel(m_content);
                label->setObjectName(QStringLiteral("computed_") + criterion.key);
                label->setTextFormat(Qt::RichText);
                label->setWordWrap(true);
                label->setContentsMargins(10, 6, 10, 6);
                connect(label, &QLabel::linkActivated, this,
                        [this, dimension = dimension.key] { emit modelPageRequested(dimension); });
                m_computedLabels.insert(criterion.key, label);
                layout->addWidget(label);
                continue;
            }
            auto *row =
                new RatingRow(criterion.key, criterion.name, criterion.description, criterion.anchors, m_content);
            connect(row, &RatingRow::rated, this, [this](const QString &key, core::RatingState state, int value) {
                if (!currentAssessor().isEmpty()) {
                    m_editor->rate(key, currentAssessor(), state, value);
                }
            });
            connect(row, &RatingRow::noteEdited, this, [this](const QString &key, const QString &note) {
                if (!currentAssessor().isEmpty()) {
                    m_editor->setNote(key, currentAssessor(), note);
                }
            });
            connect(row, &RatingRow::discussRequested, this, &AssessmentPage::discuss);
            m_rows.insert(criterion.key, row);
            layout->addWidget(row);
        }
    }
    layout->addStretch();
    m_scroll->setWidget(m_content);
    refreshAssessors();
    refresh();
}

QString AssessmentPage::currentAssessor() const
{
    return m_editor->currentAssessor();
}

void AssessmentPage::setCurrentAssessor(const QString &name)
{
    m_editor->setCurrentAssessor(name);
}

void AssessmentPage::focusCriterion(const QString &key)
{
    QWidget *target = m_rows.value(key);
    if (!target) {
        target = m_computedLabels.value(key);
    }
    if (target) {
        m_scroll->ensureWidgetVisible(target);
        target->setFocus(Qt::OtherFocusReason);
    }
}

RatingRow *AssessmentPage::row(const QString &key) const
{
    return m_rows.value(key);
}

void AssessmentPage::refreshAssessors()
{
    const QStringList names = m_editor->assessors();
    QStringList shown;
    for (int i = 0; i < m_assessor->count(); ++i) {
        shown << m_assessor->itemText(i);
    }
    const QSignalBlocker blocker(m_assessor);
    if (shown != names) {
        m_assessor->clear();
        m_assessor->addItems(names);
    }
    m_assessor->setCurrentIndex(names.indexOf(m_editor->currentAssessor()));
    if (m_addMeAction) {
        m_addMe->setText(m_addMeAction->text());
        m_addMe->setVisible(m_addMeAction->isVisible());
        m_addMe->setEnabled(m_addMeAction->isEnabled() && !m_editor->isReadOnly());
    } else {
        m_addMe->setVisible(!names.contains(defaultAssessorName()));
    }
}

void AssessmentPage::refresh()
{
    refreshAssessors();
    const core::AssessmentResult &result = m_editor->result();
    const QString assessor = currentAssessor();
    const bool canRate = !assessor.isEmpty() && !m_editor->isReadOnly();
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        const core::CriterionResult *criterion = result.criterion(it.key());
        it.value()->setState(criterion ? *criterion : core::CriterionResult{}, m_editor->rating(it.key(), assessor));
        it.value()->setReadOnly(!canRate);
    }
    static const QHash<QString, const char *> modelPages = {
        {QStringLiteral("culture"), QT_TR_NOOP("the Culture page")},
        {QStringLiteral("mutual_gain"), QT_TR_NOOP("the Mutual gain page")},
        {QStringLiteral("roadmap"), QT_TR_NOOP("the Roadmap page")},
    };
    for (auto it = m_computedLabels.cbegin(); it != m_computedLabels.cend(); ++it) {
        const core::CriterionResult *criterion = result.criterion(it.key());
        const core::Criterion *definition = m_editor->input().framework.criterion(it.key());
        const QString dimension = definition ? definition->dimension : QString();
        const QString page = tr(modelPages.value(dimension, QT_TR_NOOP("its page")));
        const QString name = definition ? definition->name.toHtmlEscaped() : it.key();
        it.value()->setText(tr("<b>%1</b> — computed: <b>%2</b> / 100. <a href=\"#\">Edit its inputs on %3</a>.")
                                .arg(name, ScoreFormat::detail(criterion ? criterion->score : std::nullopt), page));
    }
    for (const core::DimensionResult &dimension : result.dimensions) {
        if (QLabel *label = m_dimensionLabels.value(dimension.key)) {
            const core::Dimension *definition = m_editor->input().framework.dimension(dimension.key);
            const QString name = definition ? definition->name : dimension.key;
            label->setText(dimension.score ? tr("%1 · %2").arg(name, ScoreFormat::detail(dimension.score))
                                           : tr("%1 · not assessed yet").arg(name));
        }
    }
    int rated = 0;
    for (const core::Rating &r : m_editor->input().ratings) {
        if (r.assessor == assessor && r.state != core::RatingState::NotAssessed && m_rows.contains(r.criterion)) {
            ++rated;
        }
    }
    m_summary->setText(assessor.isEmpty()
                           ? tr("Choose who is rating, or add yourself")
                           : tr("%1 of %2 criteria rated by %3").arg(rated).arg(m_rows.size()).arg(assessor));
}

void AssessmentPage::addAssessor()
{
    QInputDialog dialog(this);
    dialog.setWindowTitle(tr("Add Assessor"));
    dialog.setLabelText(tr("Name of the colleague who rates this partner:"));
    if (DialogRunner::exec(dialog) != QDialog::Accepted || dialog.textValue().trimmed().isEmpty()) {
        return;
    }
    m_editor->addAssessor(dialog.textValue());
    setCurrentAssessor(dialog.textValue().trimmed());
}

void AssessmentPage::discuss(const QString &key)
{
    const core::CriterionResult *result = m_editor->result().criterion(key);
    const core::Criterion *criterion = m_editor->input().framework.criterion(key);
    if (!result || !criterion) {
        return;
    }
    ConsensusDialog dialog(criterion->name, criterion->anchors, *result, this);
    if (DialogRunner::exec(dialog) == QDialog::Accepted) {
        m_editor->setConsensus(key, dialog.consensus(key));
    }
}

} // namespace pf::ui
