"""Set up the virtual environment when needed, then start the program or run every test.

    python3 packaging/dev.py start [fidelity-app arguments]
    python3 packaging/dev.py test  [pytest arguments]

Works on Windows, macOS and Linux with nothing but Python 3.11+. The environment lives in
.venv beside the code and is refreshed only when pyproject.toml changes, so a second run is
quick.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")


def ensure_environment(extra: str) -> None:
    """Create .venv and install the package (with `extra`) unless it is already current."""
    spec = f".[{extra}]" if extra else "."
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + spec.encode()).hexdigest()
    stamp = VENV / f".installed-{extra or 'app'}"
    if PYTHON.exists() and stamp.exists() and stamp.read_text() == digest:
        return
    if not PYTHON.exists():
        print("Skapar virtuell miljö / creating virtual environment in .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    print(f"Installerar paket / installing packages ({spec}) …", flush=True)
    pip = [str(PYTHON), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "-e", spec], cwd=ROOT, check=True)
    stamp.write_text(digest)


def start(args: list[str]) -> int:
    ensure_environment("")
    return subprocess.call([str(PYTHON), "-m", "fidelity_app", *args], cwd=ROOT)


def test(args: list[str]) -> int:
    ensure_environment("test")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    lint = subprocess.call([str(PYTHON), "-m", "ruff", "check", "fidelity_app", "tests",
                            "benchmarks", "packaging"], cwd=ROOT)
    code = subprocess.call([str(PYTHON), "-m", "pytest", *args], cwd=ROOT, env=env)
    if code == 5:
        print("Inga tester kördes / no tests were collected: that is a failure", file=sys.stderr)
        return 1
    return code or lint


def main() -> int:
    command, *rest = sys.argv[1:] or ["start"]
    if command == "start":
        return start(rest)
    if command == "test":
        return test(rest)
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
