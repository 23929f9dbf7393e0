// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RatingRow.h"

#include "ui/common/ScoreFormat.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStyle>
#include <QToolButton>

namespace pf::ui {
namespace {

constexpr int NotApplicableId = 0;

QString initials(const QString &name)
{
    QString result;
    for (const QString &part : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        result += part.at(0).toUpper();
    }
    return result.left(3);
}

} // namespace

RatingRow::RatingRow(const QString &key, const QString &name, const QString &description, const QStringList &anchors,
                     QWidget *parent)
    : QFrame(parent)
    , m_key(key)
    , m_anchors(anchors)
    , m_levels(new QButtonGroup(this))
    , m_notApplicable(new QToolButton(this))
    , m_clear(new QToolButton(this))
    , m_noteButton(new QToolButton(this))
    , m_discuss(new QToolButton(this))
    , m_anchor(new QLabel(this))
    , m_assessors(new QLabel(this))
    , m_consensus(new QLabel(this))
    , m_note(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("ratingRow_") + key);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(name);

    auto *title = new QLabel(name, this);
    QFont bold = title->font();
    bold.setWeight(QFont::DemiBold);
    title->setFont(bold);
    title->setTextFormat(Qt::PlainText);
    auto *about = new QLabel(description, this);
    about->setTextFormat(Qt::PlainText);
    about->setWordWrap(true);
    about->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    m_levels->setExclusive(false);
    for (int level = 1; level <= 5; ++level) {
        auto *b = new QToolButton(this);
        b->setText(QString::number(level));
        b->setCheckable(true);
        b->setMinimumWidth(30);
        b->setAccessibleName(tr("Rate %1 of 5").arg(level));
        b->setToolTip(anchors.value(level - 1));
        b->installEventFilter(this);
        b->setFocusPolicy(Qt::NoFocus);
        m_levels->addButton(b, level);
        buttons->addWidget(b);
    }
    m_notApplicable->setText(tr("n/a"));
    m_notApplicable->setCheckable(true);
    m_notApplicable->setToolTip(tr("Not applicable to this partner (key 0)"));
    m_notApplicable->setFocusPolicy(Qt::NoFocus);
    m_levels->addButton(m_notApplicable, NotApplicableId);
    buttons->addSpacing(6);
    buttons->addWidget(m_notApplicable);
    m_clear->setText(QStringLiteral("×"));
    m_clear->setAccessibleName(tr("Clear rating"));
    m_clear->setToolTip(tr("Clear: not assessed yet (Delete)"));
    m_clear->setFocusPolicy(Qt::NoFocus);
    buttons->addWidget(m_clear);
    buttons->addSpacing(10);

    m_anchor->setWordWrap(true);
    m_anchor->setTextFormat(Qt::PlainText);
    m_anchor->setObjectName(QStringLiteral("anchorText"));
    m_anchor->setMinimumWidth(160);
    buttons->addWidget(m_anchor, 1);

    m_assessors->setTextFormat(Qt::PlainText);
    m_assessors->setObjectName(QStringLiteral("assessorValues"));
    m_discuss->setObjectName(QStringLiteral("discussButton"));
    m_discuss->setText(tr("Discuss"));
    m_discuss->setToolTip(tr("The assessors' ratings differ by 2 points or more: agree a consensus value"));
    m_discuss->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_discuss->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_discuss->setFocusPolicy(Qt::NoFocus);
    m_discuss->hide();
    m_noteButton->setText(tr("Note"));
    m_noteButton->setCheckable(true);
    m_noteButton->setToolTip(tr("Evidence behind this rating"));
    m_noteButton->setFocusPolicy(Qt::NoFocus);
    m_consensus->setTextFormat(Qt::PlainText);
    m_consensus->setWordWrap(true);
    m_consensus->hide();

    m_note->setPlaceholderText(tr("Evidence: what did you see or hear that supports this rating?"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(70);
    m_note->hide();

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(m_assessors);
    header->addWidget(m_discuss);
    header->addWidget(m_noteButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(4);
    layout->addLayout(header);
    if (!description.isEmpty()) {
        layout->addWidget(about);
    } else {
        about->hide();
    }
    layout->addLayout(buttons);
    layout->addWidget(m_consensus);
    layout->addWidget(m_note);

    connect(m_levels, &QButtonGroup::idClicked, this, [this](int id) {
        // The buttons toggle; the rating decides what is checked (clicking the chosen level keeps it).
        for (QAbstractButton *b : m_levels->buttons()) {
            b->setChecked(m_levels->id(b) == m_selectedLevel);
        }
        if (id == NotApplicableId) {
            emit rated(m_key, core::RatingState::NotApplicable, 0);
        } else {
            emit rated(m_key, core::RatingState::Rated, id);
        }
    });
    connect(m_clear, &QToolButton::clicked, this, [this] { emit rated(m_key, core::RatingState::NotAssessed, 0); });
    connect(m_discuss, &QToolButton::clicked, this, [this] { emit discussRequested(m_key); });
    connect(m_noteButton, &QToolButton::toggled, this, [this](bool on) {
        m_note->setVisible(on);
        if (on) {
            m_note->setFocus();
        }
    });
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating) {
            emit noteEdited(m_key, m_note->toPlainText());
        }
    });
    showAnchor(-1);
}

