"""Render the application icon (resources/icons/ips-fidelity.svg) to PNG, ICO and ICNS at build time.

    .venv/bin/python packaging/icons.py OUT_FOLDER

Qt draws the PNGs; the ICO (Windows) and ICNS (macOS) containers are written here around
those PNGs, so no image library beyond PySide6 is needed and no binaries are committed.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "ips-fidelity.svg"
NAME = "ips-fidelity"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_TYPES = {32: b"ic11", 64: b"ic12", 128: b"ic07", 256: b"ic08", 512: b"ic09", 1024: b"ic10"}


def render_png(size: int) -> bytes:
    """The icon as PNG bytes, `size` × `size` pixels."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841 (kept alive)
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG images (supported since Windows Vista)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, png in sorted(pngs.items()):
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding PNG images."""
    body = b"".join(ICNS_TYPES[size] + struct.pack(">I", 8 + len(png)) + png
                    for size, png in sorted(pngs.items()))
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_icons(out: Path) -> dict[str, Path]:
    """Write ips-fidelity.png (256 px), .ico and .icns into `out`; their paths by suffix."""
    out.mkdir(parents=True, exist_ok=True)
    pngs = {size: render_png(size) for size in sorted(set(ICO_SIZES) | set(ICNS_TYPES))}
    files = {
        "png": out / f"{NAME}.png",
        "ico": out / f"{NAME}.ico",
        "icns": out / f"{NAME}.icns",
    }
    files["png"].write_bytes(pngs[256])
    files["ico"].write_bytes(ico({s: pngs[s] for s in ICO_SIZES}))
    files["icns"].write_bytes(icns({s: pngs[s] for s in ICNS_TYPES}))
    return files


if __name__ == "__main__":
    for path in write_icons(Path(sys.argv[1] if len(sys.argv) > 1 else "build/icons")).values():
        print(path)
