"""Identity document numbers: validation, parsing and masking (RULES.md §8).

A resident ID (公民身份号码, GB 11643-1999) is 17 digits plus a check character computed
with ISO 7064 MOD 11-2; digits 7–14 are the birth date and digit 17 gives the gender.
Passports and the Hong Kong/Macau/Taiwan permits only get a format check.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from branchdesk.core.errors import ValidationError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP

__all__ = [
    "IdType",
    "ResidentId",
    "check_digit",
    "mask_id_number",
    "parse_resident_id",
    "validate_id_number",
]


class IdType(StrEnum):
    """Kind of identity document; the value is what the database stores."""

    RESIDENT = "resident"  # 居民身份证 (GB 11643-1999)
    PASSPORT = "passport"  # 护照
    HK_MACAU = "hk_macau"  # 港澳居民来往内地通行证 / 港澳居民居住证
    TAIWAN = "taiwan"  # 台湾居民来往大陆通行证


@dataclass(frozen=True, slots=True)
class ResidentId:
    """A checked resident ID number and what it encodes."""

    number: str  # normalised: 18 characters, upper-case X
    birth_date: date
    gender: str  # "male" or "female"
    region: str  # first 6 digits, the administrative division code at issue


# Spelled out because str.isdigit(), int() and regex \d also accept full-width and other
# Unicode digits, which must be refused rather than silently converted (RULES.md §8).
_DIGITS = frozenset("0123456789")
_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"
_MIN_BIRTH_YEAR = 1900
NON_ASCII_DIGIT = QT_TRANSLATE_NOOP(
    "Validation",
    "The ID number has a non-ASCII digit {char} at position {pos}; "
    "type half-width (ASCII) digits 0–9.",
)

# The 港澳台居民居住证 carry an 18-character GB 11643 number with these region codes, so a
# holder may give that number instead of the travel permit; it gets the full resident checks.
_RESIDENCE_PERMIT_REGIONS: dict[IdType, frozenset[str]] = {
    IdType.HK_MACAU: frozenset({"810000", "820000"}),
    IdType.TAIWAN: frozenset({"830000"}),
}


def check_digit(first17: str) -> str:
    """Return the GB 11643 check character for the first 17 digits.

    Raises ValueError (a programming error, not user input) unless given 17 ASCII digits.
    """
    if len(first17) != 17 or not _DIGITS.issuperset(first17):
        raise ValueError(f"check_digit needs 17 ASCII digits, got {first17!r}")
    total = sum(w * (ord(c) - ord("0")) for w, c in zip(_WEIGHTS, first17, strict=True))
    return _CHECK_CHARS[total % 11]


def parse_resident_id(
    text: str, *, field: str = "id_number", today: date | None = None
) -> ResidentId:
    """Check a resident ID number and return its parts; raises ValidationError."""
    today = today or date.today()
    number = _screen(text, field)
    # Only the check position may hold X; upper-casing the whole text could change its
    # length for some Unicode letters (ß → SS) and shift every later position.
    if number.endswith("x"):
        number = number[:-1] + "X"

    if len(number) != 18:
        if len(number) == 15 and _DIGITS.issuperset(number):
            raise ValidationError(
                field,
                "id.length",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "This is an old 15-digit ID number; please enter the 18-digit number "
                    "from the current ID card.",
                ),
            )
        raise ValidationError(
            field,
            "id.length",
            QT_TRANSLATE_NOOP(
                "Validation", "The ID number must have 18 characters; this one has {count}."
            ),
            count=len(number),
        )

    for pos, ch in enumerate(number, start=1):
        if ch in _DIGITS or (pos == 18 and ch == "X"):
            continue
        if ch.isdigit():
            raise ValidationError(
                field, "id.ascii_digits", NON_ASCII_DIGIT, char=_show(ch), pos=pos
            )
        raise ValidationError(
            field,
            "id.ascii_digits",
            QT_TRANSLATE_NOOP(
                "Validation",
                "The ID number may contain only digits 0–9 and a final X; "
                "position {pos} has {char}.",
            ),
            char=_show(ch),
            pos=pos,
        )

    birth = _embedded_birth_date(number, field, today)

    # The check character is not revealed: a user told "it should be 7" tends to change
    # the last character and keep the real typing mistake somewhere else.
    if check_digit(number[:17]) != number[17]:
        raise ValidationError(
            field,
            "id.check_digit",
            QT_TRANSLATE_NOOP(
                "Validation",
                "The ID number's check digit (last character) is wrong; "
                "please look for a typing mistake.",
            ),
        )

    gender = "male" if int(number[16]) % 2 == 1 else "female"
    return ResidentId(number=number, birth_date=birth, gender=gender, region=number[:6])


def validate_id_number(
    text: str,
    id_type: IdType = IdType.RESIDENT,
    *,
    birth_date: date | None = None,
    field: str = "id_number",
    today: date | None = None,
) -> str:
    """Return the normalised number or raise ValidationError(field, rule, message).

    For numbers that embed a birth date, a given ``birth_date`` must equal it.
    """
    id_type = IdType(id_type)
    if id_type is IdType.RESIDENT or _is_residence_permit(text, id_type):
        parsed = parse_resident_id(text, field=field, today=today)
        if birth_date is not None and parsed.birth_date != birth_date:
            raise ValidationError(
                field,
                "id.birth_mismatch",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The birth date in the ID number ({embedded}) differs "
                    "from the birth date entered ({entered}).",
                ),
                embedded=parsed.birth_date.isoformat(),
                entered=birth_date.isoformat(),
            )
        return parsed.number

    number = _screen(text, field)
    _refuse_non_ascii_alnum(number, field)
    if id_type is IdType.PASSPORT:
        return _validate_passport(number, field)
    if id_type is IdType.HK_MACAU:
        return _validate_hk_macau(number, field)
    return _validate_taiwan(number, field)


def mask_id_number(number: str) -> str:
    """Hide the middle of a number for lists and rosters (RULES.md §8, PIPL).

    Keeps the first 6 (resident-shaped, 18 characters) or first 2 characters and the last 4;
    a number too short for that shows only its last half, so something is always hidden.
    """
    if not number:
        return ""
    head = 6 if _looks_resident(number) else 2
    tail = 4
    if head + tail >= len(number):
        head, tail = 0, len(number) // 2
    return number[:head] + "*" * (len(number) - head - tail) + number[len(number) - tail :]


# --- helpers -------------------------------------------------------------------------------


def _screen(text: str, field: str) -> str:
    """Checks shared by every ID type: required, no full-width characters, no inner spaces."""
    number = text.strip()
    if not number:
        raise ValidationError(
            field, "id.required", QT_TRANSLATE_NOOP("Validation", "Please enter the ID number.")
        )
    for pos, ch in enumerate(number, start=1):
        # U+FF01..U+FF5E are the full-width forms of ASCII, typed when a Chinese input
        # method is in full-width mode; refused, never converted (RULES.md §8).
        if "\uff01" <= ch <= "\uff5e":
            raise ValidationError(
                field,
                "id.fullwidth",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The ID number has a full-width character {char} at position {pos}; "
                    "full-width digits are not allowed, please type half-width (ASCII) digits "
                    "and letters.",
                ),
                char=_show(ch),
                pos=pos,
            )
    if any(ch.isspace() for ch in number):
        raise ValidationError(
            field,
            "id.format",
            QT_TRANSLATE_NOOP("Validation", "The ID number must not contain spaces."),
        )
    return number


def _embedded_birth_date(number: str, field: str, today: date) -> date:
    """Return the birth date in digits 7–14; it must be real, from 1900, not in the future."""
    year, month, day = int(number[6:10]), int(number[10:12]), int(number[12:14])
    shown = f"{number[6:10]}-{number[10:12]}-{number[12:14]}"
    try:
        birth = date(year, month, day)
    except ValueError:
        raise ValidationError(
            field,
            "id.birth_date",
            QT_TRANSLATE_NOOP(
                "Validation", "The birth date in the ID number ({date}) is not a real date."
            ),
            date=shown,
        ) from None
    if year < _MIN_BIRTH_YEAR:
        raise ValidationError(
            field,
            "id.birth_date",
            QT_TRANSLATE_NOOP(
                "Validation", "The birth date in the ID number ({date}) is before {year}."
            ),
            date=shown,
            year=_MIN_BIRTH_YEAR,
        )
    if birth > today:
        raise ValidationError(
            field,
            "id.birth_date",
            QT_TRANSLATE_NOOP(
                "Validation", "The birth date in the ID number ({date}) is in the future."
            ),
            date=shown,
        )
    return birth


def _is_residence_permit(text: str, id_type: IdType) -> bool:
    """True when a 港澳台 number has the 18-character residence-permit shape."""
    number = text.strip()
    return len(number) == 18 and number[:6] in _RESIDENCE_PERMIT_REGIONS.get(id_type, ())


def _refuse_non_ascii_alnum(number: str, field: str) -> None:
    """Non-resident numbers use only ASCII letters and digits."""
    for pos, ch in enumerate(number, start=1):
        if ch in _DIGITS or ch in _LETTERS:
            continue
        if ch.isdigit():
            raise ValidationError(
                field, "id.ascii_digits", NON_ASCII_DIGIT, char=_show(ch), pos=pos
            )
        raise ValidationError(
            field,
            "id.format",
            QT_TRANSLATE_NOOP(
                "Validation",
                "The ID number may contain only letters A–Z and digits 0–9; "
                "position {pos} has {char}.",
            ),
            char=_show(ch),
            pos=pos,
        )


def _validate_passport(number: str, field: str) -> str:
    """Passport: 5–17 ASCII letters or digits, stored upper-case."""
    if not 5 <= len(number) <= 17:
        raise ValidationError(
            field,
            "id.length",
            QT_TRANSLATE_NOOP(
                "Validation",
                "A passport number has 5 to 17 letters or digits; this one has {count}.",
            ),
            count=len(number),
        )
    return number.upper()  # safe: only ASCII letters and digits are left


def _validate_hk_macau(number: str, field: str) -> str:
    """港澳居民来往内地通行证: H or M followed by 8 or 10 digits."""
    number = number.upper()
    if number[0] not in "HM" or not _DIGITS.issuperset(number[1:]):
        raise ValidationError(
            field,
            "id.format",
            QT_TRANSLATE_NOOP(
                "Validation",
                "A Hong Kong/Macau permit number is H or M followed by 8 or 10 digits.",
            ),
        )
    if len(number) - 1 not in (8, 10):
        raise ValidationError(
            field,
            "id.length",
            QT_TRANSLATE_NOOP(
                "Validation",
                "A Hong Kong/Macau permit number has 8 or 10 digits after the letter; "
                "this one has {count}.",
            ),
            count=len(number) - 1,
        )
    return number


def _validate_taiwan(number: str, field: str) -> str:
    """台湾居民来往大陆通行证: 8 digits, or a letter followed by 9 digits."""
    number = number.upper()
    if _DIGITS.issuperset(number) and len(number) == 8:
        return number
    if len(number) == 10 and number[0] in _LETTERS and _DIGITS.issuperset(number[1:]):
        return number
    raise ValidationError(
        field,
        "id.format",
        QT_TRANSLATE_NOOP(
            "Validation", "A Taiwan permit number is 8 digits, or a letter followed by 9 digits."
        ),
    )


def _looks_resident(number: str) -> bool:
    """An 18-character GB 11643 shape: 17 ASCII digits and a digit or X."""
    return (
        len(number) == 18
        and _DIGITS.issuperset(number[:17])
        and (number[17] in _DIGITS or number[17] in "Xx")
    )


def _show(ch: str) -> str:
    """Quote a character for a message; invisible ones by code point."""
    return f'"{ch}"' if ch.isprintable() else f"U+{ord(ch):04X}"
