// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/workspace/WorkspaceController.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace pf::ui {

/** The partner list: name, type, stage, overall, band and confidence of each partner's newest assessment. */
class PartnerListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Type, Stage, Overall, Band, Confidence, ColumnCount };
    enum Role { PartnerIdRole = Qt::UserRole + 1, SortRole, SearchTextRole };

    explicit PartnerListModel(QObject *parent = nullptr);

    void setRows(const QList<PartnerRow> &rows);
    /// Adds @p rows at the end; views keep their selection and scroll position.
    void appendRows(const QList<PartnerRow> &rows);
    const QList<PartnerRow> &rows() const { return m_rows; }
    /// The row of @p partnerId, or -1.
    int rowOf(qint64 partnerId) const;

    static QString stageName(const QString &stage);
    static QString typeName(const QString &type);
    /// The type in a word, for the list.
    static QString shortTypeName(const QString &type);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PartnerRow> m_rows;
};

/** Search as you type over name, type, industry, owner, regions and tags; filters by stage, type, tag and band. */
class PartnerFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PartnerFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    /// Empty strings mean "any".
    void setStageFilter(const QString &stage);
    void setTypeFilter(const QString &type);
    void setBandFilter(const QString &band);
    /// Partners carrying @p tag (compared without case).
    void setTagFilter(const QString &tag);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QStringList m_words;
    QString m_stage;
    QString m_type;
    QString m_band;
    QString m_tag;
};

} // namespace pf::ui
