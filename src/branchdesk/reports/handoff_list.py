"""交接清单: what the outgoing clerk hands over on the stick, signed by both clerks.

Made from a verified backup: its file name, size and SHA-256 (so the incoming clerk can check
the very file), when and by whom it was made, the branches, the records per family, and
signature lines for 移交人, 接收人 and 监交人. reportlab is loaded only when rendering.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from branchdesk.backup.manifest import Manifest
from branchdesk.reports.jobs import ProgressCallback

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from branchdesk.reports.document import FormInfo

FORM_NAME = "台账移交清单"
CHINA = dt.timezone(dt.timedelta(hours=8))  # the clerks read times in Beijing time

# Record families (core/services/info.FAMILIES) as the handoff list names them.
FAMILY_LABELS = {
    "branches": "党支部",
    "party_groups": "党小组",
    "members": "党员及发展对象档案",
    "pipeline_steps": "发展党员步骤记录",
    "posts": "职务任职记录",
    "honours": "奖惩记录",
    "care_records": "关怀帮扶记录",
    "membership_changes": "组织关系变动记录",
    "meetings": "会议记录",
    "attendance": "出席记录",
    "agenda_items": "会议议题",
    "resolutions": "会议决议",
    "study_sessions": "集体学习",
    "study_entries": "学习笔记",
    "inspections": "检查记录",
    "problems": "整改问题",
    "progress_notes": "整改进展",
    "evaluation_rounds": "民主评议（年度）",
    "evaluations": "民主评议（人次）",
    "volunteer_teams": "志愿服务队",
    "service_stations": "党员服务站",
    "volunteer_activities": "志愿服务活动",
    "volunteer_hours": "志愿服务时长记录",
    "service_requests": "服务需求（三单制）",
    "volunteer_certificates": "志愿服务证明",
    "attachments": "附件（扫描件、照片）",
    "audit_entries": "操作日志",
}


@dataclass(frozen=True)
class HandoffList:
    file_name: str
    size_bytes: int
    sha256: str
    encrypted: bool
    manifest: Manifest
    printed_on: dt.date


def file_sha256(path: Path) -> str:
    """SHA-256 of a whole file, as any checksum tool gives it."""
    import hashlib

    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(1024 * 1024):
            digest.update(block)
    return digest.hexdigest()


def _size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB（{size:,} 字节）"
    return f"{size / 1024:.1f} KB（{size:,} 字节）"


def render_handoff_list(
    handoff: HandoffList, output: Path, *, on_page: ProgressCallback | None = None
) -> int:
    """Write the 交接清单 PDF to ``output``; returns the number of pages."""
    from branchdesk.reports.document import FormInfo, build_pdf

    branch = "、".join(handoff.manifest.branches) or "（未设置支部）"
    info = FormInfo(
        title=f"{FORM_NAME} — {handoff.file_name}",
        branch_name=branch,
        form_name=FORM_NAME,
        subject=f"{branch} {FORM_NAME}",
    )
    return build_pdf(output, story(handoff, info), info, on_page=on_page)


def story(handoff: HandoffList, info: FormInfo) -> list[Flowable]:
    from reportlab.platypus import KeepTogether, Spacer

    from branchdesk.reports.document import frame_width
    from branchdesk.reports.headings import FormTitle
    from branchdesk.reports.signatures import SignatureLine
    from branchdesk.reports.tables import FormGrid, Label, Value

    width = frame_width(info)
    manifest = handoff.manifest
    made = manifest.created_at.astimezone(CHINA)
    grid = FormGrid([width * 0.2, width * 0.3, width * 0.2, width * 0.3])
    grid.section("备份文件")
    grid.row(Label("文件名"), Value(handoff.file_name, span=3))
    grid.row(
        Label("文件大小"),
        Value(_size_text(handoff.size_bytes), fit=True),
        Label("是否加密"),
        Value("是（口令另行当面告知，不写在本清单上）" if handoff.encrypted else "否"),
    )
    grid.row(Label("SHA-256 校验值"), Value(_grouped(handoff.sha256), span=3))
    grid.row(
        Label("备份时间"),
        Value(f"{made:%Y年%m月%d日 %H:%M}（北京时间）", fit=True),
        Label("制作人"),
        Value(manifest.clerk or "—"),
    )
    grid.row(
        Label("所属支部"),
        Value("、".join(manifest.branches) or "—", span=3),
    )
    grid.row(
        Label("程序版本"),
        Value(f"支部台账 {manifest.app_version}", fit=True),
        Label("数据结构版本"),
        Value(manifest.schema_revision, fit=True),
    )
    counts = FormGrid([width * 0.19, width * 0.1433] * 3)
    counts.section("移交内容（记录条数）")
    families = [(FAMILY_LABELS.get(name, name), count) for name, count in manifest.counts.items()]
    for first in range(0, len(families), 3):
        cells: list[Label | Value] = []
        for label, count in families[first : first + 3]:
            cells += [Label(label), Value(f"{count:,}", fit=True)]
        while len(cells) < 6:
            cells.append(Value(""))
        counts.row(*cells)
    counts.section("核对说明")
    counts.row(
        Value(
            "接收人在本人电脑上用“备份与移交 → 恢复备份”打开该文件：程序逐一核对每个文件的"
            "SHA-256 校验值和数据库完整性，并显示各类记录条数，应与本清单一致。也可用任意"
            "SHA-256 工具核对整个备份文件的校验值。",
            span=6,
        )
    )
    return [
        FormTitle(FORM_NAME),
        grid.table(),
        counts.table(),
        Spacer(0, 12),
        KeepTogether(
            [
                SignatureLine(["移交人", "接收人"], date_label=""),
                SignatureLine(["监交人"], date_label="交接日期"),
            ]
        ),
    ]


def _grouped(sha: str) -> str:
    """The hash in groups of eight, so two people can read it aloud and compare."""
    return " ".join(sha[index : index + 8] for index in range(0, len(sha), 8))
