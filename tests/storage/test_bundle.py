"""Exchange bundles: lossless round trip, idempotent import, refusals that change nothing."""

from __future__ import annotations

import json

import pytest

from fidelity_app.storage import repository as repo
from fidelity_app.storage.bundle import (
    BundleError,
    export_review,
    import_bundle,
    read_bundle,
    write_bundle,
)
from fidelity_app.storage.database import open_database
from fidelity_app.storage.demo import load_demo


def _dump(db) -> list[str]:
    return list(db.conn.iterdump())


@pytest.fixture
def demo_db(db, scale):
    load_demo(db, scale)
    return db


def _without_stamp(bundle: dict) -> dict:
    # exported_at records when the file was written, the only field that may differ.
    return {k: v for k, v in bundle.items() if k != "exported_at"}


def test_round_trip_is_lossless(demo_db, tmp_path, library):
    """Export → import into a fresh database → export again gives the same JSON."""
    review = repo.list_reviews(demo_db)[0]
    first = export_review(demo_db, review.id, include_notes=True)
    write_bundle(first, tmp_path / "a.json")
    fresh = open_database(tmp_path / "fresh.sqlite")
    result = import_bundle(fresh, read_bundle(tmp_path / "a.json"), library)
    assert result.added > 25 and not result.kept_local
    second = export_review(fresh, review.id, include_notes=True)
    assert _without_stamp(second) == _without_stamp(first)
    assert len(first["ratings"]) == 75 and first["evidence_notes"] and first["audit_log"]


def test_importing_twice_changes_nothing(demo_db, tmp_path, library):
    """Importing the same bundle a second time leaves the database dump identical."""
    review = repo.list_reviews(demo_db)[0]
    bundle = export_review(demo_db, review.id, include_notes=True)
    fresh = open_database(tmp_path / "fresh.sqlite")
    import_bundle(fresh, bundle, library)
    before = _dump(fresh)
    result = import_bundle(fresh, bundle, library)
    assert result.added == result.updated == 0
    assert _dump(fresh) == before


@pytest.mark.parametrize("damage, message", [
    (lambda b: b.update(format_version=99), "formatversion"),
    (lambda b: b.update(format="something-else"), "IPS Fidelity"),
    (lambda b: b["ratings"][0].update(score=9), "utanför"),
    (lambda b: b["ratings"][0].update(score="4"), "ratings/0/score"),
    (lambda b: b["ratings"][0].update(item_id="staffing.nonexistent"), "finns inte i skalan"),
    (lambda b: b["review"].update(scale_edition="1999"), "1999"),
    (lambda b: b["evidence_notes"][0].update(text="a\ud800b"), "ogiltiga tecken"),
    (lambda b: b["evidence_notes"][0].update(reviewer_id="0" * 8 + "-0000-0000-0000-" + "0" * 12), "okänd bedömare"),
    (lambda b: b.pop("unit"), "unit"),
    (lambda b: b["review"].update(unit_id="0" * 8 + "-0000-0000-0000-" + "0" * 12), "unit"),
    (lambda b: b["ratings"].append(dict(b["ratings"][0])), "samma id"),
])
def test_bad_bundles_are_refused_and_change_nothing(demo_db, library, damage, message):
    """Each kind of broken bundle is refused with a clear message and the database is unchanged."""
    review = repo.list_reviews(demo_db)[0]
    bundle = export_review(demo_db, review.id, include_notes=True)
    demo_db.execute("DELETE FROM reviews WHERE id = ?", [review.id])  # so an import would write
    demo_db.conn.commit()
    before = _dump(demo_db)
    damage(bundle)
    with pytest.raises(BundleError, match=message):
        import_bundle(demo_db, bundle, library)
    assert _dump(demo_db) == before


@pytest.mark.parametrize("content, message", [
    (b'{"format": "ips-fidelity-bundle", "format": "x"}', "två gånger"),
    (b'{"a": NaN}', "ogiltigt tal"),
    (b"\xff\xfe not utf-8", "UTF-8"),
    (b'{"unterminated": ', "ogiltig JSON"),
    (b"[" * 100_000 + b"]" * 100_000, "nästlad|JSON"),
])
def test_unreadable_files_are_refused(tmp_path, content, message):
    """Duplicate keys, NaN, non-UTF-8, broken JSON and absurd nesting are refused on reading."""
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(BundleError, match=message):
        read_bundle(path)


def test_write_is_atomic(demo_db, tmp_path, monkeypatch):
    """If writing fails midway the old file stays and no temporary file is left behind."""
    out = tmp_path / "out.json"
    out.write_text("old")
    bundle = export_review(demo_db, repo.list_reviews(demo_db)[0].id, include_notes=True)

    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr("os.fsync", fail)
    with pytest.raises(OSError):
        write_bundle(bundle, out)
    assert out.read_text() == "old" and [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_schema_is_the_documented_one():
    """docs/bundle-format.md points at the schema file that import validates against."""
    from pathlib import Path

    doc = (Path(__file__).parents[2] / "docs" / "bundle-format.md").read_text(encoding="utf-8")
    assert "fidelity_app/storage/bundle.schema.json" in doc
    schema = json.loads((Path(__file__).parents[2] / "fidelity_app/storage/bundle.schema.json").read_text())
    assert schema["properties"]["format_version"]["const"] == 1
