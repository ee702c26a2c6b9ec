"""Hostile import files are refused with a clear message and leave the database exactly as it was;
text of any kind (1 MB, emoji, right-to-left, combining marks) survives storage and exchange."""

from __future__ import annotations

import copy
import json
import sqlite3
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fidelity_app.storage import repository as repo
from fidelity_app.storage.bundle import (
    MAX_BYTES,
    BundleError,
    export_review,
    import_bundle,
    read_bundle,
    write_bundle,
)
from fidelity_app.storage.database import Database, open_database
from fidelity_app.storage.demo import load_demo

FUZZ = settings(max_examples=100, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


class _Template(tuple):
    def __repr__(self) -> str:  # hypothesis prints its arguments when a case fails: keep it short
        return "<demo database and bundle>"


@pytest.fixture(scope="module")
def template(tmp_path_factory, scale):
    """A demo database without its first review, and that review's bundle (so an import writes)."""
    path = tmp_path_factory.mktemp("fuzz") / "template.sqlite"
    db = open_database(path)
    load_demo(db, scale)
    review = repo.list_reviews(db)[0]
    bundle = export_review(db, review.id, include_notes=True)
    with db.atomic():
        db.execute("DELETE FROM reviews WHERE id = ?", [review.id])
    yield _Template((db, bundle))
    db.close()


def _fresh_copy(template_db) -> Database:
    """An in-memory copy of the template, so each example starts from the same database."""
    conn = sqlite3.connect(":memory:")
    template_db.conn.backup(conn)
    db = Database(conn, execute_plugins=False)
    db.execute("PRAGMA foreign_keys = ON")
    return db


def _import_file(db, raw: bytes, library) -> None:
    """Import raw bytes the way the program does: refused → BundleError and an unchanged dump."""
    before = list(db.conn.iterdump())
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bundle.json"
        path.write_bytes(raw)
        try:
            import_bundle(db, read_bundle(path), library)
        except BundleError as exc:
            assert str(exc).strip() and "Traceback" not in str(exc)
            assert list(db.conn.iterdump()) == before
            assert not db.conn.in_transaction


# --- structural damage ---------------------------------------------------------------------
_DEEP = "__deep_nesting__"
_junk = st.one_of(
    st.none(), st.booleans(), st.integers(-(2**70), 2**70), st.floats(allow_nan=False),
    st.text(max_size=20), st.just("x" * 3_000_000), st.just("a\U0001F600\u202e\u0301"),
    st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=4), st.integers(), max_size=3),
    st.just(_DEEP),
)


@st.composite
def damaged_bundles(draw, bundle):
    """The bundle with one random node replaced by junk, removed, or a key added."""
    doc = copy.deepcopy(bundle)
    node = doc
    while True:
        keys = list(node) if isinstance(node, dict) else list(range(len(node)))
        if not keys:
            break
        key = draw(st.sampled_from(keys))
        child = node[key]
        if isinstance(child, (dict, list)) and child and draw(st.integers(0, 3)):
            node = child
            continue
        action = draw(st.sampled_from(["replace", "remove", "add"]))
        if action == "remove":
            del node[key]
        elif action == "add" and isinstance(node, dict):
            node[draw(st.text(max_size=10))] = draw(_junk)
        else:
            node[key] = draw(_junk)
        break
    text = json.dumps(doc, ensure_ascii=False)
    # Around Python's recursion limit too, where parsing just succeeds and later checks recurse.
    depth = draw(st.one_of(st.sampled_from([50, 5000]), st.integers(850, 1050)))
    return text.replace(json.dumps(_DEEP), "[" * depth + "]" * depth).encode("utf-8")


@FUZZ
@given(data=st.data())
def test_random_structural_damage_is_refused_cleanly(template, library, data):
    """Wrong types, missing fields, unknown keys, huge strings, deep nesting: BundleError, nothing written."""
    db_template, bundle = template
    raw = data.draw(damaged_bundles(bundle))
    _import_file(_fresh_copy(db_template), raw, library)


# --- damage to the raw text ----------------------------------------------------------------
_INSERTS = {
    "nan": ["NaN", "Infinity", "-Infinity"],  # in place of a number
    "duplicate": ['"id": "x", ', '"format": 1, ', '"review": {}, '],  # after a {
    "surrogate": ["\\ud800", "\\udfff", "\\u0000", "\\ud83d"],  # after a "
    "truncate": [""],
    "version": ["0", "2", '"1"', "1.0", "null", "-1", "1e400", "[1]"],
}


@FUZZ
@given(kind=st.sampled_from(sorted(_INSERTS)), where=st.integers(0, 10**9), choice=st.integers(0, 10),
       flip=st.integers(-(10**9), 10**9), xor=st.integers(1, 255))
