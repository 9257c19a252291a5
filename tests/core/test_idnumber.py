"""ID number rules (RULES.md §8): what the clerk types, what is accepted, what is refused."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from branchdesk.core.errors import ValidationError
from branchdesk.core.rules.idnumber import (
    IdType,
    ResidentId,
    check_digit,
    mask_id_number,
    parse_resident_id,
    validate_id_number,
)

TODAY = date(2026, 5, 1)  # fixed so "in the future" never depends on the test machine's clock
VALID = "11010519491231002X"  # the worked example of GB 11643-1999
DIGITS = "0123456789"
RULES = {
    "id.length",
    "id.ascii_digits",
    "id.fullwidth",
    "id.birth_date",
    "id.check_digit",
    "id.birth_mismatch",
    "id.format",
    "id.required",
}
FAST = settings(max_examples=200, deadline=None, database=None)  # no example files written


def with_check(first17: str) -> str:
    """A number whose check character is right, so only the rule under test can fire."""
    return first17 + check_digit(first17)


def to_fullwidth(ch: str) -> str:
    """The full-width form a Chinese input method in full-width mode types for ``ch``."""
    return chr(ord(ch) + 0xFEE0)


# --- check digit -------------------------------------------------------------------------


def test_check_digit_reproduces_the_standards_example():
    assert check_digit("11010519491231002") == "X"


@pytest.mark.parametrize(
    ("first17", "expected"),
    [("11010519900307123", "9"), ("11010520000229456", "7"), ("44052418800101001", "4")],
)
def test_check_digit_of_other_numbers(first17, expected):
    assert check_digit(first17) == expected


@pytest.mark.parametrize(
    "bad",
    [
        "1101051949123100",
        "110105194912310021",
        "１１０１０５１９４９１２３１００２",
        "1101051949123100A",
    ],
)
def test_check_digit_refuses_anything_but_17_ascii_digits(bad):
    with pytest.raises(ValueError, match="17 ASCII digits"):
        check_digit(bad)


# --- valid resident IDs --------------------------------------------------------------------


def test_the_standards_example_parses_into_its_parts():
    assert parse_resident_id(VALID, today=TODAY) == ResidentId(
        number=VALID, birth_date=date(1949, 12, 31), gender="female", region="110105"
    )


def test_an_odd_17th_digit_means_male():
    parsed = parse_resident_id("110105199003071239", today=TODAY)
    assert (parsed.gender, parsed.birth_date) == ("male", date(1990, 3, 7))


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        (VALID, VALID),
        ("11010519491231002x", VALID),  # lower-case x is accepted and stored upper-case
        ("  11010519491231002X\t\n", VALID),  # pasted with surrounding whitespace
        ("110105200002294567", "110105200002294567"),  # 29 February of a leap year
        (with_check("11010519000101001"), with_check("11010519000101001")),  # first allowed year
        (with_check("11010520260501001"), with_check("11010520260501001")),  # born today
    ],
)
def test_valid_resident_ids_are_returned_normalised(typed, stored):
    assert validate_id_number(typed, today=TODAY) == stored


def test_a_matching_birth_date_field_is_accepted():
    assert validate_id_number(VALID, birth_date=date(1949, 12, 31), today=TODAY) == VALID


def test_a_custom_field_name_is_reported():
    with pytest.raises(ValidationError) as caught:
        validate_id_number("123", field="spouse_id", today=TODAY)
    assert caught.value.field == "spouse_id"


# --- refused input: every rule and its message -------------------------------------------

ERROR_CASES: list[tuple[str, str, IdType, dict[str, Any], str, tuple[str, ...]]] = [
    # (case id, typed, id type, extra kwargs, rule, message fragments)
    ("empty", "", IdType.RESIDENT, {}, "id.required", ("enter the ID number",)),
    ("only spaces", "   ", IdType.RESIDENT, {}, "id.required", ("enter the ID number",)),
    (
        "17 characters",
        VALID[:17],
        IdType.RESIDENT,
        {},
        "id.length",
        ("The ID number must have 18 characters; this one has 17.",),
    ),
    ("19 characters", VALID + "1", IdType.RESIDENT, {}, "id.length", ("this one has 19",)),
    (
        "old 15-digit ID",
        "110105491231002",
        IdType.RESIDENT,
        {},
        "id.length",
        ("old 15-digit", "18-digit"),
    ),
    ("inner space", "110105 19491231002X", IdType.RESIDENT, {}, "id.format", ("spaces",)),
    (
        "full-width digits",
        "".join(to_fullwidth(c) for c in VALID),
        IdType.RESIDENT,
        {},
        "id.fullwidth",
        ("full-width digits are not allowed", "half-width (ASCII)"),
    ),
    (
        "one full-width digit",
        VALID[:5] + "６" + VALID[6:],
        IdType.RESIDENT,
        {},
        "id.fullwidth",
        ('"６" at position 6', "full-width digits are not allowed"),
    ),
    (
        "full-width X",
        VALID[:17] + "Ｘ",
        IdType.RESIDENT,
        {},
        "id.fullwidth",
        ("full-width",),
    ),
    (
        "Arabic-Indic digit",
        VALID[:3] + "\u0663" + VALID[4:],
        IdType.RESIDENT,
        {},
        "id.ascii_digits",
        ("position 4", "half-width (ASCII) digits"),
    ),
    (
        "letter inside",
        "1101051949123100AX",
        IdType.RESIDENT,
        {},
        "id.ascii_digits",
        ("only digits 0–9 and a final X", "position 17"),
    ),
    (
        "X not at the end",
        "X10105194912310021",
        IdType.RESIDENT,
        {},
        "id.ascii_digits",
        ("position 1",),
    ),
    (
        "month 13",
        with_check("11010519901301001"),
        IdType.RESIDENT,
        {},
        "id.birth_date",
        ("1990-13-01", "not a real date"),
    ),
    (
        "30 February",
        with_check("11010520000230001"),
        IdType.RESIDENT,
        {},
        "id.birth_date",
        ("2000-02-30", "not a real date"),
    ),
    (
        "29 February 1900",
        with_check("11010519000229001"),
        IdType.RESIDENT,
        {},
        "id.birth_date",
        ("not a real date",),
    ),
    (
        "day 00",
        with_check("11010519900100001"),
        IdType.RESIDENT,
        {},
        "id.birth_date",
        ("not a real date",),
    ),
    (
        "before 1900",
        "440524188001010014",
        IdType.RESIDENT,
        {},
        "id.birth_date",
        ("1880-01-01", "before 1900"),
    ),
    (
        "tomorrow",
        with_check("11010520260502001"),
        IdType.RESIDENT,
        {},
        "id.birth_date",
        ("2026-05-02", "in the future"),
    ),
    (
        "wrong check character",
        VALID[:17] + "1",
        IdType.RESIDENT,
        {},
        "id.check_digit",
        ("check digit", "typing mistake"),
    ),
    (
        "two digits swapped",
        "11010591491231002X",
        IdType.RESIDENT,
        {},
        "id.birth_date",
        ("9149-12-31",),
    ),
    (
        "birth date field differs",
        VALID,
        IdType.RESIDENT,
        {"birth_date": date(1950, 1, 1)},
        "id.birth_mismatch",
        ("1949-12-31", "1950-01-01"),
    ),
    # passports
    ("passport empty", "", IdType.PASSPORT, {}, "id.required", ("enter the ID number",)),
    ("passport too short", "E123", IdType.PASSPORT, {}, "id.length", ("5 to 17", "has 4")),
    ("passport too long", "E" * 18, IdType.PASSPORT, {}, "id.length", ("has 18",)),
    ("passport hyphen", "E12-34567", IdType.PASSPORT, {}, "id.format", ('"-"', "position 4")),
    ("passport inner space", "E12 34567", IdType.PASSPORT, {}, "id.format", ("spaces",)),
    (
        "passport full-width",
        "Ｅ12345678",
        IdType.PASSPORT,
        {},
        "id.fullwidth",
        ("full-width",),
    ),
    (
        "passport Chinese letter",
        "E1234567中",
        IdType.PASSPORT,
        {},
        "id.format",
        ("letters A–Z and digits 0–9",),
    ),
    (
        "passport Devanagari digit",
        "E1234567\u0967",
        IdType.PASSPORT,
        {},
        "id.ascii_digits",
        ("half-width (ASCII) digits",),
    ),
    # Hong Kong / Macau
    ("HK 7 digits", "H1234567", IdType.HK_MACAU, {}, "id.length", ("8 or 10", "has 7")),
    ("HK 9 digits", "M123456789", IdType.HK_MACAU, {}, "id.length", ("has 9",)),
    ("HK wrong letter", "X12345678", IdType.HK_MACAU, {}, "id.format", ("H or M",)),
    ("HK letter at end", "H1234567A", IdType.HK_MACAU, {}, "id.format", ("H or M",)),
    ("HK full-width", "Ｈ12345678", IdType.HK_MACAU, {}, "id.fullwidth", ("full-width",)),
    (
        "HK residence permit wrong check",
        "810000198001010015",
        IdType.HK_MACAU,
        {},
        "id.check_digit",
        ("check digit",),
    ),
    (
        "HK residence permit birth differs",
        "810000198001010014",
        IdType.HK_MACAU,
        {"birth_date": date(1980, 1, 2)},
        "id.birth_mismatch",
        ("1980-01-01", "1980-01-02"),
    ),
    # Taiwan
    ("Taiwan 7 digits", "1234567", IdType.TAIWAN, {}, "id.format", ("8 digits",)),
    ("Taiwan letter + 8", "A12345678", IdType.TAIWAN, {}, "id.format", ("letter followed by 9",)),
    ("Taiwan full-width", "１２３４５６７８", IdType.TAIWAN, {}, "id.fullwidth", ("full-width",)),
]


@pytest.mark.parametrize(
    ("typed", "id_type", "kwargs", "rule", "fragments"),
    [pytest.param(*case[1:], id=case[0]) for case in ERROR_CASES],
)
def test_refused_numbers_name_the_field_rule_and_reason(typed, id_type, kwargs, rule, fragments):
    with pytest.raises(ValidationError) as caught:
        validate_id_number(typed, id_type, field="id_number", today=TODAY, **kwargs)
    error = caught.value
    assert (error.field, error.rule) == ("id_number", rule)
    for fragment in fragments:
        assert fragment in error.message
    assert error.message.endswith(".")


def test_parse_resident_id_raises_the_same_errors():
    with pytest.raises(ValidationError) as caught:
        parse_resident_id("１" * 18, field="member_id", today=TODAY)
    assert (caught.value.field, caught.value.rule) == ("member_id", "id.fullwidth")


# --- other ID types that pass --------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "id_type", "stored"),
    [
        (" e12345678 ", IdType.PASSPORT, "E12345678"),
        ("G1234", IdType.PASSPORT, "G1234"),
        ("A" * 17, IdType.PASSPORT, "A" * 17),
        ("h12345678", IdType.HK_MACAU, "H12345678"),
        ("M1234567890", IdType.HK_MACAU, "M1234567890"),
        ("810000198001010014", IdType.HK_MACAU, "810000198001010014"),  # 港澳居民居住证
        ("12345678", IdType.TAIWAN, "12345678"),
        ("a123456789", IdType.TAIWAN, "A123456789"),
        (with_check("83000019800101001"), IdType.TAIWAN, with_check("83000019800101001")),
    ],
)
def test_other_id_types_are_returned_normalised(typed, id_type, stored):
    assert validate_id_number(typed, id_type, today=TODAY) == stored


def test_the_stored_string_works_as_the_id_type():
    assert validate_id_number("e1234567", "passport") == "E1234567"  # type: ignore[arg-type]


def test_a_birth_date_field_does_not_apply_to_passports():
    assert validate_id_number("E12345678", IdType.PASSPORT, birth_date=date(2000, 1, 1)) == (
        "E12345678"
    )


def test_id_types_store_as_short_strings():
    assert [t.value for t in IdType] == ["resident", "passport", "hk_macau", "taiwan"]


# --- masking ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "masked"),
    [
        (VALID, "110105********002X"),
        ("E12345678", "E1***5678"),
        ("M1234567890", "M1*****7890"),
        ("G1234", "***34"),  # too short for 2 + 4: only the last half shows
        ("", ""),
    ],
)
def test_masking_for_lists_and_rosters(number, masked):
    assert mask_id_number(number) == masked


# --- properties ------------------------------------------------------------------------------


@st.composite
def valid_resident_ids(draw: st.DrawFn) -> tuple[str, date]:
    """A random valid number (real date from 1900 to TODAY, right check char) and its date."""
    region = draw(st.text(alphabet=DIGITS, min_size=6, max_size=6))
    birth = draw(st.dates(min_value=date(1900, 1, 1), max_value=TODAY))
    sequence = draw(st.text(alphabet=DIGITS, min_size=3, max_size=3))
    return with_check(region + birth.strftime("%Y%m%d") + sequence), birth


ID_LIKE_TEXT = st.text(alphabet="0123456789Xx０１Ｘ \u0663HMEa-", max_size=20)


@FAST
@given(
    typed=st.one_of(st.text(), ID_LIKE_TEXT, valid_resident_ids().map(lambda v: v[0])),
    id_type=st.sampled_from(IdType),
    birth_date=st.one_of(st.none(), st.dates()),
)
def test_any_text_is_either_accepted_or_refused_never_a_crash(typed, id_type, birth_date):
    outcome: str | ValidationError
    try:
        outcome = validate_id_number(typed, id_type, birth_date=birth_date, today=TODAY)
    except ValidationError as error:
        outcome = error
    if isinstance(outcome, ValidationError):
        assert outcome.field == "id_number"
        assert outcome.rule in RULES
        assert outcome.message
    else:
        assert isinstance(outcome, str)
        assert outcome == outcome.strip()
        assert outcome.isascii()


@FAST
@given(valid_resident_ids())
def test_every_single_character_change_of_a_valid_number_is_caught(valid):
    number, birth = valid
    parsed = parse_resident_id(number, today=TODAY)
    assert (parsed.number, parsed.birth_date) == (number, birth)
    accepted = []  # collected rather than one pytest.raises per change: 163 changes per example
    for pos in range(18):
        allowed = DIGITS + "X" if pos == 17 else DIGITS
        for ch in allowed.replace(number[pos], ""):
            changed = number[:pos] + ch + number[pos + 1 :]
            try:
                validate_id_number(changed, today=TODAY)
            except ValidationError:
                continue
            accepted.append(changed)
    assert accepted == []


@FAST
@given(valid_resident_ids(), st.data())
def test_a_full_width_character_anywhere_is_refused_as_full_width(valid, data):
    number, _ = valid
    positions = data.draw(st.sets(st.integers(0, 17), min_size=1))
    typed = "".join(to_fullwidth(c) if i in positions else c for i, c in enumerate(number))
    with pytest.raises(ValidationError) as caught:
        validate_id_number(typed, today=TODAY)
    assert caught.value.rule == "id.fullwidth"


@FAST
@given(
    st.sampled_from(
        [
            ("E12345678", IdType.PASSPORT),
            ("H12345678", IdType.HK_MACAU),
            ("12345678", IdType.TAIWAN),
        ]
    ),
    st.data(),
)
def test_other_id_types_refuse_full_width_characters_too(valid, data):
    number, id_type = valid
    pos = data.draw(st.integers(0, len(number) - 1))
    typed = number[:pos] + to_fullwidth(number[pos]) + number[pos + 1 :]
    with pytest.raises(ValidationError) as caught:
        validate_id_number(typed, id_type, today=TODAY)
    assert caught.value.rule == "id.fullwidth"


@FAST
@given(st.one_of(st.text(), valid_resident_ids().map(lambda v: v[0])))
def test_masking_keeps_the_length_and_hides_all_but_the_kept_characters(number):
    masked = mask_id_number(number)
    assert len(masked) == len(number)
    assert all(m in ("*", n) for m, n in zip(masked, number, strict=True))
    shown = sum(m != "*" for m in masked)
    assert shown <= 10  # at most the first 6 and the last 4
    if number:
        assert shown < len(number)  # something is always hidden
    if len(number) <= 6:  # too short for first 2 + last 4: only the last half shows
        assert shown <= len(number) // 2
    if len(number) == 18 and number[:17].isascii() and number[:17].isdecimal():
        assert masked[6:14] == "*" * 8  # the birth date is never shown
