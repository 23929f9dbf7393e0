// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoadmapPage.h"

#include "RoadmapItemDelegate.h"
#include "RoadmapItemsModel.h"
#include "ui/charts/ChartWidget.h"
#include "ui/charts/ResultChartData.h"
#include "ui/charts/RoadmapTimelineChart.h"
#include "ui/common/ScoreFormat.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

#include <memory>

namespace pf::ui {

RoadmapPage::RoadmapPage(AssessmentEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_summary(new QLabel(this))
    , m_timeline(new charts::ChartWidget(nullptr, this))
    , m_home(new RoadmapItemsModel(this))
    , m_partner(new RoadmapItemsModel(this))
{
    setObjectName(QStringLiteral("roadmapPage"));
    m_summary->setObjectName(QStringLiteral("roadmapSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);

    auto *sides = new QHBoxLayout;
    sides->addWidget(makeSide(Side::Home, tr("Our roadmap")));
    sides->addWidget(makeSide(Side::Partner, tr("The partner's roadmap")));

    auto *layout = new QVBoxLayout(this);
    m_timeline->setObjectName(QStringLiteral("roadmapTimeline"));
    layout->addWidget(m_summary);
    layout->addWidget(m_timeline);
    layout->addLayout(sides, 1);

    connect(m_home, &RoadmapItemsModel::itemsEdited, this,
            [this](const QList<core::RoadmapItem> &items) { m_editor->setRoadmap(Side::Home, items); });
    connect(m_partner, &RoadmapItemsModel::itemsEdited, this,
            [this](const QList<core::RoadmapItem> &items) { m_editor->setRoadmap(Side::Partner, items); });
    connect(m_editor, &AssessmentEditor::changed, this, &RoadmapPage::refresh);
    refresh();
}

QWidget *RoadmapPage::makeSide(Side side, const QString &title)
{
    auto *box = new QWidget(this);
    auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), box);
    auto *view = new QTableView(box);
    view->setObjectName(side == Side::Home ? QStringLiteral("homeRoadmap") : QStringLiteral("partnerRoadmap"));
    view->setAccessibleName(title);
    view->setModel(model(side));
    view->setItemDelegate(new RoadmapItemDelegate(view));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(RoadmapItemsModel::Theme, QHeaderView::Stretch);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                          QAbstractItemView::AnyKeyPressed);
    (side == Side::Home ? m_homeView : m_partnerView) = view;

    auto *add = new QPushButton(tr("Add Item"), box);
    auto *remove = new QPushButton(tr("Remove"), box);
    m_editButtons << add << remove;
    connect(add, &QPushButton::clicked, this, [this, side] { addItem(side); });
    connect(remove, &QPushButton::clicked, this, [this, side] { removeSelected(side); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(view, 1);
    layout->addLayout(buttons);
    return box;
}

RoadmapItemsModel *RoadmapPage::model(Side side) const
{
    return side == Side::Home ? m_home : m_partner;
}

QString RoadmapPage::summaryText() const
{
    return QTextDocumentFragment::fromHtml(m_summary->text()).toPlainText();
}

void RoadmapPage::addItem(Side side)
{
    QList<core::RoadmapItem> items = m_editor->roadmap(side);
    const int year = m_editor->input().asOf.isValid() ? m_editor->input().asOf.year() : QDate::currentDate().year();
    items.append({tr("New theme"), year, year + 2, core::Commitment::Planned, core::Stance::Invest});
    m_editor->setRoadmap(side, items);
    QTableView *view = side == Side::Home ? m_homeView : m_partnerView;
    view->edit(model(side)->index(int(items.size()) - 1, RoadmapItemsModel::Theme));
}

void RoadmapPage::removeSelected(Side side)
{
    QTableView *view = side == Side::Home ? m_homeView : m_partnerView;
    QList<core::RoadmapItem> items = m_editor->roadmap(side);
    QList<int> rows;
    for (const QModelIndex &index : view->selectionModel()->selectedRows()) {
        rows << index.row();
    }
    std::sort(rows.rbegin(), rows.rend());
    for (int row : rows) {
        items.removeAt(row);
    }
    m_editor->setRoadmap(side, items);
}

void RoadmapPage::refresh()
{
    m_home->setItems(m_editor->roadmap(Side::Home));
    m_partner->setItems(m_editor->roadmap(Side::Partner));
    const bool readOnly = m_editor->isReadOnly();
    m_home->setReadOnly(readOnly);
    m_partner->setReadOnly(readOnly);
    for (QPushButton *button : m_editButtons) {
        button->setEnabled(!readOnly);
    }

    auto timeline = std::make_unique<charts::RoadmapTimelineChart>(
        charts::ResultChartData::roadmap(m_editor->input(), m_editor->result()));
    timeline->setTitleVisible(false);
    m_timeline->setChart(std::move(timeline));
    const core::RoadmapResult &roadmap = m_editor->result().roadmap;
    const int year = m_editor->input().asOf.year();
    if (!roadmap.direction) {
        m_summary->setText(tr("List where each organisation is headed over %1–%2. Alignment compares the direction "
                              "(invest, maintain, divest) and how firmly each side commits, theme by theme and year "
                              "by year.")
                               .arg(year)
                               .arg(year + 5));
        return;
    }
    QString horizon;
    switch (roadmap.horizon) {
    case core::ExpectedHorizon::ShortTerm:
        horizon = tr("Expect a short-term partnership with limited returns (lesson 4).");
        break;
    case core::ExpectedHorizon::LongTerm:
        horizon = tr("Headed the same way for the long term.");
        break;
    case core::ExpectedHorizon::Unknown:
        horizon = tr("The far horizon cannot be judged yet.");
        break;
    }
    auto list = [](const QStringList &themes) {
        return themes.isEmpty() ? ScoreFormat::notAssessed() : themes.join(QStringLiteral(", ")).toHtmlEscaped();
    };
    m_summary->setText(tr("Alignment <b>%1</b> over %2–%3 · near (%2–%4) <b>%5</b> · far (%6–%3) <b>%7</b>. %8<br>"
                          "Shared: %9 · Conflicts: %10 · Gaps: %11")
                           .arg(ScoreFormat::detail(roadmap.direction))
                           .arg(year)
                           .arg(year + 5)
                           .arg(year + 2)
                           .arg(ScoreFormat::detail(roadmap.near))
                           .arg(year + 3)
                           .arg(ScoreFormat::detail(roadmap.far))
                           .arg(horizon, list(roadmap.shared), list(roadmap.conflicts), list(roadmap.gaps)));
}

} // namespace pf::ui
