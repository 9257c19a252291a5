"""What the archive holds (counts per record family) and whether the database is sound."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, func, select, text
from sqlalchemy.orm import Session

from branchdesk.core import models

# Record families as ``info`` reports them, in reading order.
FAMILIES: tuple[tuple[str, type[models.Base]], ...] = (
    ("branches", models.Branch),
    ("party_groups", models.PartyGroup),
    ("members", models.Member),
    ("pipeline_steps", models.PipelineStep),
    ("posts", models.MemberPost),
    ("honours", models.Honour),
    ("care_records", models.CareRecord),
    ("membership_changes", models.MembershipChange),
    ("meetings", models.Meeting),
    ("attendance", models.Attendance),
    ("agenda_items", models.AgendaItem),
    ("resolutions", models.Resolution),
    ("study_sessions", models.StudySession),
    ("study_entries", models.StudyEntry),
    ("inspections", models.Inspection),
    ("problems", models.Problem),
    ("progress_notes", models.ProgressNote),
    ("evaluation_rounds", models.EvaluationRound),
    ("evaluations", models.Evaluation),
    ("volunteer_teams", models.VolunteerTeam),
    ("service_stations", models.ServiceStation),
    ("volunteer_activities", models.VolunteerActivity),
    ("volunteer_hours", models.VolunteerHours),
    ("service_requests", models.ServiceRequest),
    ("volunteer_certificates", models.VolunteerCertificate),
    ("attachments", models.Attachment),
    ("audit_entries", models.AuditEntry),
)


def record_counts(session: Session) -> dict[str, int]:
    return {
        name: session.scalar(select(func.count()).select_from(model)) or 0
        for name, model in FAMILIES
    }


@dataclass(frozen=True)
class IntegrityReport:
    integrity: list[str]  # "ok" when sound
    foreign_key_violations: list[str]

    @property
    def ok(self) -> bool:
        return self.integrity == ["ok"] and not self.foreign_key_violations


def check_integrity(engine: Engine) -> IntegrityReport:
    with engine.connect() as connection:
        integrity = [row[0] for row in connection.execute(text("PRAGMA integrity_check"))]
        violations = [
            f"{row[0]} row {row[1]} → {row[2]}"
            for row in connection.execute(text("PRAGMA foreign_key_check"))
        ]
    return IntegrityReport(integrity, violations)
