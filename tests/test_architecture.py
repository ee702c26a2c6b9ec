"""Arrows point one way: the core (domain, storage, report) imports no Qt."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT


@pytest.mark.parametrize("package", ["fidelity_app.domain", "fidelity_app.storage", "fidelity_app.report"])
def test_core_imports_no_qt(package):
    """Importing every module of the package loads no PySide6 (tested in a clean interpreter)."""
    code = (
        "import importlib, pkgutil, sys\n"
        f"pkg = importlib.import_module('{package}')\n"
        "for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr


def test_domain_imports_nothing_of_the_app_outside_it():
    """domain/ is the bottom layer: it imports no storage, report, ui or cli."""
    for path in (ROOT / "fidelity_app" / "domain").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        for layer in ("storage", "report", "ui", "cli"):
            assert f"from ..{layer}" not in text and f"fidelity_app.{layer}" not in text, path
