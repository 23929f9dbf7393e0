// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceSchema.h"

namespace pf::core {

// Portable DDL: INTEGER PRIMARY KEY, TEXT, REAL, ISO-8601 dates in TEXT, booleans as 0/1, partial unique
// indexes. A PostgreSQL backend maps "INTEGER PRIMARY KEY" to an identity column and keeps the rest.
// Never edit a released step: add a new one and raise currentVersion.
QStringList WorkspaceSchema::migrationStatements(int toVersion)
{
    switch (toVersion) {
    case 1:
        return {
            QStringLiteral("CREATE TABLE workspace_setting (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                           "role TEXT NOT NULL DEFAULT '', revision INTEGER NOT NULL DEFAULT 1)"),
            QStringLiteral("CREATE TABLE theme (name TEXT PRIMARY KEY, position INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE home_culture (axis TEXT PRIMARY KEY, value REAL)"),
            QStringLiteral("CREATE TABLE partner (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                           "website TEXT NOT NULL DEFAULT '', partner_type TEXT NOT NULL DEFAULT '', "
                           "industry TEXT NOT NULL DEFAULT '', regions TEXT NOT NULL DEFAULT '', "
                           "stage TEXT NOT NULL DEFAULT 'prospect', owner TEXT NOT NULL DEFAULT '', "
                           "tags TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '', "
                           "revision INTEGER NOT NULL DEFAULT 1, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE contact (id INTEGER PRIMARY KEY, "
                           "partner_id INTEGER NOT NULL REFERENCES partner(id) ON DELETE CASCADE, "
                           "position INTEGER NOT NULL, name TEXT NOT NULL, role TEXT NOT NULL DEFAULT '', "
                           "email TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX contact_partner ON contact(partner_id)"),
            QStringLiteral("CREATE TABLE partner_culture (partner_id INTEGER NOT NULL REFERENCES partner(id) "
                           "ON DELETE CASCADE, axis TEXT NOT NULL, value REAL, PRIMARY KEY (partner_id, axis))"),
            // partner_id NULL: an item of the home roadmap.
            QStringLiteral("CREATE TABLE roadmap_item (id INTEGER PRIMARY KEY, "
                           "partner_id INTEGER REFERENCES partner(id) ON DELETE CASCADE, position INTEGER NOT NULL, "
                           "theme TEXT NOT NULL, year_from INTEGER NOT NULL, year_to INTEGER NOT NULL, "
                           "commitment TEXT NOT NULL, stance TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX roadmap_item_partner ON roadmap_item(partner_id)"),
            QStringLiteral("CREATE TABLE framework (id INTEGER PRIMARY KEY, framework_key TEXT NOT NULL, "
                           "version INTEGER NOT NULL, name TEXT NOT NULL, definition TEXT NOT NULL, "
                           "frozen INTEGER NOT NULL DEFAULT 0, UNIQUE (framework_key, version))"),
            QStringLiteral("CREATE TABLE assessment (id INTEGER PRIMARY KEY, series_id INTEGER NOT NULL, "
                           "version INTEGER NOT NULL, previous_id INTEGER REFERENCES assessment(id), "
                           "partner_id INTEGER NOT NULL REFERENCES partner(id), "
                           "framework_id INTEGER NOT NULL REFERENCES framework(id), kind TEXT NOT NULL, "
                           "status TEXT NOT NULL, is_current INTEGER NOT NULL, as_of TEXT NOT NULL, "
                           "aggregation TEXT NOT NULL, title TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, "
                           "created_by TEXT NOT NULL, finalised_at TEXT, revision INTEGER NOT NULL DEFAULT 1, "
                           "UNIQUE (series_id, version))"),
            QStringLiteral("CREATE UNIQUE INDEX assessment_one_current ON assessment(series_id) WHERE is_current = 1"),
            QStringLiteral("CREATE INDEX assessment_partner ON assessment(partner_id)"),
            QStringLiteral("CREATE TABLE assessment_culture (assessment_id INTEGER NOT NULL REFERENCES assessment(id) "
                           "ON DELETE CASCADE, side TEXT NOT NULL, axis TEXT NOT NULL, value REAL, "
                           "PRIMARY KEY (assessment_id, side, axis))"),
            QStringLiteral(
                "CREATE TABLE assessment_roadmap_item (assessment_id INTEGER NOT NULL "
                "REFERENCES assessment(id) ON DELETE CASCADE, side TEXT NOT NULL, position INTEGER NOT NULL, "
                "theme TEXT NOT NULL, year_from INTEGER NOT NULL, year_to INTEGER NOT NULL, "
                "commitment TEXT NOT NULL, stance TEXT NOT NULL, PRIMARY KEY (assessment_id, side, position))"),
            QStringLiteral(
                "CREATE TABLE rating (assessment_id INTEGER NOT NULL REFERENCES assessment(id) "
                "ON DELETE CASCADE, criterion TEXT NOT NULL, person_id INTEGER NOT NULL REFERENCES person(id), "
                "state TEXT NOT NULL, value INTEGER, note TEXT NOT NULL DEFAULT '', "
                "PRIMARY KEY (assessment_id, criterion, person_id))"),
            QStringLiteral("CREATE TABLE consensus (assessment_id INTEGER NOT NULL REFERENCES assessment(id) "
                           "ON DELETE CASCADE, criterion TEXT NOT NULL, value REAL NOT NULL, "
                           "rationale TEXT NOT NULL DEFAULT '', PRIMARY KEY (assessment_id, criterion))"),
            QStringLiteral("CREATE TABLE audit_log (id INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, "
                           "action TEXT NOT NULL, entity TEXT NOT NULL, entity_id INTEGER, "
                           "detail TEXT NOT NULL DEFAULT '')"),
        };
    case 2:
        return {
            QStringLiteral("ALTER TABLE assessment ADD COLUMN next_due TEXT"),
            QStringLiteral("CREATE TABLE score_cache (assessment_id INTEGER PRIMARY KEY REFERENCES assessment(id) "
                           "ON DELETE CASCADE, overall REAL, band TEXT NOT NULL, confidence TEXT NOT NULL, "
                           "coverage REAL NOT NULL, computed_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX audit_log_entity ON audit_log(entity, entity_id)"),
        };
    default:
        return {};
    }
}

} // namespace pf::core
