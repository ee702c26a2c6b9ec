"""Writing an output file atomically: the old file or the whole new one, never half of one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def atomic_path(target: str | Path, *, private: bool = False) -> Iterator[Path]:
    """Yield a temporary path beside `target`; when the block ends without an exception the
    file there is flushed to disk and renamed over `target`, otherwise it is removed.

    `private` leaves the file readable by its owner only (reports with evidence notes)."""
    target = Path(target)
    if not target.parent.is_dir():
        raise FileNotFoundError(f"Mappen finns inte: {target.parent} / folder does not exist")
    # Same folder as the target, so os.replace is a rename within one file system.
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        if not private:
            os.chmod(temp, target.stat().st_mode & 0o777 if target.exists() else 0o644)
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)


def _sync_folder(folder: Path) -> None:
    # The rename itself survives a power cut only once the folder entry is on disk (POSIX).
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_text_atomically(text: str, target: str | Path, *, private: bool = False) -> Path:
    """Write UTF-8 text (line endings as given) through `atomic_path`."""
    with atomic_path(target, private=private) as temp:
        temp.write_text(text, encoding="utf-8", newline="")
    return Path(target)
