"""Organisational status changes and exits (RULES.md §7): record them, read a person's history.

What the clerk can record is a ``StatusEvent``: a ``ChangeKind`` (转入, 转出, 流入, 流出 and
the exits) or an ``OrgStatus`` among ``STATUS_ONLY`` (出国(境)暂留, 失联, 停止党籍, back to
正常). Each is one ``MembershipChange`` row with its date (status-only ones under their own
``ChangeKind``), plus the matching ``Member.org_status``, so the history is one dated table.

A person has left when they have an exit not followed by a 转入 (queries.has_exited says the
same in SQL); only a 转入 brings someone who transferred out back. Exits keep the person's org
status as it was when they left. ``lost_contact_on`` is set exactly while the status is 失联.

The caller owns the unit of work: everything is validated before anything is written.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from branchdesk.core.enums import EXIT_KINDS, ChangeKind, OrgStatus, Stage, StepOutcome
from branchdesk.core.errors import ValidationError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.models import Member, MembershipChange, PipelineStep
from branchdesk.core.rules.pipeline_checks import FindingSeverity, RuleFinding
from branchdesk.core.rules.reminders import add_months

__all__ = [
    "COUNTERPART_KINDS",
    "FINAL_EXITS",
    "LETTER_KINDS",
    "LOST_CONTACT_MONTHS",
    "STATUS_ONLY",
    "MemberStatus",
    "StatusChangeDraft",
    "StatusEntry",
    "StatusEvent",
    "available_events",
    "member_status",
    "record_status_change",
    "return_to_normal",
    "status_change_findings",
    "status_history",
    "validate_status_change",
]

StatusEvent = ChangeKind | OrgStatus

# Org statuses recorded without a MembershipChange row (ChangeKind has no kind for them).
STATUS_ONLY: tuple[OrgStatus, ...] = (
    OrgStatus.ABROAD,
    OrgStatus.LOST_CONTACT,
    OrgStatus.SUSPENDED,
    OrgStatus.NORMAL,
)
# The other organisation: 转往/转自 for transfers, the other end of a flow.
COUNTERPART_KINDS = frozenset(
    {ChangeKind.TRANSFER_IN, ChangeKind.TRANSFER_OUT, ChangeKind.FLOW_IN, ChangeKind.FLOW_OUT}
)
LETTER_KINDS = frozenset({ChangeKind.TRANSFER_IN, ChangeKind.TRANSFER_OUT})  # 组织关系介绍信
# Exits after which no 转入 brings the person back (death, expulsion …).
FINAL_EXITS = EXIT_KINDS - {ChangeKind.TRANSFER_OUT}
# Only a Party member (probationary or full) can lose or suspend membership.
MEMBERS_ONLY: frozenset[StatusEvent] = frozenset(
    {
        ChangeKind.WITHDRAWAL,
        ChangeKind.REMOVAL,
        ChangeKind.EXPULSION,
        ChangeKind.NOT_RECOGNIZED,
        OrgStatus.SUSPENDED,
    }
)
# The org status a change leaves the person in; exits keep the status they had.
_STATUS_AFTER: dict[ChangeKind, OrgStatus] = {
    ChangeKind.TRANSFER_IN: OrgStatus.NORMAL,
    ChangeKind.FLOW_IN: OrgStatus.FLOW_IN,
    ChangeKind.FLOW_OUT: OrgStatus.FLOW_OUT,
}
# Status-only events are stored under these kinds (and read back as the status).
_STATUS_KINDS: dict[OrgStatus, ChangeKind] = {
    OrgStatus.ABROAD: ChangeKind.ABROAD,
    OrgStatus.LOST_CONTACT: ChangeKind.LOST_CONTACT,
    OrgStatus.SUSPENDED: ChangeKind.SUSPENDED,
    OrgStatus.NORMAL: ChangeKind.RESTORED,
}
_STATUS_OF_KIND = {kind: status for status, kind in _STATUS_KINDS.items()}
LOST_CONTACT_MONTHS = 6  # RULES.md §7: 失联 means out of contact for 6 months or more
APPLICATION_STEP = 1
COUNTERPART_MAX = 200  # MembershipChange.counterpart
LETTER_MAX = 40  # MembershipChange.letter_number
RULE_LOST_CONTACT = QT_TRANSLATE_NOOP(
    "Reminders",
    "Lost contact means out of contact with the Party organisation for 6 months or more.",
)


@dataclass
class StatusChangeDraft:
    """What the clerk says happened; fields that do not apply to ``kind`` are not stored."""

    kind: StatusEvent | None = None
    changed_on: dt.date | None = None
    counterpart: str = ""  # 转往/转自 organisation, or the other end of a flow
    letter_number: str = ""  # 组织关系介绍信编号
    notes: str = ""


@dataclass(frozen=True)
class StatusEntry:
    """One line of a person's status history, oldest first."""

    kind: StatusEvent
    changed_on: dt.date
    counterpart: str = ""
    letter_number: str = ""
    notes: str = ""

    @property
    def is_exit(self) -> bool:
        return isinstance(self.kind, ChangeKind) and self.kind.is_exit


