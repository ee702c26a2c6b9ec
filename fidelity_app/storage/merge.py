"""Merging a bundle into this laptop's database by UUID, by what changed where since the last exchange."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from ..domain.review import new_id, now

# Rows that are edited (and so carry updated_at); reviewers and audit entries only ever arrive.
EDITED = ("units", "reviews", "ratings", "evidence_notes", "findings", "calculator_inputs")
LOCAL, INCOMING = "local", "incoming"


@dataclass(frozen=True)
class Conflict:
    """A row edited on both laptops since they last exchanged it; the user chooses a version."""

    table: str
    review_id: str
    local: dict
    incoming: dict

    @property
    def row_id(self) -> str:
        return self.local["id"]

    @property
    def changed_fields(self) -> list[str]:
        return [k for k, v in self.incoming.items() if k not in ("id", "updated_at") and self.local.get(k) != v]

    def describe(self) -> str:
        what = self.local.get("item_id") or self.local.get("name") or self.row_id[:8]
        fields = ", ".join(f"{k}: här {_short(self.local.get(k))!r}, i filen {_short(self.incoming[k])!r}"
                           for k in self.changed_fields)
        return f"{self.table} {what}: {fields}"


def _short(value: Any) -> Any:
    return value[:60] + "…" if isinstance(value, str) and len(value) > 60 else value


@dataclass
class ImportResult:
    review_id: str
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    kept_local: list[str] = field(default_factory=list)  # changed only here since the last exchange
    conflicts: list[Conflict] = field(default_factory=list)

    def describe(self) -> str:
        text = (f"{self.added} nya, {self.updated} uppdaterade, {self.unchanged} oförändrade "
                f"/ {self.added} added, {self.updated} updated, {self.unchanged} unchanged")
        if self.kept_local:
            text += (f"; {len(self.kept_local)} ändrade bara här behölls "
                     f"/ {len(self.kept_local)} changed only here were kept")
        if self.conflicts:
            text += (f"; {len(self.conflicts)} ändrade på båda datorerna – välj version "
                     f"/ {len(self.conflicts)} conflicts to resolve")
        return text


def content_hash(row: dict) -> str:
    """What a row says, apart from its id and when it was touched (the review's timestamp moves
    with every edit on either laptop; only a change of content can conflict)."""
    content = {k: v for k, v in row.items() if k not in ("id", "updated_at")}
    return hashlib.sha256(json.dumps(content, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def _base(db: sqlite_utils.Database, table: str, row_id: str) -> str | None:
    rows = db.execute("SELECT content_hash FROM sync_state WHERE row_table = ? AND row_id = ?",
                      [table, row_id]).fetchall()
    return rows[0][0] if rows else None


def _remember(db: sqlite_utils.Database, table: str, row: dict, row_id: str | None = None) -> None:
    db.execute("INSERT OR REPLACE INTO sync_state (row_table, row_id, content_hash) VALUES (?, ?, ?)",
               [table, row_id or row["id"], content_hash(row)])


def remember_exchanged(db: sqlite_utils.Database, bundle: dict) -> None:
    """After an export: the rows in the file are now known to both laptops."""
    with db.atomic():
        for table in EDITED:
            rows = [bundle["unit"]] if table == "units" else [bundle["review"]] if table == "reviews" \
                else bundle[table]
            for row in rows:
                if table == "calculator_inputs":  # stored as JSON text, as merge_row sees it
                    row = {**row, "tallies": json.dumps(row["tallies"], ensure_ascii=False, sort_keys=True)}
                _remember(db, table, row)


def merge_row(db: sqlite_utils.Database, table: str, row: dict, natural_key: tuple[str, ...],
              result: ImportResult) -> None:
    """Add, update, keep or report one incoming row (inside the caller's transaction)."""
    local = list(db.query(f"SELECT * FROM [{table}] WHERE id = ?", [row["id"]]))
    if not local and natural_key:
        clause = " AND ".join(f"[{c}] IS ?" for c in natural_key)
        local = list(db.query(f"SELECT * FROM [{table}] WHERE {clause}", [row[c] for c in natural_key]))
    edited = table in EDITED
    if not local:
        db[table].insert(row)
        result.added += 1
        if edited:
            _remember(db, table, row)
        return
    mine = local[0]
    incoming = {**row, "id": mine["id"]}
    here, there = content_hash(mine), content_hash(incoming)
    if here == there:
        result.unchanged += 1
        if edited:
            _remember(db, table, mine)
        return
    if not edited:
        result.kept_local.append(f"{table}/{mine['id']}")
        return
    base = _base(db, table, mine["id"])
    if here == base:  # changed only on the other laptop
        db[table].update(mine["id"], {k: v for k, v in incoming.items() if k != "id"})
        _remember(db, table, incoming)
        result.updated += 1
    elif there == base:  # changed only here
        result.kept_local.append(f"{table}/{mine['id']}")
    else:
        result.conflicts.append(Conflict(table, result.review_id, mine, incoming))


def resolve(db: sqlite_utils.Database, conflict: Conflict, keep: str) -> None:
    """Keep the local or the incoming version; the other is set aside in full, never lost."""
    if keep not in (LOCAL, INCOMING):
        raise ValueError(f"keep must be '{LOCAL}' or '{INCOMING}'")
    chosen, other = (conflict.local, conflict.incoming) if keep == LOCAL else (conflict.incoming, conflict.local)
    with db.atomic():
        current = list(db.query(f"SELECT * FROM [{conflict.table}] WHERE id = ?", [conflict.row_id]))
        if not current or current[0] != conflict.local:
            raise ValueError("raden har ändrats sedan importen; importera filen igen "
                             "/ the row changed since the import; import the file again")
        if keep == INCOMING:
            db[conflict.table].update(conflict.row_id, {k: v for k, v in chosen.items() if k != "id"})
        db["set_aside_versions"].insert({
            "id": new_id(), "review_id": conflict.review_id, "row_table": conflict.table,
            "row_id": conflict.row_id, "version": json.dumps(other, ensure_ascii=False, sort_keys=True),
            "set_aside_at": now()})
        # The file's version is now known here: importing the same file again changes nothing.
        _remember(db, conflict.table, conflict.incoming)


def set_aside_versions(db: sqlite_utils.Database, review_id: str) -> list[dict]:
    """Versions that lost a conflict, newest first, with the row as it was (for restoring)."""
    rows = db.query("SELECT * FROM set_aside_versions WHERE review_id = ? ORDER BY set_aside_at DESC",
                    [review_id])
    return [{**r, "version": json.loads(r["version"])} for r in rows]
