"""What the printed forms show, read in a few SQL queries into frozen dataclasses (no reportlab).

The forms are filled from these values only, so a renderer never touches the database and
can run on another thread; the GUI preview and ``branchdesk print`` read the same values.
"""

from branchdesk.core.print_data.development import (
    DevelopmentRecord,
    StepLine,
    StepOccurrence,
    StepVotes,
    development_record,
)
from branchdesk.core.print_data.member_card import (
    ExitRecord,
    HonourRecord,
    MemberCard,
    PostRecord,
    member_card,
)
from branchdesk.core.print_data.roster import (
    MEMBER_STAGES,
    STAGE_ORDER,
    BranchRef,
    Roster,
    RosterRow,
    resolve_branch,
    roster,
)

__all__ = [
    "MEMBER_STAGES",
    "STAGE_ORDER",
    "BranchRef",
    "DevelopmentRecord",
    "ExitRecord",
    "HonourRecord",
    "MemberCard",
    "PostRecord",
    "Roster",
    "RosterRow",
    "StepLine",
    "StepOccurrence",
    "StepVotes",
    "development_record",
    "member_card",
    "resolve_branch",
    "roster",
]
