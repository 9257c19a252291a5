"""Core's validation messages, shown in the reader's language with their values."""

from __future__ import annotations

import datetime as dt

import pytest

from branchdesk.core.errors import ValidationError
from branchdesk.core.rules.idnumber import validate_id_number
from branchdesk.core.rules.local_rules import validate_rules
from branchdesk.core.services.settings import AppSettings, BranchInfo, save_settings
from branchdesk.ui.validation import validation_message

TODAY = dt.date(2026, 5, 12)


def core_error(database, settings: AppSettings) -> ValidationError:
    with pytest.raises(ValidationError) as caught, database.unit_of_work("test") as session:
        save_settings(session, settings, today=TODAY)
    return caught.value


def test_without_a_translator_the_english_source_is_shown(database, install_language):
    install_language("en")
    error = core_error(
        database, AppSettings(branches=(BranchInfo(name="甲"), BranchInfo(name="甲")))
    )
    assert validation_message(error) == error.message == "The branch name 甲 is used twice."


def test_messages_are_translated_with_their_values(database, install_language):
    install_language("zh_CN")
    unique = core_error(
        database, AppSettings(branches=(BranchInfo(name="甲"), BranchInfo(name="甲")))
    )
    assert validation_message(unique) == "支部名称“甲”重复了。"
    with pytest.raises(ValidationError) as caught:
        validate_rules({"study_hours_target": 0})
    assert validation_message(caught.value) == "此项须为 1 至 200 之间的整数。"


def test_id_number_messages_are_chinese_and_dates_are_localized(install_language):
    install_language("zh_CN")
    with pytest.raises(ValidationError) as caught:
        validate_id_number("11010519491231002X", birth_date=dt.date(1949, 12, 30))
    text = validation_message(caught.value)
    assert "1949年12月31日" in text
    assert "1949年12月30日" in text
    with pytest.raises(ValidationError) as caught:
        validate_id_number("１１０１０５１９４９１２３１００２X")
    assert "全角" in validation_message(caught.value)
