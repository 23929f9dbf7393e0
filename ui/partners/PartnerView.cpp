// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PartnerView.h"

#include "ui/assessment/AssessmentEditor.h"
#include "ui/assessment/AssessmentPage.h"
#include "ui/common/ScoreFormat.h"
#include "ui/culture/CulturePage.h"
#include "ui/history/HistoryPage.h"
#include "ui/mutualgain/MutualGainPage.h"
#include "ui/overview/OverviewPage.h"
#include "ui/overview/VerdictBadge.h"
#include "ui/roadmap/RoadmapPage.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pf::ui {

PartnerView::PartnerView(AssessmentEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_name(new QLabel(this))
    , m_details(new QLabel(this))
    , m_badge(new VerdictBadge(this))
    , m_overall(new QLabel(this))
    , m_confidence(new QLabel(this))
    , m_primary(new QPushButton(this))
    , m_tabs(new QTabWidget(this))
    , m_overview(new OverviewPage(editor, this))
    , m_assessment(new AssessmentPage(editor, this))
    , m_culture(new CulturePage(editor, this))
    , m_mutualGain(new MutualGainPage(editor, this))
    , m_roadmap(new RoadmapPage(editor, this))
{
    setObjectName(QStringLiteral("partnerView"));
    m_name->setObjectName(QStringLiteral("partnerName"));
    m_name->setTextFormat(Qt::PlainText);
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameFont.setWeight(QFont::DemiBold);
    m_name->setFont(nameFont);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setForegroundRole(QPalette::PlaceholderText);
    QFont big = m_overall->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setWeight(QFont::Bold);
    m_overall->setFont(big);
    m_overall->setObjectName(QStringLiteral("headerOverall"));
    m_badge->setObjectName(QStringLiteral("headerBadge"));
    m_confidence->setForegroundRole(QPalette::PlaceholderText);
    m_primary->hide();

    auto *identity = new QVBoxLayout;
    identity->addWidget(m_name);
    identity->addWidget(m_details);
    auto *verdict = new QVBoxLayout;
    verdict->addWidget(m_badge, 0, Qt::AlignRight);
    verdict->addWidget(m_confidence, 0, Qt::AlignRight);
    auto *header = new QHBoxLayout;
    header->addLayout(identity, 1);
    header->addLayout(verdict);
    header->addSpacing(8);
    header->addWidget(m_overall);
    header->addSpacing(16);
    header->addWidget(m_primary);

    m_tabs->setObjectName(QStringLiteral("partnerPages"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_overview, tr("Overview"));
    m_tabs->addTab(m_assessment, tr("Assessment"));
    m_tabs->addTab(m_culture, tr("Culture"));
    m_tabs->addTab(m_mutualGain, tr("Mutual gain"));
    m_tabs->addTab(m_roadmap, tr("Roadmap"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);

    // The header shows the verdict above every page: the Overview does not repeat it.
    m_overview->setVerdictShown(false);
    connect(m_overview, &OverviewPage::navigationRequested, this, &PartnerView::navigateTo);
    connect(m_assessment, &AssessmentPage::modelPageRequested, this, &PartnerView::navigateTo);
    connect(m_editor, &AssessmentEditor::changed, this, &PartnerView::refreshHeader);
    refreshHeader();
}

void PartnerView::setPartner(const QString &name, const QString &details)
{
    m_name->setText(name);
    m_details->setText(details);
    m_details->setVisible(!details.isEmpty());
}

void PartnerView::setPrimaryAction(QAction *action)
{
    m_primary->disconnect();
    m_primary->setVisible(action);
    if (!action) {
        return;
    }
    m_primary->setText(action->text().remove(QLatin1Char('&')).remove(QChar(0x2026)));
    m_primary->setEnabled(action->isEnabled());
    connect(m_primary, &QPushButton::clicked, action, &QAction::trigger);
}

void PartnerView::setHistoryPage(HistoryPage *page)
{
    m_history = page;
    m_tabs->addTab(page, tr("History"));
    connect(m_tabs, &QTabWidget::currentChanged, page, [this](int index) {
        if (m_tabs->widget(index) == m_history) {
            m_history->refresh();
        }
    });
}

void PartnerView::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

PartnerView::Page PartnerView::currentPage() const
{
    return Page(m_tabs->currentIndex());
}

void PartnerView::navigateTo(const QString &key)
{
    const core::Framework &framework = m_editor->input().framework;
    if (key == QLatin1String("culture")) {
        showPage(Culture);
    } else if (key == QLatin1String("mutual_gain")) {
        showPage(MutualGain);
    } else if (key == QLatin1String("roadmap")) {
        showPage(Roadmap);
    } else if (framework.gainInput(key)) {
        showPage(MutualGain);
    } else if (const core::Criterion *criterion = framework.criterion(key)) {
        if (criterion->isComputed()) {
            navigateTo(criterion->dimension);
            return;
        }
        showPage(Assessment);
        m_assessment->focusCriterion(key);
    }
}

QString PartnerView::headerText() const
{
    return QStringLiteral("%1 | %2 | %3 | %4 | %5")
        .arg(m_name->text(), m_details->text(), m_badge->text(), m_overall->text(), m_confidence->text());
}

void PartnerView::refreshHeader()
{
    const core::AssessmentResult &result = m_editor->result();
    m_overall->setText(ScoreFormat::whole(result.overall));
    m_overall->setToolTip(result.overall ? tr("Overall %1 of 100").arg(ScoreFormat::detail(result.overall))
                                         : tr("Rate criteria on the Assessment page to compute the overall score"));
    m_confidence->setText(
        tr("%1 · coverage %2").arg(ScoreFormat::confidence(result.confidence), ScoreFormat::percent(result.coverage)));
    m_confidence->setToolTip(tr("%1 of the weight assessed").arg(ScoreFormat::percent(result.coverage)));
    m_badge->showResult(result, m_editor->input().framework);
}

} // namespace pf::ui