void RatingRow::setState(const core::CriterionResult &result, const std::optional<core::Rating> &own)
{
    m_updating = true;
    m_selectedLevel = -1;
    if (own && own->state == core::RatingState::Rated) {
        m_selectedLevel = own->value;
    } else if (own && own->state == core::RatingState::NotApplicable) {
        m_selectedLevel = NotApplicableId;
    }
    for (QAbstractButton *b : m_levels->buttons()) {
        b->setChecked(m_levels->id(b) == m_selectedLevel);
    }
    const QString note = own ? own->note : QString();
    if (m_note->toPlainText() != note) {
        m_note->setPlainText(note);
    }
    if (!note.isEmpty() && !m_noteButton->isChecked()) {
        m_noteButton->setText(tr("Note ✓"));
    } else if (note.isEmpty()) {
        m_noteButton->setText(tr("Note"));
    }

    QStringList values;
    QStringList tooltip;
    for (const core::AssessorValue &v : result.assessors) {
        QString value;
        if (v.state == core::RatingState::Rated) {
            value = QString::number(v.value);
        } else if (v.state == core::RatingState::NotApplicable) {
            value = tr("n/a");
        } else {
            continue;
        }
        values << QStringLiteral("%1 %2").arg(initials(v.assessor), value);
        tooltip << QStringLiteral("%1: %2").arg(v.assessor, value);
    }
    m_assessors->setText(values.join(QStringLiteral(" · ")));
    m_assessors->setToolTip(tooltip.join(QLatin1Char('\n')));

    m_discuss->setVisible(result.discuss);
    if (result.consensus) {
        m_consensus->setText(tr("Consensus %1 — %2").arg(ScoreFormat::rating(*result.consensus), result.rationale));
        m_consensus->show();
    } else {
        m_consensus->hide();
    }
    m_updating = false;
    showAnchor(-1);
    updateFrame();
}

void RatingRow::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QAbstractButton *b : m_levels->buttons()) {
        b->setEnabled(!readOnly);
    }
    m_clear->setEnabled(!readOnly);
    m_note->setReadOnly(readOnly);
    m_discuss->setEnabled(!readOnly);
}

QString RatingRow::shownAnchor() const
{
    return m_anchor->text();
}

QString RatingRow::assessorSummary() const
{
    return m_assessors->text();
}

bool RatingRow::isDiscussShown() const
{
    return !m_discuss->isHidden();
}

QToolButton *RatingRow::button(int level) const
{
    if (level < 0) {
        return m_clear;
    }
    return static_cast<QToolButton *>(m_levels->button(level));
}

void RatingRow::openNote()
{
    m_noteButton->setChecked(true);
}

bool RatingRow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Enter || event->type() == QEvent::Leave) {
        const int level = m_levels->id(static_cast<QAbstractButton *>(watched));
        showAnchor(event->type() == QEvent::Enter ? level : -1);
    }
    return QFrame::eventFilter(watched, event);
}

void RatingRow::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (!m_readOnly && key >= Qt::Key_1 && key <= Qt::Key_5) {
        emit rated(m_key, core::RatingState::Rated, key - Qt::Key_0);
    } else if (!m_readOnly && key == Qt::Key_0) {
        emit rated(m_key, core::RatingState::NotApplicable, 0);
    } else if (!m_readOnly && (key == Qt::Key_Delete || key == Qt::Key_Backspace)) {
        emit rated(m_key, core::RatingState::NotAssessed, 0);
    } else if (key == Qt::Key_Down) {
        focusNextChild();
    } else if (key == Qt::Key_Up) {
        focusPreviousChild();
    } else {
        QFrame::keyPressEvent(event);
        return;
    }
    event->accept();
}

void RatingRow::focusInEvent(QFocusEvent *event)
{
    QFrame::focusInEvent(event);
    updateFrame();
}

void RatingRow::focusOutEvent(QFocusEvent *event)
{
    QFrame::focusOutEvent(event);
    updateFrame();
}

void RatingRow::showAnchor(int level)
{
    const int shown = level >= 1 ? level : m_selectedLevel;
    if (shown >= 1 && shown <= m_anchors.size()) {
        m_anchor->setText(QStringLiteral("%1 — %2").arg(shown).arg(m_anchors.at(shown - 1)));
        m_anchor->setForegroundRole(level >= 1 ? QPalette::PlaceholderText : QPalette::WindowText);
    } else if (shown == NotApplicableId) {
        m_anchor->setText(tr("Not applicable to this partner"));
        m_anchor->setForegroundRole(QPalette::PlaceholderText);
    } else {
        m_anchor->setText(tr("Not assessed yet: hover over a level to read what it means"));
        m_anchor->setForegroundRole(QPalette::PlaceholderText);
    }
}

void RatingRow::updateFrame()
{
    // The focused row and a row to discuss stand out; palette roles keep dark themes right.
    setBackgroundRole(hasFocus() ? QPalette::AlternateBase : QPalette::Base);
    setAutoFillBackground(true);
    setFrameShadow(isDiscussShown() ? QFrame::Raised : QFrame::Plain);
    setLineWidth(isDiscussShown() ? 2 : 1);
}

} // namespace pf::ui
