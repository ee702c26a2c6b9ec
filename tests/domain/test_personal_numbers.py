"""Personal identity numbers in notes are found in every written form, and only they are flagged."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fidelity_app.domain.personal_numbers import (
    PERSONNUMMER,
    SAMORDNINGSNUMMER,
    find_in_data,
    find_personal_numbers,
    mask,
)


def check_digit(nine: str) -> str:
    """The Luhn check digit Skatteverket appends to YYMMDDNNN (independent of the module)."""
    total = sum(sum(divmod(int(d) * (2 - i % 2), 10)) for i, d in enumerate(nine))
    return str((10 - total % 10) % 10)


def make_number(born: date, serial: int, *, coordination: bool = False) -> tuple[str, str]:
    """(century, ten digits YYMMDDNNNC) for a birth date and a three-digit birth number."""
    day = born.day + (60 if coordination else 0)
    nine = f"{born.year % 100:02d}{born.month:02d}{day:02d}{serial:03d}"
    return f"{born.year // 100:02d}", nine + check_digit(nine)


def written_forms(century: str, ten: str) -> list[str]:
    """Every way the number is written in Swedish records."""
    date_part, last = ten[:6], ten[6:]
    return [f"{date_part}-{last}", f"{date_part}{last}", f"{date_part}+{last}",
            f"{century}{date_part}-{last}", f"{century}{date_part}{last}"]


CONTEXTS = ["{}", "Deltagare {} har börjat arbeta.", "pnr: {}", "({})", "{}.", "\"{}\",",
            "Född {}; ringer tillbaka", "Uppgift:\n{}\n", "personnr {}!"]


def _labelled_positives() -> list[tuple[str, str, str]]:
    """(text, the number as written, kind): birth dates over a century, incl. leap days."""
    rng = random.Random(20261122)
    births = [date(1930, 1, 1) + timedelta(days=rng.randrange(36500)) for _ in range(120)]
    births += [date(2000, 2, 29), date(1988, 2, 29), date(1999, 12, 31), date(2001, 1, 1),
               date(1981, 12, 18), date(2007, 1, 23)]
    cases = []
    for n, born in enumerate(births):
        coordination = n % 3 == 0
        century, ten = make_number(born, rng.randrange(1000), coordination=coordination)
        kind = SAMORDNINGSNUMMER if coordination else PERSONNUMMER
        for form in written_forms(century, ten):
            cases.append((rng.choice(CONTEXTS).format(form), form, kind))
    return cases


POSITIVES = _labelled_positives()


def test_every_valid_number_in_every_form_is_found():
    """All valid personnummer and samordningsnummer, in all five written forms and contexts, are found."""
    missed = [(text, number) for text, number, kind in POSITIVES
              if [(m.text, m.kind) for m in find_personal_numbers(text)] != [(number, kind)]]
    assert len(POSITIVES) > 600
    assert missed == []


def test_spans_point_at_the_number():
    """The match's span covers exactly the number as written, so the window can underline it."""
    text = "Anna, 19811218-9876, arbetar på ICA."
    (match,) = find_personal_numbers(text)
    assert text[match.start:match.end] == match.text == "19811218-9876"
    assert match.span == (6, 19) and match.kind == PERSONNUMMER


def test_several_numbers_in_one_note():
    """Two numbers in one note are both found, in order."""
    text = "811218-9876 och 8112189876 samt ytterligare text"
    assert [m.text for m in find_personal_numbers(text)] == ["811218-9876", "8112189876"]


def _invalid_checksum(ten: str) -> str:
    return ten[:9] + str((int(ten[9]) + 1) % 10)


NEGATIVES = [
    # phone numbers
    "070-123 45 67", "0701234567", "+46 70 123 45 67", "08-123 456 78", "+46701234567",
    "031-7654321", "0046 70 123 45 67", "tel 0701011231", "Ring 0701011231 efter lunch",
    "mobil: 0701011231", "Telefonnr. 0701011231",
    # dates and times
    "2026-11-22", "20261122", "2026-11-22 14:05", "22/11 2026", "20261122T051000Z",
    # organisation numbers (month digits 20 or more, valid check digit) and with the 16 prefix
    "556036-0793", "5560360793", "802520-1453", "16556036-0793",
    # impossible dates with a valid check digit: month 13, 30 February, 29 February 1901, day 92
    "811318-1237", "810230-1234", "19010229-1234", "811292-1237",
    # part of a longer run of digits
    "198112189876543", "98112189876", "ärende 1234567890123",
    # other scripts' digits
    "٨١١٢١٨-٩٨٧٦",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_phone_numbers_dates_and_org_numbers_are_not_flagged(text):
    """Phone numbers, dates, organisation numbers, impossible dates and long digit runs are not flagged."""
    assert find_personal_numbers(text) == []


def test_checksum_invalid_numbers_are_not_flagged():
    """Every positive with its last digit changed (a wrong check digit) is not flagged."""
    flagged = []
    for _text, number, _kind in POSITIVES:
        wrong = number[:-1] + str((int(number[-1]) + 1) % 10)
        if find_personal_numbers(f"x {wrong} y"):
            flagged.append(wrong)
    assert flagged == []


def test_a_phone_number_that_passes_the_checks_is_flagged_without_a_phone_word():
    """0701011231 is a valid number for someone born 2007; only a phone word before it clears it."""
    assert [m.text for m in find_personal_numbers("pnr 0701011231")] == ["0701011231"]
    assert find_personal_numbers("tfn 0701011231") == []


def test_mask_keeps_the_birth_date_and_hides_the_last_four():
    """Masking turns 19811218-9876 into 19811218-XXXX and leaves the rest of the note as typed."""
    assert mask("Anna 19811218-9876, 8112189876.") == "Anna 19811218-XXXX, 811218XXXX."
    assert mask("Samordningsnr 811278-9873 ok") == "Samordningsnr 811278-XXXX ok"


def test_find_in_data_names_the_field():
    """Scanning a bundle-like structure names where each number is (for the export warning)."""
    data = {"evidence_notes": [{"text": "inget"}, {"text": "pnr 811218-9876"}], "n": 5}
    assert [(path, m.text) for path, m in find_in_data(data)] == [("evidence_notes/1/text", "811218-9876")]


_numberish = st.text(alphabet="0123456789-+ \n.XA–", max_size=60)
_mixed = st.one_of(_numberish, st.text(max_size=40),
                   st.sampled_from([p[0] for p in POSITIVES[:50]] + NEGATIVES))


@settings(max_examples=300, deadline=None)
@given(st.lists(_mixed, max_size=5).map("".join))
def test_masked_text_has_no_number_left(text):
    """Whatever the text, mask() leaves no detectable personal number, and changes nothing else."""
    masked = mask(text)
    assert find_personal_numbers(masked) == []
    assert len(masked) == len(text)
    if not find_personal_numbers(text):
        assert masked == text
