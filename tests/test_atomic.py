"""Atomic export: an interrupted write leaves the old file or none, never half a file."""

from __future__ import annotations

import pytest

from fidelity_app.atomic import atomic_path, write_text_atomically


def test_atomic_path_replaces_the_file_only_when_done(tmp_path):
    """The new content appears under the target name in one step, and no temp file remains."""
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    with atomic_path(target) as temp:
        temp.write_bytes(b"new")
        assert target.read_bytes() == b"old"
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_atomic_path_keeps_the_old_file_when_writing_fails(tmp_path):
    """Half-written content never replaces the old file; the temp file is removed."""
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_path(target) as temp:
        temp.write_bytes(b"%PDF-1.4 half")
        raise RuntimeError("disk full")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_atomic_path_leaves_nothing_when_there_was_no_file(tmp_path):
    """A failed first export leaves no file at all."""
    with pytest.raises(RuntimeError), atomic_path(tmp_path / "out.pdf") as temp:
        temp.write_bytes(b"half")
        raise RuntimeError("killed")
    assert not list(tmp_path.iterdir())


def test_atomic_path_needs_an_existing_folder(tmp_path):
    """Exporting into a folder that does not exist is a clear FileNotFoundError."""
    with pytest.raises(FileNotFoundError, match="Mappen finns inte"), atomic_path(tmp_path / "no" / "x.pdf"):
        pass


@pytest.mark.skipif(__import__("os").name != "posix", reason="POSIX permissions")
def test_private_files_are_for_the_owner_only(tmp_path):
    """Exports that may hold personal data are written readable by their owner only."""
    target = write_text_atomically("Anna Åström, anteckning", tmp_path / "bundle.json", private=True)
    assert target.stat().st_mode & 0o077 == 0
    assert target.read_text(encoding="utf-8") == "Anna Åström, anteckning"
