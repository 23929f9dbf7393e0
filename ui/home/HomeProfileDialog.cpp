// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HomeProfileDialog.h"

#include "ui/common/ScaleButtons.h"
#include "ui/roadmap/RoadmapItemDelegate.h"
#include "ui/roadmap/RoadmapItemsModel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace pf::ui {

HomeProfileDialog::HomeProfileDialog(const core::HomeProfile &profile, const QList<core::CultureAxis> &axes,
                                     int firstYear, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_roadmap(new RoadmapItemsModel(this))
    , m_roadmapView(new QTableView(this))
    , m_themes(new QPlainTextEdit(this))
    , m_firstYear(firstYear)
{
    setObjectName(QStringLiteral("homeProfileDialog"));
    setWindowTitle(tr("Home Profile"));
    auto *intro = new QLabel(tr("Every partner's fit is measured against our own organisation: place us on the "
                                "culture axes and list where we are headed. New assessments take this profile; "
                                "the draft you are editing is updated too."),
                             this);
    intro->setWordWrap(true);

    auto *culture = new QGroupBox(tr("Our culture"), this);
    auto *form = new QFormLayout(culture);
    for (const core::CultureAxis &axis : axes) {
        auto *buttons = new ScaleButtons(7, culture);
        buttons->setObjectName(QStringLiteral("homeCulture_") + axis.key);
        const std::optional<double> value = profile.culture.value(axis.key);
        buttons->setValue(value ? std::optional<int>(int(std::lround(*value))) : std::nullopt);
        connect(buttons, &ScaleButtons::valueChosen, this, [this, buttons, key = axis.key](std::optional<int> value) {
            buttons->setValue(value);
            m_touched.insert(key);
        });
        form->addRow(tr("%1 ↔ %2:").arg(axis.lowPole, axis.highPole), buttons);
        m_axes.insert(axis.key, buttons);
    }

    auto *roadmap = new QGroupBox(tr("Our roadmap"), this);
    m_roadmap->setItems(profile.roadmap);
    connect(m_roadmap, &RoadmapItemsModel::itemsEdited, m_roadmap, &RoadmapItemsModel::setItems);
    m_roadmapView->setModel(m_roadmap);
    m_roadmapView->setItemDelegate(new RoadmapItemDelegate(m_roadmapView));
    m_roadmapView->verticalHeader()->hide();
    m_roadmapView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_roadmapView->horizontalHeader()->setSectionResizeMode(RoadmapItemsModel::Theme, QHeaderView::Stretch);
    auto *add = new QPushButton(tr("Add Item"), roadmap);
    auto *remove = new QPushButton(tr("Remove"), roadmap);
    connect(add, &QPushButton::clicked, this, &HomeProfileDialog::addRoadmapItem);
    connect(remove, &QPushButton::clicked, this, [this] {
        QList<core::RoadmapItem> items = m_roadmap->items();
        QList<int> rows;
        for (const QModelIndex &index : m_roadmapView->selectionModel()->selectedRows()) {
            rows << index.row();
        }
        std::sort(rows.rbegin(), rows.rend());
        for (int row : rows) {
            items.removeAt(row);
        }
        m_roadmap->setItems(items);
    });
    auto *roadmapButtons = new QHBoxLayout;
    roadmapButtons->addWidget(add);
    roadmapButtons->addWidget(remove);
    roadmapButtons->addStretch();
    auto *roadmapLayout = new QVBoxLayout(roadmap);
    roadmapLayout->addWidget(m_roadmapView);
    roadmapLayout->addLayout(roadmapButtons);

    auto *themes = new QGroupBox(tr("Themes (one per line)"), this);
    m_themes->setObjectName(QStringLiteral("themesEdit"));
    m_themes->setPlainText(profile.themes.join(QLatin1Char('\n')));
    m_themes->setTabChangesFocus(true);
    auto *themesLayout = new QVBoxLayout(themes);
    themesLayout->addWidget(m_themes);

    auto *columns = new QHBoxLayout;
    columns->addWidget(culture);
    auto *right = new QVBoxLayout;
    right->addWidget(roadmap, 2);
    right->addWidget(themes, 1);
    columns->addLayout(right, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    resize(1000, 560);
}

void HomeProfileDialog::addRoadmapItem()
{
    QList<core::RoadmapItem> items = m_roadmap->items();
    items.append({tr("New theme"), m_firstYear, m_firstYear + 2, core::Commitment::Planned, core::Stance::Invest});
    m_roadmap->setItems(items);
    m_roadmapView->edit(m_roadmap->index(int(items.size()) - 1, RoadmapItemsModel::Theme));
}

core::HomeProfile HomeProfileDialog::profile() const
{
    core::HomeProfile profile = m_profile;
    // Only the axes the user set change: a value of 4.5 from an imported file stays 4.5.
    for (auto it = m_axes.cbegin(); it != m_axes.cend(); ++it) {
        if (!m_touched.contains(it.key())) {
            continue;
        }
        const std::optional<int> value = it.value()->value();
        if (value) {
            profile.culture.values.insert(it.key(), double(*value));
        } else {
            profile.culture.values.remove(it.key());
        }
    }
    profile.roadmap = m_roadmap->items();
    profile.themes.clear();
    for (const QString &line : m_themes->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty() && !profile.themes.contains(line.trimmed(), Qt::CaseInsensitive)) {
            profile.themes << line.trimmed();
        }
    }
    for (const core::RoadmapItem &item : profile.roadmap) {
        if (!profile.themes.contains(item.theme.trimmed(), Qt::CaseInsensitive)) {
            profile.themes << item.theme.trimmed();
        }
    }
    return profile;
}

} // namespace pf::ui
