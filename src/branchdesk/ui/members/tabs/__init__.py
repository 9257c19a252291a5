"""The record tabs of the member editor, after 基本信息 (see base.MemberTab)."""

from __future__ import annotations

from branchdesk.ui.context import AppContext
from branchdesk.ui.members.tabs.attachments import AttachmentsTab
from branchdesk.ui.members.tabs.base import MemberTab
from branchdesk.ui.members.tabs.care import CareTab
from branchdesk.ui.members.tabs.honours import HonoursTab
from branchdesk.ui.members.tabs.posts import PostsTab

__all__ = ["MemberTab", "record_tabs"]


def record_tabs(context: AppContext) -> list[MemberTab]:
    """职务与小组, 奖惩, 关怀记录, 附件 — in the order the editor shows them."""
    return [PostsTab(context), HonoursTab(context), CareTab(context), AttachmentsTab(context)]
