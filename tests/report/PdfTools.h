// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace pf::test {

/** Reads a PDF the way a reader's tools do: poppler-utils' pdftotext, pdfinfo, pdffonts and pdfimages. */
class PdfTools
{
public:
    /// Ends the current test as SKIPPED (ctest exit code 77) when poppler-utils is not installed.
    static void requirePoppler();
    /// Standard output of @p tool with @p arguments; empty on failure.
    static QString run(const QString &tool, const QStringList &arguments);
    /// The text of @p pdf (or of page @p page when > 0), NFKC-normalised without bidi control characters:
    /// pdftotext returns ligatures and Arabic presentation forms.
    static QString text(const QString &pdf, int page = 0);
    /// pdfinfo's "Key: value" lines as a map.
    static QString info(const QString &pdf, const QString &key);
    /// Rows of pdffonts (after the two header lines).
    static QStringList fonts(const QString &pdf);
    /// Rows of pdfimages -list (after the two header lines).
    static QStringList images(const QString &pdf);
};

} // namespace pf::test
