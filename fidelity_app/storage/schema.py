"""The database schema as numbered migrations; never edit a released migration, add one."""

# MIGRATIONS[n] takes the schema from version n to n + 1 (PRAGMA user_version).
MIGRATIONS: list[list[str]] = [
    [
        """CREATE TABLE units (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            organisation TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL)""",
        """CREATE TABLE reviews (
            id TEXT PRIMARY KEY,
            unit_id TEXT NOT NULL REFERENCES units(id),
            scale_id TEXT NOT NULL,
            scale_edition TEXT NOT NULL,
            visit_start TEXT NOT NULL,
            visit_end TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'finished')),
            strength_min INTEGER,
            development_max INTEGER,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL)""",
        "CREATE INDEX reviews_by_unit ON reviews(unit_id, visit_start)",
        """CREATE TABLE reviewers (
            id TEXT PRIMARY KEY,
            review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT 'lead',
            position INTEGER NOT NULL DEFAULT 0)""",
        "CREATE INDEX reviewers_by_review ON reviewers(review_id)",
        """CREATE TABLE ratings (
            id TEXT PRIMARY KEY,
            review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
            item_id TEXT NOT NULL,
            reviewer_id TEXT REFERENCES reviewers(id) ON DELETE CASCADE,
            score INTEGER CHECK (score IS NULL OR score BETWEEN 0 AND 100),
            rationale TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL)""",
        # One rating per item and reviewer; reviewer NULL is the consensus.
        "CREATE UNIQUE INDEX ratings_once ON ratings(review_id, item_id, ifnull(reviewer_id, ''))",
        """CREATE TABLE evidence_notes (
            id TEXT PRIMARY KEY,
            review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
            reviewer_id TEXT REFERENCES reviewers(id) ON DELETE SET NULL,
            item_id TEXT,
            source TEXT NOT NULL DEFAULT '',
            informant TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL)""",
        "CREATE INDEX evidence_notes_by_review ON evidence_notes(review_id, item_id)",
        """CREATE TABLE findings (
            id TEXT PRIMARY KEY,
            review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
            item_id TEXT NOT NULL,
            classification TEXT CHECK (classification IN ('strength', 'development', 'neither')),
            justification TEXT NOT NULL DEFAULT '',
            recommendation TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            UNIQUE (review_id, item_id))""",
        """CREATE TABLE calculator_inputs (
            id TEXT PRIMARY KEY,
            review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
            item_id TEXT NOT NULL,
            tallies TEXT NOT NULL DEFAULT '{}',
            updated_at TEXT NOT NULL,
            UNIQUE (review_id, item_id))""",
        """CREATE TABLE audit_log (
            id TEXT PRIMARY KEY,
            review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            action TEXT NOT NULL,
            actor TEXT NOT NULL DEFAULT '',
            item_id TEXT,
            old_value TEXT,
            new_value TEXT)""",
        "CREATE INDEX audit_log_by_review ON audit_log(review_id, at)",
    ],
    [
        # The version of each row last exchanged with another laptop ("since they last met"):
        # an import takes what changed only there, keeps what changed only here, and asks
        # about what changed on both.
        """CREATE TABLE sync_state (
            row_table TEXT NOT NULL,
            row_id TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            PRIMARY KEY (row_table, row_id))""",
        # Every version that lost a conflict, in full, so that no edit is ever lost.
        """CREATE TABLE set_aside_versions (
            id TEXT PRIMARY KEY,
            review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
            row_table TEXT NOT NULL,
            row_id TEXT NOT NULL,
            version TEXT NOT NULL,
            set_aside_at TEXT NOT NULL)""",
    ],
]
