"""志愿服务记录证明 numbers: issued once per member and period, next number of the year."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from branchdesk.core.db import Database
from branchdesk.core.errors import BranchDeskError
from branchdesk.core.models import AuditEntry, VolunteerCertificate
from branchdesk.core.print_data.volunteer import certificate_form
from branchdesk.core.rules.volunteer import Period, Term
from branchdesk.core.services.volunteer import ActivityDraft, HoursLine, record_activity
from branchdesk.core.services.volunteer_certificates import certificate_rows, issue_certificate

from .volunteer_fixtures import DAY, TODAY, make_branch


@pytest.fixture
def ids(database: Database) -> dict[str, int]:
    ids = make_branch(database)
    with database.unit_of_work() as session:
        for name, day, hours in (
            ("张玥", DAY, 3),
            ("陈思", DAY, 2),
            ("张玥", dt.date(2025, 10, 9), 1),
        ):
            record_activity(
                session,
                ActivityDraft(
                    ids["branch"],
                    day,
                    "新生入学适应分享会",
                    "新生成长导航",
                    [HoursLine(ids[name], hours, 30)],
                ),
                today=TODAY,
            )
    return ids


def _issue(database: Database, member_id: int, period: Period, today: dt.date = TODAY):  # type: ignore[no-untyped-def]
    with database.unit_of_work("clerk") as session:
        return issue_certificate(session, member_id, period, today=today)


def test_a_reprint_keeps_its_number_and_a_new_one_takes_the_next(
    database: Database, ids: dict[str, int]
) -> None:
    first = _issue(database, ids["张玥"], Period.of_year(2026))
    again = _issue(database, ids["张玥"], Period.of_year(2026), TODAY + dt.timedelta(days=30))
    second = _issue(database, ids["陈思"], Period.of_year(2026))
    term = _issue(database, ids["张玥"], Period.of_term(Term(2025, 1)))
    next_year = _issue(database, ids["陈思"], Period.of_term(Term(2025, 2)), dt.date(2027, 1, 5))
    assert (first.number, first.issued_on, first.minutes) == ("ZYFW-2026-0001", TODAY, 210)
    assert again == first
    assert (second.number, term.number, next_year.number) == (
        "ZYFW-2026-0002",
        "ZYFW-2026-0003",
        "ZYFW-2027-0001",
    )
    assert first.issuer == "学前教育学院学生第一党支部" and first.name == "张玥"
    with database.reading() as session:
        assert [c.number for c in certificate_rows(session, year=2026)] == [
            "ZYFW-2026-0001",
            "ZYFW-2026-0002",
            "ZYFW-2026-0003",
        ]
        assert len(certificate_rows(session, member_id=ids["张玥"])) == 2
        assert (
            session.scalar(
                select(func.count())
                .select_from(AuditEntry)
                .where(AuditEntry.entity == "volunteer_certificates", AuditEntry.actor == "clerk")
            )
            == 4
        )


def test_nothing_is_issued_without_service_or_before_the_period(
    database: Database, ids: dict[str, int]
) -> None:
    cases = [
        (ids["艾青"], Period.of_year(2026), "艾青 has no volunteer service on file in 2026年度"),
        (ids["张玥"], Period.of_year(2027), "The period 2027年度 has not begun yet"),
        (99999, Period.of_year(2026), "no member with number 99999"),
    ]
    for member_id, period, message in cases:
        with pytest.raises(BranchDeskError, match=message), database.unit_of_work() as session:
            issue_certificate(session, member_id, period, today=TODAY)
    with database.reading() as session:
        assert session.scalar(select(func.count()).select_from(VolunteerCertificate)) == 0


def test_the_form_reads_the_period_and_masks_the_id_number(
    database: Database, ids: dict[str, int]
) -> None:
    certificate = _issue(database, ids["张玥"], Period.of_year(2026))
    with database.reading() as session:
        form = certificate_form(session, certificate.id)
    assert form.number == "ZYFW-2026-0001" and form.id_number == "4401**********1234"
    assert [line.minutes for line in form.lines] == [210]
    assert form.total_minutes == form.issued_minutes == 210 and not form.changed_since_issue
    with database.unit_of_work() as session:
        record_activity(
            session,
            ActivityDraft(
                ids["branch"],
                DAY.replace(day=9),
                "红色故事进宿舍",
                "理论宣讲",
                [HoursLine(ids["张玥"], 1, 0)],
            ),
            today=TODAY,
        )
        form = certificate_form(session, certificate.id)
    assert form.total_minutes == 270 and form.changed_since_issue
    with (
        pytest.raises(BranchDeskError, match="no volunteer certificate"),
        database.reading() as session,
    ):
        certificate_form(session, 999)
