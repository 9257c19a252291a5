"""What the volunteer forms show: one certificate (志愿服务记录证明) and a year's summary."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from branchdesk.core.enums import Gender, RequestStatus
from branchdesk.core.errors import BranchDeskError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.models import (
    Member,
    ServiceRequest,
    VolunteerActivity,
    VolunteerCertificate,
    VolunteerHours,
)
from branchdesk.core.print_data.roster import resolve_branch
from branchdesk.core.print_data.study_notebook import check_year
from branchdesk.core.rules.idnumber import IdType
from branchdesk.core.rules.volunteer import Period, certificate_id_number
from branchdesk.core.services.volunteer_hours import (
    GroupTotal,
    MemberTotal,
    ServiceLine,
    category_totals,
    member_totals,
    month_totals,
    service_lines,
    unit_totals,
)
from branchdesk.core.services.volunteer_requests import overdue_condition


@dataclass(frozen=True)
class CertificateForm:
    """Everything the printed certificate shows (民发〔2015〕149号's fields)."""

    certificate_id: int
    number: str
    issued_on: dt.date
    issuer: str  # the branch's name at issue
    period: Period
    member_id: int
    name: str
    gender: Gender
    id_type: IdType
    id_number: str  # masked for the certificate (core/rules/volunteer.py)
    lines: tuple[ServiceLine, ...]  # by date
    total_minutes: int
    issued_minutes: int  # as certified at issue; differs when activities were corrected since

    @property
    def changed_since_issue(self) -> bool:
        return self.total_minutes != self.issued_minutes


def certificate_form(session: Session, certificate_id: int) -> CertificateForm:
    """Read an issued certificate with the member's activities of its period (two queries)."""
    found = session.execute(
        select(VolunteerCertificate, Member)
        .join(Member, VolunteerCertificate.member_id == Member.id)
        .where(VolunteerCertificate.id == certificate_id)
    ).one_or_none()
    if found is None:
        raise BranchDeskError(
            QT_TRANSLATE_NOOP("Errors", "There is no volunteer certificate with number {id}."),
            id=certificate_id,
        )
    certificate, member = found
    period = Period(certificate.period_start, certificate.period_end)
    lines = tuple(service_lines(session, period, member_id=member.id))
    return CertificateForm(
        certificate_id=certificate.id,
        number=certificate.number,
        issued_on=certificate.issued_on,
        issuer=certificate.issuer,
        period=period,
        member_id=member.id,
        name=member.name,
        gender=member.gender,
        id_type=member.id_type,
        id_number=certificate_id_number(member.id_number or ""),
        lines=lines,
        total_minutes=sum(line.minutes for line in lines),
        issued_minutes=certificate.minutes,
    )


@dataclass(frozen=True)
class RequestCounts:
    """The year's service requests (by the day asked) and how they stand."""

    total: int = 0
    completed: int = 0
    cancelled: int = 0
    pending: int = 0  # open or dispatched
    overdue: int = 0  # pending and past the promised date
    rated: int = 0
    average_rating: Decimal | None = None  # to one decimal place


@dataclass(frozen=True)
class VolunteerSummary:
    """A branch's volunteer service of a year: by team and station, category, month, member."""

    branch_id: int
    branch_name: str
    parent_org: str
    year: int
    as_of: dt.date
    activities: int
    participants: int  # distinct people
    person_times: int  # 人次
    minutes: int
    units: tuple[GroupTotal, ...]
    categories: tuple[GroupTotal, ...]
    months: tuple[GroupTotal, ...]
    members: tuple[MemberTotal, ...]  # those who served, by name
    requests: RequestCounts


def _request_counts(session: Session, branch_id: int, year: int, today: dt.date) -> RequestCounts:
    period = Period.of_year(year)
    in_year = (
        ServiceRequest.branch_id == branch_id,
        ServiceRequest.asked_on.between(period.start, period.end),
    )
    by_status = dict(
        session.execute(
            select(ServiceRequest.status, func.count())
            .where(*in_year)
            .group_by(ServiceRequest.status)
        ).all()
    )
    overdue = session.scalar(select(func.count()).where(*in_year, overdue_condition(today)))
    rated, rating_sum = session.execute(
        select(func.count(ServiceRequest.rating), func.sum(ServiceRequest.rating)).where(*in_year)
    ).one()
    average = None
    if rated:
        average = (Decimal(rating_sum) / rated).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return RequestCounts(
        total=sum(by_status.values()),
        completed=by_status.get(RequestStatus.COMPLETED, 0),
        cancelled=by_status.get(RequestStatus.CANCELLED, 0),
        pending=by_status.get(RequestStatus.OPEN, 0) + by_status.get(RequestStatus.DISPATCHED, 0),
        overdue=overdue or 0,
        rated=rated or 0,
        average_rating=average,
    )


def volunteer_summary(
    session: Session, year: int, *, branch_name: str | None = None, today: dt.date
) -> VolunteerSummary:
    """Read a branch's (the first by default) year of service; BranchDeskError for a year
    outside 1921–this year or an unknown branch."""
    check_year(year, today)
    branch = resolve_branch(session, branch_name)
    period = Period.of_year(year)
    activities, participants, person_times, minutes = session.execute(
        select(
            func.count(distinct(VolunteerActivity.id)),
            func.count(distinct(VolunteerHours.member_id)),
            func.count(VolunteerHours.id),
            func.coalesce(func.sum(VolunteerHours.minutes), 0),
        )
        .select_from(VolunteerActivity)
        .join(VolunteerHours, VolunteerHours.activity_id == VolunteerActivity.id)
        .where(
            VolunteerActivity.branch_id == branch.id,
            VolunteerActivity.held_on.between(period.start, period.end),
        )
    ).one()
    members = tuple(member_totals(session, period, branch_id=branch.id))
    return VolunteerSummary(
        branch_id=branch.id,
        branch_name=branch.name,
        parent_org=branch.parent_org,
        year=year,
        as_of=today,
        activities=activities,
        participants=participants,
        person_times=person_times,
        minutes=minutes,
        units=tuple(unit_totals(session, period, branch.id)),
        categories=tuple(category_totals(session, period, branch.id)),
        months=tuple(month_totals(session, year, branch.id)),
        members=members,
        requests=_request_counts(session, branch.id, year, today),
    )


__all__ = [
    "CertificateForm",
    "RequestCounts",
    "VolunteerSummary",
    "certificate_form",
    "volunteer_summary",
]
