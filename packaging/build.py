"""Build the one-folder application for the system this runs on (Linux, Windows or macOS).

    python packaging/build.py [--dist DIR] [--work DIR] [--archive] [--self-test]

Run it with the project's environment (`.venv/bin/python`, on Windows `.venv\\Scripts\\python`)
after `pip install -e .[package]`. The result is DIR/fidelity-app/ (default dist/); on macOS also
DIR/IPS Fidelity.app. `--archive` packs the folder into a .tar.gz (Linux) or .zip (Windows,
macOS); `--self-test` runs the built program's --self-test. See docs/install.md.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "ips_fidelity.spec"
NAME = "fidelity-app"


def executable(bundle: Path) -> Path:
    """The program inside a built one-folder bundle."""
    return bundle / (f"{NAME}.exe" if os.name == "nt" else NAME)


def folder_size(folder: Path) -> int:
    """Bytes of every file under `folder`."""
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


def build(dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec; the bundle folder (dist/fidelity-app)."""
    if importlib.util.find_spec("PyInstaller") is None:
        raise SystemExit("PyInstaller saknas / is not installed: "
                         f"{sys.executable} -m pip install -e '.[package]'")
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
               "--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    subprocess.run(command, cwd=ROOT, env=env, check=True)
    bundle = dist / NAME
    if sys.platform.startswith("linux"):
        # The menu entry, its icon and the per-user installer travel beside the program.
        for source in ("packaging/linux/ips-fidelity.desktop", "packaging/linux/install.sh"):
            shutil.copy2(ROOT / source, bundle)
        shutil.copy2(work / SPEC.stem / "icons" / "ips-fidelity.png", bundle)  # drawn by the spec
    return bundle


def archive(bundle: Path) -> Path:
    """Pack the bundle as fidelity-app-<system>-<machine>.tar.gz (Linux) or .zip."""
    base = bundle.parent / f"{NAME}-{sys.platform}-{platform.machine().lower()}"
    kind = "gztar" if sys.platform.startswith("linux") else "zip"
    root = bundle.parent
    if sys.platform == "darwin" and (root / "IPS Fidelity.app").exists():
        return Path(shutil.make_archive(str(base), kind, root, "IPS Fidelity.app"))
    return Path(shutil.make_archive(str(base), kind, root, bundle.name))


def self_test(bundle: Path) -> int:
    """Run the built program's --self-test; its exit code."""
    env = {**os.environ}
    if sys.platform.startswith("linux") and not os.environ.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.call([str(executable(bundle)), "--self-test"], env=env)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle goes")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's scratch folder")
    parser.add_argument("--archive", action="store_true", help="also pack the bundle as .tar.gz/.zip")
    parser.add_argument("--self-test", action="store_true", help="run the built program's self-test")
    args = parser.parse_args()
    started = time.perf_counter()
    bundle = build(args.dist.resolve(), args.work.resolve())
    print(f"Byggt / built {bundle} in {time.perf_counter() - started:.0f} s, "
          f"{folder_size(bundle) / 2**20:.0f} MiB")
    if args.archive:
        packed = archive(bundle)
        print(f"Arkiv / archive: {packed} ({packed.stat().st_size / 2**20:.0f} MiB)")
    if args.self_test:
        return self_test(bundle)
    return 0


if __name__ == "__main__":
    sys.exit(main())
