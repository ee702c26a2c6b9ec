"""Finding and masking Swedish personal identity numbers (personnummer, samordningsnummer) in text.

A candidate is 10 or 12 digits, optionally with "-" or "+" (or an en dash) before the last four,
not part of a longer run of digits. It counts only when the date is a real calendar date
(samordningsnummer: day + 60) and the Luhn check digit is right, so dates, phone numbers and
organisation numbers (month digits 20 or more) are not flagged.

Masking keeps the date of birth and the separator and replaces the last four digits with
"XXXX" ("19811218-9876" → "19811218-XXXX", "8112189876" → "811218XXXX"): the note still
reads naturally and the person can no longer be identified from the number alone.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

PERSONNUMMER = "personnummer"
SAMORDNINGSNUMMER = "samordningsnummer"
MASK = "XXXX"

# [0-9] rather than \d: other scripts' digits are not personal numbers.
_CANDIDATE = re.compile(
    r"(?<![0-9])(?P<century>[0-9]{2})?(?P<date>[0-9]{6})(?P<sep>[-+\u2013]?)(?P<serial>[0-9]{4})(?![0-9])")
# A ten-digit run straight after one of these words is read as a phone number: a mobile
# number 070… can otherwise pass both the date and the checksum test (about one in twenty do).
_PHONE_WORDS = re.compile(r"(?:tel|tfn|telefon\w*|mobil\w*|mob|ring\w*|sms|phone)[\s.:]*(?:nr[\s.:]*)?$",
                          re.IGNORECASE)


@dataclass(frozen=True)
class Match:
    """One personal number found in a text: its position, the text as written, and its kind."""

    start: int
    end: int
    text: str
    kind: str  # PERSONNUMMER or SAMORDNINGSNUMMER

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end

    @property
    def masked(self) -> str:
        return self.text[:-4] + MASK


def luhn_valid(digits: str) -> bool:
    """The Luhn check used by personnummer, over the ten digits YYMMDDNNNC."""
    total = 0
    for position, char in enumerate(digits):
        value = int(char) * (2 if position % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def _valid_date(century: str | None, date: str) -> str | None:
    """The kind of number the date part makes, or None when it is no calendar date."""
    year, month, day = int(date[:2]), int(date[2:4]), int(date[4:])
    kind = PERSONNUMMER
    if day > 60:
        day -= 60
        kind = SAMORDNINGSNUMMER
    if not 1 <= month <= 12 or day < 1:
        return None
    if century is None:
        # Without the century, 29 February is possible when any century makes a leap year.
        leap = year % 4 == 0
    else:
        if century not in ("18", "19", "20"):
            return None
        leap = calendar.isleap(int(century) * 100 + year)
    days = 29 if month == 2 and leap else calendar.monthrange(2001, month)[1]
    return kind if day <= days else None


def find_personal_numbers(text: str) -> list[Match]:
    """Every checksum-valid personnummer and samordningsnummer in `text`, in order."""
    found = []
    for candidate in _CANDIDATE.finditer(text):
        kind = _valid_date(candidate["century"], candidate["date"])
        if kind is None or not luhn_valid(candidate["date"] + candidate["serial"]):
            continue
        if (candidate["century"] is None and not candidate["sep"]
                and _PHONE_WORDS.search(text[max(0, candidate.start() - 30):candidate.start()])):
            continue
        found.append(Match(candidate.start(), candidate.end(), candidate.group(), kind))
    return found


def contains_personal_number(text: str) -> bool:
    return bool(find_personal_numbers(text))


def mask(text: str) -> str:
    """`text` with the last four digits of every personal number replaced by XXXX."""
    # Repeat: masking one number can end the digit run that hid another (rare, but cheap).
    while matches := find_personal_numbers(text):
        for match in reversed(matches):
            text = text[:match.start] + match.masked + text[match.end:]
    return text


def find_in_data(value: Any, path: str = "") -> Iterator[tuple[str, Match]]:
    """Personal numbers anywhere in nested dicts/lists of text (an export bundle, report data),
    with the path of each ("evidence_notes/3/text")."""
    if isinstance(value, str):
        for match in find_personal_numbers(value):
            yield path, match
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from find_in_data(item, f"{path}/{key}" if path else str(key))
    elif isinstance(value, (list, tuple)):
        for n, item in enumerate(value):
            yield from find_in_data(item, f"{path}/{n}" if path else str(n))
