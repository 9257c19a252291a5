"""志愿服务记录证明: issue a numbered certificate once per member and period (RULES.md §6).

The branch is usually not a registered volunteer organisation, so its certificate is an
internal, numbered service record ready for the seal (民发〔2015〕149号). The register keeps
each issued number: printing the same member and period again shows the same number and issue
date; a new one takes the next number of the year of issue (core/rules/volunteer.py). The
caller owns the unit of work (issuing writes, and is audited).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from branchdesk.core.errors import BranchDeskError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.models import (
    Branch,
    Member,
    VolunteerActivity,
    VolunteerCertificate,
    VolunteerHours,
)
from branchdesk.core.rules.volunteer import Period, certificate_number


@dataclass(frozen=True)
class CertificateRow:
    """One issued certificate as the register lists it."""

    id: int
    number: str
    year: int  # of issue
    sequence_no: int
    member_id: int
    name: str
    period: Period
    issued_on: dt.date
    issuer: str
    minutes: int  # certified at issue


def _row(certificate: VolunteerCertificate, name: str) -> CertificateRow:
    return CertificateRow(
        id=certificate.id,
        number=certificate.number,
        year=certificate.year,
        sequence_no=certificate.sequence_no,
        member_id=certificate.member_id,
        name=name,
        period=Period(certificate.period_start, certificate.period_end),
        issued_on=certificate.issued_on,
        issuer=certificate.issuer,
        minutes=certificate.minutes,
    )


def served_minutes(session: Session, member_id: int, period: Period) -> int:
    """A person's service time in ``period``, every branch's activities included."""
    total = session.scalar(
        select(func.sum(VolunteerHours.minutes))
        .join(VolunteerActivity, VolunteerHours.activity_id == VolunteerActivity.id)
        .where(
            VolunteerHours.member_id == member_id,
            VolunteerActivity.held_on.between(period.start, period.end),
        )
    )
    return total or 0


def find_certificate(session: Session, member_id: int, period: Period) -> CertificateRow | None:
    """The certificate already issued for this member and period, if any."""
    found = session.execute(
        select(VolunteerCertificate, Member.name)
        .join(Member, VolunteerCertificate.member_id == Member.id)
        .where(
            VolunteerCertificate.member_id == member_id,
            VolunteerCertificate.period_start == period.start,
            VolunteerCertificate.period_end == period.end,
        )
    ).one_or_none()
    return None if found is None else _row(*found)


def issue_certificate(
    session: Session, member_id: int, period: Period, *, today: dt.date
) -> CertificateRow:
    """The certificate of ``member_id`` for ``period``: the stored one when it was issued
    before (a reprint keeps its number), else a new one numbered next in ``today``'s year.

    Raises BranchDeskError for an unknown member, a period that has not begun, or a period
    without service.
    """
    person = session.execute(
        select(Member.name, Branch.name)
        .join(Branch, Member.branch_id == Branch.id)
        .where(Member.id == member_id)
    ).one_or_none()
    if person is None:
        raise BranchDeskError(
            QT_TRANSLATE_NOOP("Errors", "There is no member with number {id}."), id=member_id
        )
    existing = find_certificate(session, member_id, period)
    if existing is not None:
        return existing
    if period.start > today:
        raise BranchDeskError(
            QT_TRANSLATE_NOOP("Errors", "The period {period} has not begun yet."),
            period=period.label,
        )
    minutes = served_minutes(session, member_id, period)
    if minutes == 0:
        raise BranchDeskError(
            QT_TRANSLATE_NOOP("Errors", "{name} has no volunteer service on file in {period}."),
            name=person[0],
            period=period.label,
        )
    year = today.year
    sequence_no = (
        session.scalar(
            select(func.max(VolunteerCertificate.sequence_no)).where(
                VolunteerCertificate.year == year
            )
        )
        or 0
    ) + 1
    certificate = VolunteerCertificate(
        member_id=member_id,
        period_start=period.start,
        period_end=period.end,
        year=year,
        sequence_no=sequence_no,
        number=certificate_number(year, sequence_no),
        issued_on=today,
        issuer=person[1],
        minutes=minutes,
    )
    session.add(certificate)
    session.flush()
    return _row(certificate, person[0])


def certificate_rows(
    session: Session, *, year: int | None = None, member_id: int | None = None
) -> list[CertificateRow]:
    """The register: issued certificates (of a year of issue, of a member), by number."""
    query = (
        select(VolunteerCertificate, Member.name)
        .join(Member, VolunteerCertificate.member_id == Member.id)
        .order_by(VolunteerCertificate.year, VolunteerCertificate.sequence_no)
    )
    if year is not None:
        query = query.where(VolunteerCertificate.year == year)
    if member_id is not None:
        query = query.where(VolunteerCertificate.member_id == member_id)
    return [_row(certificate, name) for certificate, name in session.execute(query)]


__all__ = [
    "CertificateRow",
    "certificate_rows",
    "find_certificate",
    "issue_certificate",
    "served_minutes",
]
