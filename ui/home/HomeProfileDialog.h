// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/CultureAxis.h"
#include "core/model/HomeProfile.h"

#include <QDialog>
#include <QHash>
#include <QSet>

class QPlainTextEdit;
class QTableView;

namespace pf::ui {

class RoadmapItemsModel;
class ScaleButtons;

/** Partner ▸ Edit Home Profile: our own culture on the framework's axes, our roadmap and the workspace's themes. */
class HomeProfileDialog : public QDialog
{
    Q_OBJECT

public:
    HomeProfileDialog(const core::HomeProfile &profile, const QList<core::CultureAxis> &axes, int firstYear,
                      QWidget *parent = nullptr);

    core::HomeProfile profile() const;
    ScaleButtons *axisButtons(const QString &axis) const { return m_axes.value(axis); }
    RoadmapItemsModel *roadmapModel() const { return m_roadmap; }
    void addRoadmapItem();

private:
    core::HomeProfile m_profile;
    QHash<QString, ScaleButtons *> m_axes;
    QSet<QString> m_touched;
    RoadmapItemsModel *m_roadmap;
    QTableView *m_roadmapView;
    QPlainTextEdit *m_themes;
    int m_firstYear;
};

} // namespace pf::ui
