"""The pipeline steps whose dates and people the printed forms show (RULES.md §1)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from branchdesk.core.enums import (
    StepOutcome,
)
from branchdesk.core.models import (
    PipelineStep,
)

# RULES.md §1: the steps whose dates the forms print.
STEP_APPLICATION = 1  # 递交入党申请书
STEP_ACTIVIST = 3  # 确定入党积极分子
STEP_CONTACTS = 5  # 指定培养联系人
STEP_CANDIDATE = 7  # 确定发展对象
STEP_CANDIDATE_FILED = 8  # [local] the 备案 date counts as the candidate date
STEP_INTRODUCERS = 9  # 确定入党介绍人
STEP_ADMISSION = 15  # 支部大会讨论: 入党时间
STEP_CONFIRMATION = 23  # 支部大会讨论转正: 转正时间
DATED_STEPS = (
    STEP_APPLICATION,
    STEP_ACTIVIST,
    STEP_CANDIDATE,
    STEP_CANDIDATE_FILED,
    STEP_ADMISSION,
    STEP_CONFIRMATION,
)


def step_dates(
    session: Session, member_ids: Select[tuple[int]], steps: tuple[int, ...] = DATED_STEPS
) -> dict[int, dict[int, dt.date]]:
    """member id → step number → date of its latest completed occurrence, in one query.

    Only ``done`` occurrences count: a failed vote (未通过) or an extended probation
    (延长预备期) is not an admission or a 转正; a step done again later supersedes it.
    """
    rows = session.execute(
        select(PipelineStep.member_id, PipelineStep.step_no, func.max(PipelineStep.done_on))
        .where(
            PipelineStep.member_id.in_(member_ids),
            PipelineStep.step_no.in_(steps),
            PipelineStep.outcome == StepOutcome.DONE,
        )
        .group_by(PipelineStep.member_id, PipelineStep.step_no)
    )
    dates: dict[int, dict[int, dt.date]] = {}
    for member_id, step_no, done_on in rows:
        dates.setdefault(member_id, {})[step_no] = done_on
    return dates
