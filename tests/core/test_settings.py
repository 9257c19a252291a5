"""Settings: branches, clerk, language and local rules are validated whole, then saved."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from branchdesk.core.db import Database
from branchdesk.core.enums import Gender, PersonType, Stage
from branchdesk.core.errors import ValidationError
from branchdesk.core.models import AuditEntry, Member
from branchdesk.core.rules.local_rules import LocalRules
from branchdesk.core.services.settings import AppSettings, BranchInfo, load_settings, save_settings

TODAY = dt.date(2026, 11, 26)


def _save(database: Database, settings: AppSettings) -> None:
    with database.unit_of_work("clerk") as session:
        save_settings(session, settings, today=TODAY)


def _load(database: Database) -> AppSettings:
    with database.reading() as session:
        return load_settings(session)


def test_an_empty_archive_has_the_documented_defaults(database: Database) -> None:
    settings = _load(database)
    assert settings.language == "zh_CN"
    assert settings.rules == LocalRules()
    assert settings.rules.study_hours_target == 32
    assert settings.branches == ()


def test_a_general_branch_with_two_branches_is_saved_and_read_back(database: Database) -> None:
    _save(
        database,
        AppSettings(
            clerk_name=" 李明 ",
            language="en",
            rules=dataclasses.replace(LocalRules(), activist_min_months_after_application=6),
            branches=(
                BranchInfo("学生第一党支部", parent_org="学前教育学院党总支"),
                BranchInfo("学生第二党支部", committee_elected_on=dt.date(2024, 5, 4)),
            ),
        ),
    )
    settings = _load(database)
    assert settings.clerk_name == "李明"
    assert settings.language == "en"
    assert settings.rules.activist_min_months_after_application == 6
    assert [b.name for b in settings.branches] == ["学生第一党支部", "学生第二党支部"]
    assert settings.branches[0].parent_org == "学前教育学院党总支"
    assert settings.branches[1].committee_elected_on == dt.date(2024, 5, 4)


def test_renaming_and_reordering_branches_keeps_their_ids(database: Database) -> None:
    _save(database, AppSettings(branches=(BranchInfo("甲支部"), BranchInfo("乙支部"))))
    first, second = _load(database).branches
    _save(
        database,
        AppSettings(
            branches=(
                dataclasses.replace(second, name="甲支部"),
                dataclasses.replace(first, name="丙支部"),
            )
        ),
    )
    renamed = _load(database).branches
    assert [(b.id, b.name) for b in renamed] == [(second.id, "甲支部"), (first.id, "丙支部")]


@pytest.mark.parametrize(
    ("settings", "field", "rule"),
    [
        (AppSettings(branches=(BranchInfo("  "),)), "branches.0.name", "branch.name_required"),
        (
            AppSettings(branches=(BranchInfo("甲"), BranchInfo("甲"))),
            "branches.1.name",
            "branch.name_unique",
        ),
        (AppSettings(branches=()), "branches", "branch.at_least_one"),
        (
            AppSettings(branches=(BranchInfo("甲", committee_term_years=9),)),
            "branches.0.committee_term_years",
            "branch.term_years",
        ),
        (
            AppSettings(
                branches=(BranchInfo("甲", committee_elected_on=TODAY + dt.timedelta(days=1)),)
            ),
            "branches.0.committee_elected_on",
            "branch.elected_future",
        ),
        (
            AppSettings(clerk_name="李" * 61, branches=(BranchInfo("甲"),)),
            "clerk_name",
            "clerk.length",
        ),
        (AppSettings(language="fr", branches=(BranchInfo("甲"),)), "language", "language.known"),
        (
            AppSettings(
                rules=dataclasses.replace(LocalRules(), activist_min_months_after_application=2),
                branches=(BranchInfo("甲"),),
            ),
            "rules.activist_min_months_after_application",
            "rules.range",
        ),
    ],
)
def test_bad_settings_name_the_field_and_save_nothing(
    database: Database, settings: AppSettings, field: str, rule: str
) -> None:
    _save(database, AppSettings(clerk_name="原书记员", branches=(BranchInfo("原支部"),)))
    with pytest.raises(ValidationError) as error:
        _save(database, settings)
    assert (error.value.field, error.value.rule) == (field, rule)
    assert error.value.message
    unchanged = _load(database)
    assert unchanged.clerk_name == "原书记员"
    assert [b.name for b in unchanged.branches] == ["原支部"]


def test_a_branch_with_members_cannot_be_removed(database: Database) -> None:
    _save(database, AppSettings(branches=(BranchInfo("甲支部"), BranchInfo("乙支部"))))
    first, second = _load(database).branches
    with database.unit_of_work("clerk") as session:
        session.add(
            Member(
                branch_id=first.id,
                name="张三",
                gender=Gender.MALE,
                person_type=PersonType.STUDENT,
                stage=Stage.FULL,
            )
        )
    with pytest.raises(ValidationError, match="甲支部") as error:
        _save(database, AppSettings(branches=(second,)))
    assert error.value.rule == "branch.in_use"
    _save(database, AppSettings(branches=(first,)))  # removing the empty one is fine
    assert [b.name for b in _load(database).branches] == ["甲支部"]


def test_saving_is_audited_with_the_clerks_name(database: Database) -> None:
    with database.unit_of_work("李明") as session:
        save_settings(session, AppSettings(branches=(BranchInfo("甲支部"),)), today=TODAY)
    with database.reading() as session:
        entities = {(e.actor, e.entity) for e in session.scalars(select(AuditEntry))}
    assert ("李明", "branches") in entities
    assert ("李明", "settings") in entities
