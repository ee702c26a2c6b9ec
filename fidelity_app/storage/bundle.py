"""Exchange bundles: one review as a versioned JSON file, exported and imported by UUID."""

from __future__ import annotations

import json
import math
from dataclasses import asdict
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import sqlite_utils

from .. import __version__
from ..atomic import write_text_atomically
from ..domain.review import now
from ..domain.scale_library import ScaleLibrary, UnknownScaleError
from . import repository as repo
from .merge import ImportResult, merge_row

FORMAT = "ips-fidelity-bundle"
FORMAT_VERSION = 1
# Far above a real review (25 items, a few hundred notes); refuses accidents before parsing.
MAX_BYTES = 50 * 1024 * 1024

# Table name in the database → key in the bundle, and the columns that make a row unique
# besides its id (so a rating is the same rating even if two laptops gave it different ids).
_CHILDREN = {
    "reviewers": ("reviewers", ()),
    "ratings": ("ratings", ("review_id", "item_id", "reviewer_id")),
    "evidence_notes": ("evidence_notes", ()),
    "findings": ("findings", ("review_id", "item_id")),
    "calculator_inputs": ("calculator_inputs", ("review_id", "item_id")),
    "audit_log": ("audit_log", ()),
}


class BundleError(ValueError):
    """A bundle that cannot be imported; nothing was written."""


@cache
def schema() -> dict:
    """The JSON Schema of format version 1 (documented in docs/bundle-format.md)."""
    text = resources.files("fidelity_app.storage").joinpath("bundle.schema.json").read_text("utf-8")
    return json.loads(text)


# --- export -------------------------------------------------------------------------------
def export_review(db: sqlite_utils.Database, review_id: str, *, include_notes: bool = False,
                  reviewer_id: str | None = None) -> dict[str, Any]:
    """Everything about one review as a bundle dictionary (lists sorted by id).
    Evidence notes may hold personal data: they travel only when `include_notes` is chosen.
    With `reviewer_id`, only that reviewer's part: their own ratings and notes (what a
    co-reviewer sends to the lead after scoring independently)."""
    review = repo.get_review(db, review_id)
    unit = repo.get_unit(db, review.unit_id)
    bundle: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_at": now(),
        "app_version": __version__,
        "unit": asdict(unit),
        "review": asdict(review),
    }
    for table, (key, _) in _CHILDREN.items():
        if table == "evidence_notes" and not include_notes:
            bundle[key] = []
            continue
        if reviewer_id is not None and table in ("ratings", "evidence_notes"):
            rows = list(db.query(f"SELECT * FROM [{table}] WHERE review_id = ? AND reviewer_id = ? "
                                 "ORDER BY id", [review_id, reviewer_id]))
        elif reviewer_id is not None and table != "reviewers":
            rows = []
        else:
            rows = list(db.query(f"SELECT * FROM [{table}] WHERE review_id = ? ORDER BY id", [review_id]))
        if table == "calculator_inputs":
            rows = [{**row, "tallies": json.loads(row["tallies"])} for row in rows]
        bundle[key] = rows
    return bundle


