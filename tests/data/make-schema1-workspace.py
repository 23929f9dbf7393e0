#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The PartnerFit authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes schema1.partnerfit: a workspace as PartnerFit's first storage format (user_version 1) left it.

The DDL below is frozen: it is what schema step 1 created, kept here so the migration tests have a real
old file. Run: python3 make-schema1-workspace.py schema1.partnerfit
"""
import os
import sqlite3
import sys

SCHEMA_1 = """
CREATE TABLE workspace_setting (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, role TEXT NOT NULL DEFAULT '', revision INTEGER NOT NULL DEFAULT 1);
CREATE TABLE theme (name TEXT PRIMARY KEY, position INTEGER NOT NULL);
CREATE TABLE home_culture (axis TEXT PRIMARY KEY, value REAL);
CREATE TABLE partner (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, website TEXT NOT NULL DEFAULT '', partner_type TEXT NOT NULL DEFAULT '', industry TEXT NOT NULL DEFAULT '', regions TEXT NOT NULL DEFAULT '', stage TEXT NOT NULL DEFAULT 'prospect', owner TEXT NOT NULL DEFAULT '', tags TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '', revision INTEGER NOT NULL DEFAULT 1, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE TABLE contact (id INTEGER PRIMARY KEY, partner_id INTEGER NOT NULL REFERENCES partner(id) ON DELETE CASCADE, position INTEGER NOT NULL, name TEXT NOT NULL, role TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '');
CREATE INDEX contact_partner ON contact(partner_id);
CREATE TABLE partner_culture (partner_id INTEGER NOT NULL REFERENCES partner(id) ON DELETE CASCADE, axis TEXT NOT NULL, value REAL, PRIMARY KEY (partner_id, axis));
CREATE TABLE roadmap_item (id INTEGER PRIMARY KEY, partner_id INTEGER REFERENCES partner(id) ON DELETE CASCADE, position INTEGER NOT NULL, theme TEXT NOT NULL, year_from INTEGER NOT NULL, year_to INTEGER NOT NULL, commitment TEXT NOT NULL, stance TEXT NOT NULL);
CREATE INDEX roadmap_item_partner ON roadmap_item(partner_id);
CREATE TABLE framework (id INTEGER PRIMARY KEY, framework_key TEXT NOT NULL, version INTEGER NOT NULL, name TEXT NOT NULL, definition TEXT NOT NULL, frozen INTEGER NOT NULL DEFAULT 0, UNIQUE (framework_key, version));
CREATE TABLE assessment (id INTEGER PRIMARY KEY, series_id INTEGER NOT NULL, version INTEGER NOT NULL, previous_id INTEGER REFERENCES assessment(id), partner_id INTEGER NOT NULL REFERENCES partner(id), framework_id INTEGER NOT NULL REFERENCES framework(id), kind TEXT NOT NULL, status TEXT NOT NULL, is_current INTEGER NOT NULL, as_of TEXT NOT NULL, aggregation TEXT NOT NULL, title TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, created_by TEXT NOT NULL, finalised_at TEXT, revision INTEGER NOT NULL DEFAULT 1, UNIQUE (series_id, version));
CREATE UNIQUE INDEX assessment_one_current ON assessment(series_id) WHERE is_current = 1;
CREATE INDEX assessment_partner ON assessment(partner_id);
CREATE TABLE assessment_culture (assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE, side TEXT NOT NULL, axis TEXT NOT NULL, value REAL, PRIMARY KEY (assessment_id, side, axis));
CREATE TABLE assessment_roadmap_item (assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE, side TEXT NOT NULL, position INTEGER NOT NULL, theme TEXT NOT NULL, year_from INTEGER NOT NULL, year_to INTEGER NOT NULL, commitment TEXT NOT NULL, stance TEXT NOT NULL, PRIMARY KEY (assessment_id, side, position));
CREATE TABLE rating (assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE, criterion TEXT NOT NULL, person_id INTEGER NOT NULL REFERENCES person(id), state TEXT NOT NULL, value INTEGER, note TEXT NOT NULL DEFAULT '', PRIMARY KEY (assessment_id, criterion, person_id));
CREATE TABLE consensus (assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE, criterion TEXT NOT NULL, value REAL NOT NULL, rationale TEXT NOT NULL DEFAULT '', PRIMARY KEY (assessment_id, criterion));
CREATE TABLE audit_log (id INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, entity TEXT NOT NULL, entity_id INTEGER, detail TEXT NOT NULL DEFAULT '');
"""

def main(path):
    if os.path.exists(path):
        os.remove(path)
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode = WAL")
    db.executescript(SCHEMA_1)
    db.execute("PRAGMA application_id = %d" % 0x50466974)
    db.execute("PRAGMA user_version = 1")
    now = "2025-03-01T09:00:00.000Z"
    db.execute("INSERT INTO workspace_setting (key, value) VALUES ('created_at', ?)", (now,))
    db.executemany("INSERT INTO person (id, name, role) VALUES (?, ?, ?)",
                   [(1, "ana", "Partner manager"), (2, "ben", "Solutions architect")])
    db.executemany("INSERT INTO theme (name, position) VALUES (?, ?)", [("cloud", 0), ("ai", 1)])
    db.executemany("INSERT INTO home_culture (axis, value) VALUES (?, ?)",
                   [("decision_speed", 5), ("risk_appetite", 4), ("structure", None)])
    db.executemany(
        "INSERT INTO partner (id, name, website, partner_type, industry, regions, stage, owner, tags, notes, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(1, "Acme GmbH", "https://acme.example", "reseller", "Software", "DACH", "evaluating", "ana",
          "cloud;smb", "Met at a trade fair", now, now),
         (2, "Société Générale Ôptique", "", "distributor", "Optics", "FR", "prospect", "ben", "", "", now, now)])
    db.execute("INSERT INTO contact (partner_id, position, name, role, email, phone) VALUES "
               "(1, 0, 'Jana Novak', 'CEO', 'jana@acme.example', '+49 30 1234')")
    db.execute("INSERT INTO partner_culture (partner_id, axis, value) VALUES (1, 'decision_speed', 3)")
    db.execute("INSERT INTO roadmap_item (partner_id, position, theme, year_from, year_to, commitment, stance) "
               "VALUES (NULL, 0, 'cloud', 2025, 2028, 'committed', 'invest')")
    db.execute("INSERT INTO framework (id, framework_key, version, name, definition, frozen) VALUES "
               "(1, 'five-lessons', 1, 'Five lessons', '{}', 0)")
    db.execute("INSERT INTO assessment (id, series_id, version, previous_id, partner_id, framework_id, kind, status, "
               "is_current, as_of, aggregation, title, created_at, created_by) VALUES "
               "(1, 1, 1, NULL, 1, 1, 'selection', 'draft', 1, '2025-03-01', 'median', 'First look', ?, 'ana')", (now,))
    db.execute("INSERT INTO rating (assessment_id, criterion, person_id, state, value, note) VALUES "
               "(1, 'leadership_commitment', 1, 'rated', 4, 'CEO sponsors it')")
    db.execute("INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) VALUES "
               "(?, 'ana', 'create', 'partner', 1, 'Acme GmbH')", (now,))
    db.commit()
    db.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "schema1.partnerfit"))
