// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace pf::core::io {

/** RFC 4180 CSV: reading (UTF-8 with or without BOM, "," or ";" detected, CRLF or LF) and safe writing. */
class CsvDocument
{
public:
    struct Row
    {
        /// 1-based line where the record starts (a quoted field may span lines).
        int line = 0;
        QStringList fields;
    };

    QChar delimiter = QLatin1Char(',');
    QStringList header;
    QList<Row> rows;
    /// Set when the text is not valid CSV (an unterminated quote); names the line.
    QString error;

    /// Parses @p data; the first record is the header. Blank lines are skipped.
    static CsvDocument parse(const QByteArray &data);
    /// The delimiter of @p firstLine: ";" when it has more semicolons than commas outside quotes, else ",".
    static QChar detectDelimiter(const QString &firstLine);
    /// Writes @p header and @p rows as UTF-8 CSV with CRLF line ends, quoting where needed and neutralising
    /// text cells that a spreadsheet would run as a formula.
    static QByteArray write(const QStringList &header, const QList<QStringList> &rows,
                            QChar delimiter = QLatin1Char(','));
    /// A text cell (not a number) starting with = + - @, a tab or a carriage return gets a leading apostrophe.
    static QString neutralise(const QString &cell);
};

} // namespace pf::core::io
