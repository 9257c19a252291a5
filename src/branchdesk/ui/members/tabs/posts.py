"""职务与小组: the posts a person holds (RULES.md §7) and their service-team memberships."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from branchdesk.core.enums import PostKind, VolunteerRole
from branchdesk.core.services.member_records import (
    POST_TITLE_MAX,
    PostDraft,
    TeamChoice,
    TeamMembershipDraft,
    list_posts,
    list_team_memberships,
    list_teams,
    save_posts,
    save_team_memberships,
    validate_post,
    validate_team_membership,
)
from branchdesk.ui.context import AppContext
from branchdesk.ui.i18n import format_date
from branchdesk.ui.members.record_labels import post_kind_label, volunteer_role_label
from branchdesk.ui.members.tabs.record_form import RecordForm
from branchdesk.ui.members.tabs.record_table import Column, RecordListTab, RecordSection

DATE_COLUMN = 140
KIND_COLUMN = 150


class PostForm(RecordForm):
    def __init__(self, context: AppContext, post: PostDraft | None, parent: QWidget) -> None:
        today = context.today()
        super().__init__(
            self.tr("Edit post") if post is not None else self.tr("Add a post"),
            context.language,
            today=today,
            check=partial(validate_post, today=today),
            parent=parent,
        )
        self._id = post.id if post else None
        self.kind = self.combo(
            self.tr("Post"), "posts.kind", [(post_kind_label(k), k) for k in PostKind]
        )
        self.post_title = self.line(self.tr("Title"), "posts.title", POST_TITLE_MAX)
        self.post_title.setPlaceholderText(self.tr("Only when the post needs more words"))
        self.started_on = self.date(self.tr("From *"), "posts.started_on")
        self.ended_on = self.date(self.tr("Until"), "posts.ended_on")
        if post is not None:
            self.choose(self.kind, post.kind)
            self.post_title.setText(post.title)
            self.started_on.set_value(post.started_on)
            self.ended_on.set_value(post.ended_on)

    def collect(self) -> PostDraft:
        return PostDraft(
            kind=PostKind(self.kind.currentData()),
            started_on=self.started_on.value(),
            ended_on=self.ended_on.value(),
            title=self.post_title.text(),
            id=self._id,
        )


class PostSection(RecordSection):
    prefix = "posts"

    def columns(self) -> list[Column]:
        language = self.context.language
        return [
            Column(self.tr("Post"), lambda p: post_kind_label(p.kind), KIND_COLUMN),
            Column(self.tr("From"), lambda p: format_date(p.started_on, language), DATE_COLUMN),
            Column(
                self.tr("Until"),
                lambda p: format_date(p.ended_on, language) or self.tr("In office"),
                DATE_COLUMN,
            ),
            Column(self.tr("Title"), lambda p: p.title),
        ]

    def read(self, session: Session, member_id: int) -> list[Any]:
        return list_posts(session, member_id)

    def write(self, session: Session, member_id: int, rows: list[Any], today: dt.date) -> None:
        save_posts(session, member_id, rows, today=today)

    def make_form(self, record: Any | None) -> PostForm:
        return PostForm(self.context, record, self)

    def describe(self, record: Any) -> str:
        return post_kind_label(record.kind)

    def field_title(self, field: str) -> str:
        return {
            "posts.started_on": self.tr("From"),
            "posts.ended_on": self.tr("Until"),
            "posts.title": self.tr("Title"),
        }.get(field, field)

    def sort_key(self, record: Any) -> Any:
        return record.started_on or dt.date.min


class TeamForm(RecordForm):
    def __init__(
        self,
        context: AppContext,
        membership: TeamMembershipDraft | None,
        teams: list[TeamChoice],
        parent: QWidget,
    ) -> None:
        today = context.today()
        super().__init__(
            self.tr("Edit team membership") if membership else self.tr("Join a service team"),
            context.language,
            today=today,
            check=partial(validate_team_membership, today=today),
            parent=parent,
        )
        self._id = membership.id if membership else None
        chosen = membership.team_id if membership else None
        # Inactive teams stay pickable only for a membership that already names them.
        self.team = self.combo(
            self.tr("Team *"),
            "teams.team_id",
            [(t.name, t.id) for t in teams if t.active or t.id == chosen],
        )
        self.role = self.combo(
            self.tr("Role"), "teams.role", [(volunteer_role_label(r), r) for r in VolunteerRole]
        )
        self.role.setCurrentIndex(self.role.findData(VolunteerRole.MEMBER))
        self.joined_on = self.date(self.tr("Joined"), "teams.joined_on")
        self.left_on = self.date(self.tr("Left"), "teams.left_on")
        if membership is not None:
            self.choose(self.team, membership.team_id)
            self.choose(self.role, membership.role)
            self.joined_on.set_value(membership.joined_on)
            self.left_on.set_value(membership.left_on)

    def collect(self) -> TeamMembershipDraft:
        return TeamMembershipDraft(
            team_id=self.team.currentData(),
            role=VolunteerRole(self.role.currentData()),
            joined_on=self.joined_on.value(),
            left_on=self.left_on.value(),
            id=self._id,
        )


class TeamSection(RecordSection):
    prefix = "teams"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        self.teams: dict[int, TeamChoice] = {}
        super().__init__(context, parent)

    def columns(self) -> list[Column]:
        language = self.context.language
        return [
            Column(self.tr("Service team"), self._team_name, 220),
            Column(self.tr("Role"), lambda m: volunteer_role_label(m.role), 100),
            Column(self.tr("Joined"), lambda m: format_date(m.joined_on, language), DATE_COLUMN),
            Column(self.tr("Left"), lambda m: format_date(m.left_on, language)),
        ]

    def _team_name(self, membership: TeamMembershipDraft) -> str:
        team = self.teams.get(membership.team_id or 0)
        return team.name if team else ""

    def load(self, session: Session, member_id: int | None) -> None:
        self.teams = {team.id: team for team in list_teams(session)}
        super().load(session, member_id)
        self.add_button.setToolTip(
            ""
            if self._has_teams()
            else self.tr("No service teams yet: set them up on the Volunteer service page.")
        )
        self._update_buttons()

    def _has_teams(self) -> bool:
        return any(team.active for team in getattr(self, "teams", {}).values())

    def _update_buttons(self) -> None:
        super()._update_buttons()
        self.add_button.setEnabled(self.add_button.isEnabled() and self._has_teams())

    def read(self, session: Session, member_id: int) -> list[Any]:
        return list_team_memberships(session, member_id)

    def write(self, session: Session, member_id: int, rows: list[Any], today: dt.date) -> None:
        save_team_memberships(session, member_id, rows, today=today)

    def make_form(self, record: Any | None) -> TeamForm:
        return TeamForm(self.context, record, list(self.teams.values()), self)

    def describe(self, record: Any) -> str:
        return self._team_name(record)

    def field_title(self, field: str) -> str:
        return {
            "teams.team_id": self.tr("Service team"),
            "teams.joined_on": self.tr("Joined"),
            "teams.left_on": self.tr("Left"),
        }.get(field, field)

    def sort_key(self, record: Any) -> Any:
        return record.joined_on or dt.date.min


class PostsTab(RecordListTab):
    """职务与小组: posts above, service teams below (the party group is on 基本信息)."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.posts = PostSection(context)
        self.teams = TeamSection(context)
        self.add_section(self.posts, self.tr("Posts"))
        self.add_section(self.teams, self.tr("Volunteer service teams"))

    def title(self) -> str:
        return self.tr("Posts and teams")