@dataclass(frozen=True)
class MemberStatus:
    """A person's current organisational status, whether they left, and their history."""

    member_id: int
    name: str
    stage: Stage
    org_status: OrgStatus
    lost_contact_on: dt.date | None
    history: tuple[StatusEntry, ...]

    @property
    def is_member(self) -> bool:
        """Probationary or full: exits such as 除名 apply."""
        return self.stage.is_member

    @property
    def exit(self) -> StatusEntry | None:
        """The exit that took the person off the active list, or None while they are here."""
        return _current_exit(self.history)

    @property
    def has_left(self) -> bool:
        return self.exit is not None


def _current_exit(history: tuple[StatusEntry, ...]) -> StatusEntry | None:
    """The latest exit, unless a 转入 came after it (same rule as member_list.exited)."""
    for entry in reversed(history):
        if entry.kind is ChangeKind.TRANSFER_IN:
            return None
        if entry.is_exit:
            return entry
    return None


# reading -------------------------------------------------------------------------------


def status_history(session: Session, member_id: int) -> tuple[StatusEntry, ...]:
    """Transfers, flows, exits and status-only changes, in date order (then as written)."""
    changes = session.scalars(
        select(MembershipChange)
        .where(MembershipChange.member_id == member_id)
        .order_by(MembershipChange.changed_on, MembershipChange.id)
    )
    return tuple(
        StatusEntry(
            _STATUS_OF_KIND.get(change.kind, change.kind),
            change.changed_on,
            change.counterpart or "",
            change.letter_number or "",
            change.notes or "",
        )
        for change in changes
    )


def member_status(session: Session, member_id: int) -> MemberStatus:
    """A person's current status and history, read in one go for a dialog."""
    member = session.get_one(Member, member_id)
    return MemberStatus(
        member_id=member.id,
        name=member.name,
        stage=member.stage,
        org_status=member.org_status,
        lost_contact_on=member.lost_contact_on,
        history=status_history(session, member_id),
    )


def available_events(status: MemberStatus) -> tuple[StatusEvent, ...]:
    """What can happen to the person now, in the order a form offers it.

    Someone who left can only transfer back in (after 转出); 除名 and the like are offered to
    Party members only; the status the person already has is not offered again.
    """
    if status.exit is not None:
        return (ChangeKind.TRANSFER_IN,) if status.exit.kind is ChangeKind.TRANSFER_OUT else ()
    events: list[StatusEvent] = []
    for event in (
        ChangeKind.TRANSFER_OUT,
        ChangeKind.TRANSFER_IN,
        ChangeKind.FLOW_OUT,
        ChangeKind.FLOW_IN,
        OrgStatus.ABROAD,
        OrgStatus.LOST_CONTACT,
        OrgStatus.SUSPENDED,
        OrgStatus.NORMAL,
        ChangeKind.WITHDRAWAL,
        ChangeKind.REMOVAL,
        ChangeKind.EXPULSION,
        ChangeKind.NOT_RECOGNIZED,
        ChangeKind.DEATH,
    ):
        try:
            _check_event(status, event)
        except ValidationError:
            continue
        events.append(event)
    return tuple(events)


# rules ---------------------------------------------------------------------------------


def _status_after(event: StatusEvent) -> OrgStatus | None:
    """The org status the event sets; None for an exit (the status stays as it was)."""
    if isinstance(event, OrgStatus):
        return event
    return _STATUS_AFTER.get(event)


