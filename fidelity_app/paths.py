"""Every path the program uses: the data folder, the default database, scales, resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "IPS Fidelity"
ORGANISATION = "IPS Fidelity"
# Tests and portable installs point the data folder elsewhere with this variable.
DATA_DIR_ENV = "IPS_FIDELITY_DATA_DIR"


def _root() -> Path:
    # A PyInstaller bundle unpacks data beside the program; from source it is the repo root.
    return Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))


def data_dir() -> Path:
    """The user's data folder (QStandardPaths AppDataLocation), or $IPS_FIDELITY_DATA_DIR."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APP_NAME)
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def default_db_path() -> Path:
    return data_dir() / "fidelity.sqlite"


def shipped_scales_dir() -> Path:
    return _root() / "scales"


def user_scales_dir() -> Path:
    """Scale files the user adds (a corrected edition, another language)."""
    return data_dir() / "scales"


def scale_folders() -> list[Path]:
    return [shipped_scales_dir(), user_scales_dir()]


def resources_dir() -> Path:
    return _root() / "resources"
