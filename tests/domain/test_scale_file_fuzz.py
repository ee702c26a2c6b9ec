"""A damaged scale file, whatever the damage to its bytes, gives a clear ScaleFileError, never a crash."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fidelity_app.domain.scale_file import ScaleFileError, load_scale
from tests.conftest import IPS25

_TEXT = IPS25.read_text(encoding="utf-8")
_RAW = _TEXT.encode("utf-8")
FUZZ = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _load(tmp_path_factory, raw: bytes) -> None:
    path = tmp_path_factory.mktemp("scale") / "fuzz.toml"
    path.write_bytes(raw)
    try:
        load_scale(path)
    except ScaleFileError as exc:
        assert exc.problems and all(str(p).startswith("fuzz.toml: ") for p in exc.problems)


_SNIPPETS = ["[[items]]\n", "[items.anchors.sv]\n", "=", '"', "'''", "\n[bands]\n", "{", "}", "[", "]",
             "min = -1\n", "max = 1e400\n", "x = nan\n", "id = 5\n", "\x00", "\ufeff", "\ud7ff",
             "DEEP_ARRAY", "DEEP_TABLE"]
_DEEP = {"DEEP_ARRAY": "a = " + "[" * 3000 + "]" * 3000 + "\n",
         "DEEP_TABLE": "a = " + "{b=" * 400 + "1" + "}" * 400 + "\n"}


@FUZZ
@given(start=st.integers(0, len(_TEXT)), length=st.integers(0, 400), snippet=st.sampled_from(_SNIPPETS),
       cut=st.booleans())
def test_garbled_toml_gives_a_scale_file_error(tmp_path_factory, start, length, snippet, cut):
    """Deleting a stretch of the file and/or inserting TOML syntax, NUL or deep nesting: a clear error."""
    text = _TEXT[:start] + _DEEP.get(snippet, snippet) + _TEXT[start + (length if cut else 0):]
    _load(tmp_path_factory, text.encode("utf-8"))


@FUZZ
@given(position=st.integers(0, len(_RAW) - 1), junk=st.binary(min_size=1, max_size=64))
def test_random_bytes_give_a_scale_file_error(tmp_path_factory, position, junk):
    """Random bytes written over part of the file (not UTF-8, control characters): a clear error."""
    _load(tmp_path_factory, _RAW[:position] + junk + _RAW[position + len(junk):])


@FUZZ
@given(st.binary(max_size=2000))
def test_a_file_of_pure_noise_gives_a_scale_file_error(tmp_path_factory, raw):
    """A file that is not TOML at all (an image renamed to .toml) is refused with a clear error."""
    _load(tmp_path_factory, raw)