def _check_event(status: MemberStatus, event: StatusEvent) -> None:
    """Whether ``event`` can happen to the person as they are now (dates aside)."""
    left = status.exit
    if left is not None:
        if event is not ChangeKind.TRANSFER_IN:
            if isinstance(event, ChangeKind) and event.is_exit:
                raise ValidationError(
                    "kind",
                    "exit.already_left",
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "{name} already left on {date}; a person leaves only once.",
                    ),
                    name=status.name,
                    date=left.changed_on.isoformat(),
                )
            raise ValidationError(
                "kind",
                "status.left",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "{name} left on {date}; only a transfer back in can be recorded now.",
                ),
                name=status.name,
                date=left.changed_on.isoformat(),
            )
        if left.kind in FINAL_EXITS:
            raise ValidationError(
                "kind",
                "transfer_in.final",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "{name} left for good on {date}; only someone who transferred out can "
                    "transfer back in.",
                ),
                name=status.name,
                date=left.changed_on.isoformat(),
            )
        return
    if event in MEMBERS_ONLY and not status.is_member:
        raise ValidationError(
            "kind",
            "kind.members_only",
            QT_TRANSLATE_NOOP(
                "Validation",
                "{name} is not a Party member yet; this applies to probationary and full "
                "members only.",
            ),
            name=status.name,
        )
    if event is ChangeKind.TRANSFER_IN:
        # Here (not left) with a 转入 on file: that 转入 came after any exit, so they are in.
        last = next((e for e in reversed(status.history) if e.kind is ChangeKind.TRANSFER_IN), None)
        if last is not None:
            raise ValidationError(
                "kind",
                "transfer_in.already",
                QT_TRANSLATE_NOOP(
                    "Validation", "{name} already transferred in on {date} and has not left since."
                ),
                name=status.name,
                date=last.changed_on.isoformat(),
            )
    after = _status_after(event)
    # 转入 from 正常 is the usual case (a file created before the letter came in).
    if after is not None and after is status.org_status and event is not ChangeKind.TRANSFER_IN:
        raise ValidationError(
            "kind",
            "status.unchanged",
            QT_TRANSLATE_NOOP("Validation", "{name} already has this status."),
            name=status.name,
        )


def _check_draft(
    session: Session, status: MemberStatus, draft: StatusChangeDraft, today: dt.date
) -> StatusEvent:
    """Raise the first ValidationError of the draft; ``field`` is the draft attribute."""
    draft.counterpart = draft.counterpart.strip()
    draft.letter_number = draft.letter_number.strip()
    draft.notes = draft.notes.strip()
    event = draft.kind
    if event is None:
        raise ValidationError(
            "kind",
            "kind.required",
            QT_TRANSLATE_NOOP("Validation", "Please choose what happened."),
        )
    _check_event(status, event)
    day = draft.changed_on
    if day is None:
        raise ValidationError(
            "changed_on", "date.required", QT_TRANSLATE_NOOP("Validation", "Please enter the date.")
        )
    if day > today:
        raise ValidationError(
            "changed_on",
            "date.future",
            QT_TRANSLATE_NOOP("Validation", "The date {date} is in the future."),
            date=day.isoformat(),
        )
    member = session.get_one(Member, status.member_id)
    if member.birth_date is not None and day < member.birth_date:
        raise ValidationError(
            "changed_on",
            "date.before_birth",
            QT_TRANSLATE_NOOP(
                "Validation", "The date {date} is before {name}'s date of birth {birth}."
            ),
            date=day.isoformat(),
            name=status.name,
            birth=member.birth_date.isoformat(),
        )
    applied = session.scalar(
        select(func.min(PipelineStep.done_on)).where(
            PipelineStep.member_id == status.member_id,
            PipelineStep.step_no == APPLICATION_STEP,
            PipelineStep.outcome == StepOutcome.DONE,
        )
    )
    if applied is not None and day < applied:
        raise ValidationError(
            "changed_on",
            "date.before_application",
            QT_TRANSLATE_NOOP(
                "Validation", "The date {date} is before {name}'s application date {applied}."
            ),
            date=day.isoformat(),
            name=status.name,
            applied=applied.isoformat(),
        )
    if status.history and day < status.history[-1].changed_on:
        # The history is read in date order; an older event would rewrite what followed it.
        raise ValidationError(
            "changed_on",
            "date.order",
            QT_TRANSLATE_NOOP(
                "Validation",
                "The date {date} is before the latest recorded change of {name} ({previous}).",
            ),
            date=day.isoformat(),
            name=status.name,
            previous=status.history[-1].changed_on.isoformat(),
        )
    if event in COUNTERPART_KINDS:
        if not draft.counterpart:
            raise ValidationError(
                "counterpart",
                "counterpart.required",
                QT_TRANSLATE_NOOP("Validation", "Please enter the other Party organisation."),
            )
        if len(draft.counterpart) > COUNTERPART_MAX:
            raise ValidationError(
                "counterpart",
                "counterpart.length",
                QT_TRANSLATE_NOOP(
                    "Validation", "The organisation's name is longer than {limit} characters."
                ),
                limit=COUNTERPART_MAX,
            )
    if event in LETTER_KINDS and len(draft.letter_number) > LETTER_MAX:
        raise ValidationError(
            "letter_number",
            "letter_number.length",
            QT_TRANSLATE_NOOP("Validation", "The letter number is longer than {limit} characters."),
            limit=LETTER_MAX,
        )
    return event


