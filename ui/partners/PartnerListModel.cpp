// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PartnerListModel.h"

#include "BandDelegate.h"
#include "ui/charts/ChartData.h"
#include "ui/common/ScoreFormat.h"

namespace pf::ui {

PartnerListModel::PartnerListModel(QObject *parent) : QAbstractTableModel(parent)
{}

void PartnerListModel::setRows(const QList<PartnerRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void PartnerListModel::appendRows(const QList<PartnerRow> &rows)
{
    if (rows.isEmpty()) {
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows.append(rows);
    endInsertRows();
}

int PartnerListModel::rowOf(qint64 partnerId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).partner.id == partnerId) {
            return i;
        }
    }
    return -1;
}

QString PartnerListModel::stageName(const QString &stage)
{
    if (stage == QLatin1String("prospect")) {
        return tr("Prospect");
    }
    if (stage == QLatin1String("evaluating")) {
        return tr("Evaluating");
    }
    if (stage == QLatin1String("active")) {
        return tr("Active");
    }
    if (stage == QLatin1String("paused")) {
        return tr("Paused");
    }
    if (stage == QLatin1String("exited")) {
        return tr("Exited");
    }
    return stage;
}

QString PartnerListModel::typeName(const QString &type)
{
    if (type == QLatin1String("reseller")) {
        return tr("Reseller");
    }
    if (type == QLatin1String("technology")) {
        return tr("Technology partner");
    }
    if (type == QLatin1String("distributor")) {
        return tr("Distributor");
    }
    if (type == QLatin1String("strategic_alliance")) {
        return tr("Strategic alliance");
    }
    return type;
}

QString PartnerListModel::shortTypeName(const QString &type)
{
    if (type == QLatin1String("technology")) {
        return tr("Technology");
    }
    if (type == QLatin1String("strategic_alliance")) {
        return tr("Alliance");
    }
    return typeName(type);
}

int PartnerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PartnerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PartnerListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const PartnerRow &row = m_rows.at(index.row());
    // A pointer, not a copy: data() runs for every row on every sort and paint.
    const core::StoredScore *score = row.latest && row.latest->score ? &*row.latest->score : nullptr;
    const bool draft = row.latest && row.latest->status == core::AssessmentStatus::Draft;
    if (role == PartnerIdRole) {
        return row.partner.id;
    }
    if (role == BandDelegate::BandRole && index.column() == Band && score && score->overall) {
        static const QStringList bands = {QStringLiteral("Strong fit"), QStringLiteral("Promising"),
                                          QStringLiteral("Conditional"), QStringLiteral("Weak fit")};
        const int position = bands.indexOf(score->band);
        return int(position >= 0 ? charts::Band(position) : charts::Band::NotRecommended);
    }
    if (role == SearchTextRole) {
        return QStringList{row.partner.name,
                           row.partner.type,
                           typeName(row.partner.type),
                           row.partner.industry,
                           row.partner.owner,
                           row.partner.regions.join(QLatin1Char(' ')),
                           row.partner.tags.join(QLatin1Char(' '))}
            .join(QLatin1Char(' '));
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return row.partner.name;
        case Type:
            return shortTypeName(row.partner.type);
        case Stage:
            return stageName(row.partner.stage);
        case Overall:
            return score ? ScoreFormat::whole(score->overall) : ScoreFormat::notAssessed();
        case Band:
            if (score) {
                return ScoreFormat::band(score->band);
            }
            return draft ? tr("Draft") : tr("Not assessed");
        case Confidence:
            return score ? score->confidence : QString();
        default:
            return {};
        }
    case SortRole:
        if (index.column() == Overall) {
            return score && score->overall ? *score->overall : -1.0;
        }
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == Name) {
            return row.partner.industry.isEmpty()
                       ? row.partner.name
                       : QStringLiteral("%1\n%2").arg(row.partner.name, row.partner.industry);
        }
        if (index.column() == Overall || index.column() == Band) {
            if (score) {
                return tr("%1 — %2, finalised on %3")
                    .arg(ScoreFormat::detail(score->overall), row.latest->title,
                         QLocale().toString(row.latest->asOf, QLocale::ShortFormat));
            }
            return draft ? tr("The assessment is a draft: finalise it to fix its score")
                         : tr("No assessment yet: start one from the Assessment menu");
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Overall ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant PartnerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Name:
        return tr("Partner");
    case Type:
        return tr("Type");
    case Stage:
        return tr("Stage");
    case Overall:
        return tr("Overall");
    case Band:
        return tr("Band");
    case Confidence:
        return tr("Confidence");
    default:
        return {};
    }
}

PartnerFilterModel::PartnerFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(PartnerListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void PartnerFilterModel::setSearchText(const QString &text)
{
    m_words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void PartnerFilterModel::setStageFilter(const QString &stage)
{
    m_stage = stage;
    invalidateFilter();
}

void PartnerFilterModel::setTypeFilter(const QString &type)
{
    m_type = type;
    invalidateFilter();
}

void PartnerFilterModel::setBandFilter(const QString &band)
{
    m_band = band;
    invalidateFilter();
}

void PartnerFilterModel::setTagFilter(const QString &tag)
{
    m_tag = tag;
    invalidateFilter();
}

bool PartnerFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = static_cast<const PartnerListModel *>(sourceModel());
    if (sourceParent.isValid() || sourceRow >= model->rows().size()) {
        return false;
    }
    const PartnerRow &row = model->rows().at(sourceRow);
    if (!m_stage.isEmpty() && row.partner.stage != m_stage) {
        return false;
    }
    if (!m_type.isEmpty() && row.partner.type != m_type) {
        return false;
    }
    if (!m_tag.isEmpty() && !row.partner.tags.contains(m_tag, Qt::CaseInsensitive)) {
        return false;
    }
    if (!m_band.isEmpty()) {
        const QString band = row.latest && row.latest->score ? row.latest->score->band : QString();
        if (band != m_band) {
            return false;
        }
    }
    if (m_words.isEmpty()) {
        return true;
    }
    const QString text = model->index(sourceRow, 0).data(PartnerListModel::SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!text.contains(word, Qt::CaseInsensitive)) {
            return false;
        }
    }
    return true;
}

bool PartnerFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(PartnerListModel::SortRole);
    const QVariant b = right.data(PartnerListModel::SortRole);
    if (a.typeId() == QMetaType::Double) {
        const double x = a.toDouble();
        const double y = b.toDouble();
        if (x != y) {
            return x < y;
        }
    } else if (const int order = core::PartnerListing::compareNames(a.toString(), b.toString())) {
        return order < 0;
    }
    // Equal values stay in the list's name order, whichever way the column is sorted (descending sorts ask
    // lessThan(right, left)), however the rows arrived.
    const auto &rows = static_cast<const PartnerListModel *>(sourceModel())->rows();
    const core::Partner &l = rows.at(left.row()).partner;
    const core::Partner &r = rows.at(right.row()).partner;
    return sortOrder() == Qt::DescendingOrder ? core::PartnerListing::namesBefore(r.name, r.id, l.name, l.id)
                                              : core::PartnerListing::namesBefore(l.name, l.id, r.name, r.id);
}

} // namespace pf::ui