def write_bundle(bundle: dict[str, Any], out: str | Path) -> Path:
    """Write a bundle as sorted, indented UTF-8 JSON."""
    text = json.dumps(bundle, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    # Evidence notes may name people: the file is readable by its owner only.
    return write_text_atomically(text, out, private=True)


# --- reading and validating ---------------------------------------------------------------
def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict:
    keys = [k for k, _ in pairs]
    if len(set(keys)) != len(keys):
        duplicate = next(k for k in keys if keys.count(k) > 1)
        raise BundleError(f"nyckeln '{duplicate}' förekommer två gånger / duplicate key")
    return dict(pairs)


def _no_constants(name: str) -> Any:
    raise BundleError(f"ogiltigt tal {name} / invalid number {name}")


def read_bundle(path: str | Path) -> dict[str, Any]:
    """Parse a bundle file strictly (size, UTF-8, JSON, no NaN, no duplicate keys)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise BundleError(f"{path.name}: filen är för stor ({size // 1_000_000} MB) / file too large")
        raw = path.read_bytes()
    except OSError as exc:
        raise BundleError(f"{path.name}: kan inte läsas / cannot be read: {exc.strerror}") from None
    try:
        text = raw.decode("utf-8")
        data = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
    except UnicodeDecodeError:
        raise BundleError(f"{path.name}: inte UTF-8-text / not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise BundleError(f"{path.name}: ogiltig JSON rad {exc.lineno} / invalid JSON: {exc.msg}") from None
    except RecursionError:
        raise BundleError(f"{path.name}: för djupt nästlad / nested too deeply") from None
    except BundleError as exc:
        raise BundleError(f"{path.name}: {exc}") from None
    return data


def validate_bundle(data: Any, library: ScaleLibrary) -> None:
    """Raise BundleError naming the first problem: schema, references, scale and scores."""
    if not isinstance(data, dict):
        raise BundleError("ingen exportfil från IPS Fidelity / not an IPS Fidelity bundle")
    if data.get("format") != FORMAT:
        raise BundleError("ingen exportfil från IPS Fidelity / not an IPS Fidelity bundle")
    version = data.get("format_version")
    if version != FORMAT_VERSION:
        raise BundleError(f"formatversion {version!r} stöds inte (denna version läser {FORMAT_VERSION}) "
                          f"/ format version not supported")
    import jsonschema  # about 50 ms to load: only when a file is really imported, not at start

    errors = sorted(jsonschema.Draft202012Validator(schema()).iter_errors(data),
                    key=lambda e: list(e.absolute_path))
    if errors:
        error = errors[0]
        where = "/".join(str(p) for p in error.absolute_path) or "(top)"
        raise BundleError(f"fältet {where}: {error.message[:300]}")
    _check_text(data)
    review, unit = data["review"], data["unit"]
    if review["unit_id"] != unit["id"]:
        raise BundleError("review.unit_id pekar inte på unit / does not match the unit")
    try:
        scale = library.get(review["scale_id"], review["scale_edition"])
    except UnknownScaleError as exc:
        raise BundleError(str(exc)) from None
    reviewer_ids = {r["id"] for r in data["reviewers"]}
    item_ids = {i.id for i in scale.items}
    for key in ("reviewers", "ratings", "evidence_notes", "findings", "calculator_inputs", "audit_log"):
        ids = [row["id"] for row in data[key]]
        if len(set(ids)) != len(ids):
            raise BundleError(f"{key}: samma id två gånger / duplicate id")
        for n, row in enumerate(data[key]):
            if row["review_id"] != review["id"]:
                raise BundleError(f"{key}/{n}/review_id: hör till en annan mätning / other review")
            if row.get("reviewer_id") is not None and row["reviewer_id"] not in reviewer_ids:
                raise BundleError(f"{key}/{n}/reviewer_id: okänd bedömare / unknown reviewer")
            if row.get("item_id") is not None and row["item_id"] not in item_ids:
                raise BundleError(f"{key}/{n}/item_id: '{row['item_id']}' finns inte i skalan "
                                  f"{scale.id} {scale.edition} / not in the scale")
    for n, row in enumerate(data["ratings"]):
        score = row["score"]
        if score is not None and not scale.min_score <= score <= scale.max_score:
            raise BundleError(f"ratings/{n}/score: {score} ligger utanför "
                              f"{scale.min_score}–{scale.max_score} / out of range")
    keys = [(r["item_id"], r["reviewer_id"]) for r in data["ratings"]]
    if len(set(keys)) != len(keys):
        raise BundleError("ratings: två poäng för samma kriterium och bedömare / duplicate rating")


def _check_text(value: Any, where: str = "") -> None:
    """Refuse lone surrogates (SQLite cannot store them as UTF-8) and non-finite numbers."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise BundleError(f"fältet {where or '(top)'}: ogiltiga tecken / invalid characters") from None
    elif isinstance(value, float) and not math.isfinite(value):
        raise BundleError(f"fältet {where}: ogiltigt tal / invalid number")
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_text(key, where)
            _check_text(item, f"{where}/{key}" if where else key)
    elif isinstance(value, list):
        for n, item in enumerate(value):
            _check_text(item, f"{where}/{n}")


# --- import -------------------------------------------------------------------------------
def import_bundle(db: sqlite_utils.Database, data: Any, library: ScaleLibrary) -> ImportResult:
    """Validate fully, then merge by UUID in one transaction (rules in merge.py): what changed
    only in the file is taken, what changed only here is kept, what changed on both laptops is
    left as it is here and returned in `result.conflicts` for the user to resolve."""
    validate_bundle(data, library)
    review = data["review"]
    result = ImportResult(review["id"])
    with db.atomic():
        merge_row(db, "units", data["unit"], (), result)
        merge_row(db, "reviews", review, (), result)
        for table, (key, natural_key) in _CHILDREN.items():
            for row in data[key]:
                if table == "calculator_inputs":
                    row = {**row, "tallies": json.dumps(row["tallies"], ensure_ascii=False,
                                                        sort_keys=True)}
                merge_row(db, table, row, natural_key, result)
    return result
