"""Reading single roster cells: text, ID numbers, gender and stage labels (pure functions)."""

from __future__ import annotations

import datetime as dt

from branchdesk.core.enums import Gender, Stage
from branchdesk.core.errors import ValidationError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.rules.idnumber import validate_id_number

__all__ = [
    "STAGE_EXPORT_LABELS",
    "STAGE_LABELS",
    "cell_text",
    "read_gender",
    "read_id_number",
    "read_stage",
]

STAGE_LABELS: dict[str, Stage] = {
    "入党申请人": Stage.APPLICANT,
    "申请人": Stage.APPLICANT,
    "入党积极分子": Stage.ACTIVIST,
    "积极分子": Stage.ACTIVIST,
    "发展对象": Stage.CANDIDATE,
    "预备党员": Stage.PROBATIONARY,
    "中共预备党员": Stage.PROBATIONARY,
    "正式党员": Stage.FULL,
    "中共党员": Stage.FULL,
    "党员": Stage.FULL,
}
# The labels the exporter writes (RULES.md §1), all read back by STAGE_LABELS.
STAGE_EXPORT_LABELS: dict[Stage, str] = {
    Stage.APPLICANT: "入党申请人",
    Stage.ACTIVIST: "入党积极分子",
    Stage.CANDIDATE: "发展对象",
    Stage.PROBATIONARY: "预备党员",
    Stage.FULL: "正式党员",
}
GENDER_LABELS: dict[str, Gender] = {
    "男": Gender.MALE,
    "女": Gender.FEMALE,
    "male": Gender.MALE,
    "female": Gender.FEMALE,
}


def cell_text(value: object) -> str:
    """Cell text as typed; whole numbers lose Excel's ".0". Never NFKC: data stays as entered."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return str(value).strip()


def read_id_number(value: object, *, birth_date: dt.date | None, today: dt.date) -> str:
    """A checked resident ID number, "" for an empty cell; raises ValidationError."""
    if isinstance(value, int | float):
        # Excel keeps 15 significant digits: an ID typed into a number cell is damaged.
        raise ValidationError(
            "id_number",
            "id.numeric_cell",
            QT_TRANSLATE_NOOP(
                "Validation",
                "The ID number is stored as a number, so Excel has lost its last digits; "
                "format the column as text and type the number again.",
            ),
        )
    text = cell_text(value)
    if "*" in text:
        raise ValidationError(
            "id_number",
            "id.masked",
            QT_TRANSLATE_NOOP(
                "Validation",
                "The ID number is masked ({value}); import a list exported with full ID numbers.",
            ),
            value=text,
        )
    if not text:
        return ""
    return validate_id_number(text, birth_date=birth_date, today=today)


def read_gender(value: object) -> Gender | None:
    text = cell_text(value)
    if not text:
        return None
    gender = GENDER_LABELS.get(text.lower())
    if gender is None:
        raise ValidationError(
            "gender",
            "gender.format",
            QT_TRANSLATE_NOOP("Validation", "The gender {value} is not 男 or 女."),
            value=text,
        )
    return gender


def read_stage(value: object) -> Stage | None:
    text = cell_text(value)
    if not text:
        return None
    stage = STAGE_LABELS.get(text.replace(" ", ""))
    if stage is None:
        raise ValidationError(
            "stage",
            "stage.format",
            QT_TRANSLATE_NOOP(
                "Validation",
                "{value} is not a stage; use 入党申请人, 入党积极分子, 发展对象, 预备党员 "
                "or 正式党员.",
            ),
            value=text,
        )
    return stage