def test_random_damage_to_the_text_is_refused_cleanly(template, library, kind, where, choice, flip, xor):
    """NaN, duplicate keys, lone surrogates, cut-off files, wrong format versions: BundleError only."""
    db_template, bundle = template
    text = json.dumps(bundle, ensure_ascii=False, indent=1)
    insert = _INSERTS[kind][choice % len(_INSERTS[kind])]
    if kind == "truncate":
        text = text[:where % len(text)]
    elif kind == "version":
        text = text.replace('"format_version": 1', f'"format_version": {insert}')
    elif kind == "nan":
        numbers = [i for i, c in enumerate(text) if c.isdigit() and text[i - 1] in ": "]
        at = end = numbers[where % len(numbers)]
        while text[end].isdigit():
            end += 1
        text = text[:at] + insert + text[end:]
    else:
        marks = [i for i, c in enumerate(text) if c == ("{" if kind == "duplicate" else '"')]
        at = marks[where % len(marks)]
        text = text[:at + 1] + insert + text[at + 1:]
    raw = text.encode("utf-8")
    if flip > 0 and raw:  # about half the time also a damaged byte anywhere
        position = flip % len(raw)
        raw = raw[:position] + bytes([raw[position] ^ xor]) + raw[position + 1:]
    _import_file(_fresh_copy(db_template), raw, library)


@pytest.mark.parametrize("raw, message", [
    (b'{"format": "ips-fidelity-bundle", "format_version": 2}', "formatversion"),
    (b'{"format": "ips-fidelity-bundle", "format_version": "1"}', "formatversion"),
    (b"[]", "IPS Fidelity"),
    (b"null", "IPS Fidelity"),
    (b'"\\ud800"', "IPS Fidelity"),
    (b"", "ogiltig JSON"),
])
def test_small_hostile_files_have_a_clear_message(template, library, raw, message):
    """Wrong format versions and files that are not bundles at all are named for what they are."""
    db = _fresh_copy(template[0])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.json"
        path.write_bytes(raw)
        with pytest.raises(BundleError, match=message):
            import_bundle(db, read_bundle(path), library)


def test_100_mb_file_is_refused_quickly_without_reading_it(tmp_path, monkeypatch):
    """A 100 MB file is refused on its size in well under a second, before any byte is read."""
    path = tmp_path / "huge.json"
    with open(path, "wb") as handle:
        handle.truncate(100 * 1024 * 1024)  # sparse: the size is real, the disk is not used
    assert path.stat().st_size > MAX_BYTES

    def no_reading(*args, **kwargs):
        raise AssertionError("the file was read")
    monkeypatch.setattr(Path, "read_bytes", no_reading)
    started = time.perf_counter()
    with pytest.raises(BundleError, match="för stor"):
        read_bundle(path)
    assert time.perf_counter() - started < 1


# --- text that must come back exactly -------------------------------------------------------
ODD_TEXTS = [
    "Deltagaren 👩🏽‍🔧 fick jobb på 🏥 (ZWJ-sekvens och hudton)",
    "עברית \u202bright-to-left\u202c och العربية \u200f mitt i svensk text",
    "e\u0301 och é (kombinerat och färdigt tecken är olika)",
    "Å\u030a, o\u0308, Ω vs \u2126, ﬁ-ligatur, \u00a0hårt mellanslag, \u200bnollbredd",
    "rader\r\nmed CRLF\rCR\nLF\tflik och \x7f",
]


def _round_trip(db, scale, library, tmp_path, text: str) -> tuple[str, str]:
    """Store `text` as a note, reopen, export to a file, import elsewhere: both texts back."""
    unit = repo.create_unit(db, "IPS Text")
    review = repo.create_review(db, unit.id, scale, "2026-11-22", reviewer_names=["Åsa"])
    repo.add_note(db, review.id, text, informant=text[:500])
    out = write_bundle(export_review(db, review.id, include_notes=True), tmp_path / "text.json")
    other = open_database(tmp_path / "other.sqlite")
    import_bundle(other, read_bundle(out), library)
    stored = repo.notes(other, review.id)[0]
    other.close()
    return repo.notes(db, review.id)[0].text, stored.text


@pytest.mark.parametrize("text", ODD_TEXTS)
def test_unusual_text_round_trips_exactly(db, scale, library, tmp_path, text):
    """Emoji, right-to-left marks and combining characters come back unchanged, code point by code point."""
    here, there = _round_trip(db, scale, library, tmp_path, text)
    assert here == there == text


def test_one_megabyte_note_round_trips_exactly(db_path, scale, library, tmp_path):
    """A note of a million characters (mixed scripts) is kept whole through restart and exchange."""
    pattern = "Anteckning å ä ö 👩🏽‍🔧 \u202bעברית\u202c e\u0301 "
    text = (pattern * (1_000_000 // len(pattern) + 1))[:1_000_000]
    db = open_database(db_path)
    here, there = _round_trip(db, scale, library, tmp_path, text)
    db.close()
    again = open_database(db_path)
    (note,) = [n for r in repo.list_reviews(again) for n in repo.notes(again, r.id)]
    again.close()
    assert here == there == note.text == text and len(note.text) == 1_000_000