def status_change_findings(draft: StatusChangeDraft, *, today: dt.date) -> list[RuleFinding]:
    """Warnings about a change that is still recorded as given (never a refusal).

    失联 means 6 months or more out of contact (RULES.md §7); a clerk who records it earlier
    usually knows why (the person is unreachable and the branch has started looking), so
    the rule warns. The 6-month inactivity reminder itself is core.rules.inactivity.
    """
    found: list[RuleFinding] = []
    day = draft.changed_on
    if draft.kind is OrgStatus.LOST_CONTACT and day is not None and day <= today:
        full = add_months(day, LOST_CONTACT_MONTHS)
        if full > today:
            found.append(
                RuleFinding(
                    FindingSeverity.WARNING,
                    "lost_contact.short",
                    QT_TRANSLATE_NOOP(
                        "Reminders",
                        "Contact was lost on {date}, less than 6 months ago; the 6 months "
                        "are complete on {due}.",
                    ),
                    RULE_LOST_CONTACT,
                    {"date": day.isoformat(), "due": full.isoformat()},
                )
            )
    return found


# writing -------------------------------------------------------------------------------


def validate_status_change(
    session: Session, member_id: int, draft: StatusChangeDraft, *, today: dt.date
) -> None:
    """Raise the ValidationError record_status_change would raise, without writing.

    A form checks first so it can ask before an exit only when the exit would be recorded.
    """
    _check_draft(session, member_status(session, member_id), draft, today)


def record_status_change(
    session: Session, member_id: int, draft: StatusChangeDraft, *, today: dt.date
) -> list[RuleFinding]:
    """Validate and record what happened, with the matching org status; returns warnings.

    Raises ValidationError before writing anything; the caller's unit of work commits.
    """
    status = member_status(session, member_id)
    event = _check_draft(session, status, draft, today)
    day = draft.changed_on
    assert day is not None  # checked above
    member = session.get_one(Member, member_id)
    after = _status_after(event)
    kind = event if isinstance(event, ChangeKind) else _STATUS_KINDS[event]
    session.add(
        MembershipChange(
            member_id=member_id,
            kind=kind,
            changed_on=day,
            counterpart=draft.counterpart if event in COUNTERPART_KINDS else "",
            letter_number=draft.letter_number if event in LETTER_KINDS else "",
            notes=draft.notes,
        )
    )
    if after is not None:
        if member.org_status is not after:
            member.org_status = after
        lost_on = day if after is OrgStatus.LOST_CONTACT else None
        if member.lost_contact_on != lost_on:
            member.lost_contact_on = lost_on
    session.flush()
    return status_change_findings(draft, today=today)


def return_to_normal(
    session: Session, member_id: int, *, changed_on: dt.date, today: dt.date, notes: str = ""
) -> None:
    """Back to 正常: returned from abroad, contact regained, flow ended, suspension lifted."""
    draft = StatusChangeDraft(OrgStatus.NORMAL, changed_on, notes=notes)
    record_status_change(session, member_id, draft, today=today)
