"""The installed program checks itself (--self-test), and the Linux bundle builds and passes it."""

from __future__ import annotations

import configparser
import importlib.util
import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from fidelity_app import cli, selftest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"


def _load(name: str):
    """A module from packaging/ by file, so no installed package of the same name interferes."""
    spec = importlib.util.spec_from_file_location(f"packaging_{name}", PACKAGING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bundle_build = _load("build")
icons = _load("icons")


def test_self_test_passes_in_process_and_leaves_the_data_folder_alone(qapp, data_dir, capsys):
    """--self-test opens the window, scores, writes a report, prints one OK line; no user data."""
    assert cli.main(["--self-test"]) == 0
    out = capsys.readouterr()
    assert out.out.startswith("self-test OK: ips25"), out
    assert out.err == ""
    assert not data_dir.exists(), "the self-test wrote into the user's data folder"
    assert os.environ[selftest.paths.DATA_DIR_ENV] == str(data_dir)


def test_self_test_failure_is_one_line_on_stderr_and_exit_1(monkeypatch, capsys):
    """A failing step gives exit code 1 and a single line naming the problem."""

    def broken(folder):
        raise selftest.SelfTestError("rapporten är tom")

    monkeypatch.setattr(selftest, "check", broken)
    assert cli.main(["--self-test"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "self-test FAILED" in err and "rapporten är tom" in err


def test_desktop_entry_is_valid():
    """The Linux menu entry has the keys a desktop needs and names the program and icon."""
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(PACKAGING / "linux" / "ips-fidelity.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"] == "fidelity-app" and section["Icon"] == "ips-fidelity"
    assert section["Name"] == "IPS Fidelity" and "Comment[sv]" in section
    assert section["Categories"].endswith(";")


def test_icons_are_well_formed(tmp_path, qapp):
    """The icon renders to a 256 px PNG, a Windows .ico and a macOS .icns with several sizes."""
    files = icons.write_icons(tmp_path)
    png = files["png"].read_bytes()
    assert png.startswith(b"\x89PNG") and struct.unpack(">II", png[16:24]) == (256, 256)
    ico = files["ico"].read_bytes()
    assert struct.unpack("<HHH", ico[:6]) == (0, 1, len(icons.ICO_SIZES))
    icns = files["icns"].read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert all(kind in icns for kind in icons.ICNS_TYPES.values())


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="CI builds the Linux bundle")
def test_linux_bundle_builds_and_passes_its_self_test(tmp_path):
    """PyInstaller builds the one-folder program with scales and resources; it passes --self-test."""
    if importlib.util.find_spec("PyInstaller") is None:
        message = "PyInstaller is not installed: pip install -e '.[test]' (or '.[package]')"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    bundle = bundle_build.build(tmp_path / "dist", tmp_path / "work")
    internal = bundle / "_internal"
    assert (internal / "scales" / "ips25.toml").is_file()
    assert (internal / "resources" / "translations" / "ips_fidelity_sv.qm").is_file()
    assert (internal / "resources" / "fonts" / "DejaVuSans.ttf").is_file()
    assert (internal / "fidelity_app" / "storage" / "bundle.schema.json").is_file()
    assert (bundle / "ips-fidelity.desktop").is_file() and (bundle / "ips-fidelity.png").is_file()
    assert not list(internal.rglob("*WebEngine*")) and not list(internal.rglob("libQt6Qml*"))
    assert bundle_build.folder_size(bundle) < 250 * 2**20, "the bundle grew past 250 MiB"

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path / "home")}
    env.pop("IPS_FIDELITY_DATA_DIR", None)  # the self-test must pick its own folder
    result = subprocess.run([str(bundle_build.executable(bundle)), "--self-test"], env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("self-test OK: ips25"), result.stdout
    assert not (tmp_path / "home" / ".local" / "share" / "IPS Fidelity").exists()
