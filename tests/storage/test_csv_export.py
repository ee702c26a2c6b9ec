"""CSV export for Excel and R: readable with å ä ö, and the same scores as the database."""

from __future__ import annotations

import csv

import pytest

from fidelity_app.storage import repository as repo
from fidelity_app.storage.csv_export import export_csv
from fidelity_app.storage.demo import load_demo


@pytest.fixture
def demo_db(db, scale):
    load_demo(db, scale)
    return db


def _read(path, delimiter=";"):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Excel needs the UTF-8 BOM to show å ä ö"
    return list(csv.DictReader(raw.decode("utf-8-sig").splitlines(), delimiter=delimiter))


def test_long_format_round_trips_every_score(demo_db, library, tmp_path):
    """Reading the long CSV back gives the same score as the database for every measurement × item."""
    out = tmp_path / "long.csv"
    written = export_csv(demo_db, library, out)
    rows = _read(out)
    reviews = repo.list_reviews(demo_db)
    assert written == len(rows) == 25 * len(reviews)
    for review in reviews:
        expected = repo.scores(demo_db, review.id)
        got = {r["item_id"]: r["score"] for r in rows if r["review_id"] == review.id}
        assert got == {item: str(expected[item]) if item in expected else "" for item in got}
    assert any(r["unit"] == "IPS Älvstaden" and r["item_title_sv"] == "Klientgruppens storlek" for r in rows)


def test_wide_format_one_row_per_measurement(demo_db, library, tmp_path):
    """The wide CSV has one row per measurement with totals, bands and every item's score."""
    out = tmp_path / "wide.csv"
    export_csv(demo_db, library, out, wide=True, delimiter=",")
    rows = _read(out, ",")
    assert len(rows) == len(repo.list_reviews(demo_db))
    for row in rows:
        scores = repo.scores(demo_db, row["review_id"])
        assert int(row["total"]) == sum(scores.values())
        assert all(row[item] == str(score) for item, score in scores.items())
        assert row["band_sv"] == "" if int(row["scored"]) < 25 else row["band_sv"].startswith("Stämmer")


def test_one_unit_only(demo_db, library, tmp_path):
    """Filtering by unit exports only that unit's measurements."""
    unit = next(u for u in repo.list_units(demo_db) if u.name == "Steg till jobb Norrbacka")
    export_csv(demo_db, library, tmp_path / "one.csv", unit_id=unit.id)
    assert {r["unit"] for r in _read(tmp_path / "one.csv")} == {"Steg till jobb Norrbacka"}
