"""The scales available to the program, found as files in one or more folders."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .scale import Scale
from .scale_file import ScaleFileError, load_scale


class UnknownScaleError(KeyError):
    def __str__(self) -> str:
        return self.args[0]


class ScaleLibrary:
    """Scales by (id, edition); a broken file is kept aside in `errors`, never fatal."""

    def __init__(self, scales: Iterable[Scale] = (), errors: Iterable[ScaleFileError] = ()):
        self._scales: dict[tuple[str, str], Scale] = {}
        for scale in scales:
            self._scales.setdefault((scale.id, scale.edition), scale)
        self.errors = list(errors)

    @classmethod
    def from_folders(cls, folders: Iterable[Path]) -> ScaleLibrary:
        scales, errors = [], []
        for folder in folders:
            for path in sorted(Path(folder).glob("*.toml")) if Path(folder).is_dir() else ():
                try:
                    scales.append(load_scale(path))
                except ScaleFileError as exc:
                    errors.append(exc)
        return cls(scales, errors)

    def all(self) -> list[Scale]:
        return sorted(self._scales.values(), key=lambda s: (s.id, s.edition))

    def get(self, scale_id: str, edition: str) -> Scale:
        try:
            return self._scales[(scale_id, edition)]
        except KeyError:
            raise UnknownScaleError(
                f"Skalan {scale_id} utgåva {edition} finns inte bland skalfilerna / "
                f"scale {scale_id} edition {edition} is not installed") from None

    def latest(self, scale_id: str = "ips25") -> Scale:
        """The newest edition of a scale (editions compare as text, e.g. 2019.1 < 2019.2)."""
        editions = [s for (sid, _), s in self._scales.items() if sid == scale_id]
        if not editions:
            raise UnknownScaleError(f"Skalan {scale_id} finns inte / scale {scale_id} not installed")
        return max(editions, key=lambda s: s.edition)
