"""Shared fixtures: the shipped scales, a fresh database in tmp_path, a private data folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from fidelity_app import paths  # noqa: E402
from fidelity_app.domain.scale_library import ScaleLibrary  # noqa: E402
from fidelity_app.storage.database import open_database  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
IPS25 = ROOT / "scales" / "ips25.toml"


def pytest_collection_modifyitems(items):
    """Tests that use qtbot need a QApplication: mark them `gui` so `-m "not gui"` skips them."""
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch) -> Path:
    """Every test gets its own data folder; nothing touches the real user's files."""
    folder = tmp_path / "data"
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(folder))
    return folder


@pytest.fixture(scope="session")
def library() -> ScaleLibrary:
    lib = ScaleLibrary.from_folders([paths.shipped_scales_dir()])
    assert not lib.errors, lib.errors
    return lib


@pytest.fixture(scope="session")
def scale(library):
    return library.latest("ips25")


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "test.sqlite"


@pytest.fixture
def db(db_path):
    database = open_database(db_path)
    yield database
    database.close()
