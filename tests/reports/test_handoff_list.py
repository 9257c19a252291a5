"""交接清单: one page naming the file, its SHA-256, the records per family, and who signs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from branchdesk.backup.manifest import FileEntry, Manifest
from branchdesk.reports.handoff_list import FAMILY_LABELS, HandoffList
from branchdesk.reports.jobs import handoff_list_job

SHA = "5f626ef597fcff40d32ef67e4fae60cc96cfe39b09efceb6e133c4ae3222fd4b"


def test_the_handoff_list_names_the_file_its_hash_and_every_family(pdf, tmp_path: Path) -> None:
    counts = {name: index * 7 for index, name in enumerate(FAMILY_LABELS)}
    manifest = Manifest(
        format_version=1,
        app_version="0.1.0",
        schema_revision="0001",
        created_at=dt.datetime(2026, 6, 30, 8, 15, tzinfo=dt.UTC),
        branches=("计算机学院第一学生党支部",),
        clerk="王芳",
        counts=counts,
        files=(FileEntry("database.sqlite3", 10, SHA),),
    )
    handoff = HandoffList(
        "BranchDesk-backup-20260630-081500.zip.age", 262_374, SHA, True, manifest, dt.date.today()
    )
    out = tmp_path / "handoff.pdf"
    job = handoff_list_job(handoff)
    assert job.render(out, None) == 1
    doc = pdf(out)
    doc.check()
    doc.assert_fonts_embedded()
    text = doc.compact_text()
    assert "台账移交清单" in text and "BranchDesk-backup-20260630-081500.zip.age" in text
    assert "5f626ef5" in text and "3222fd4b" in text  # the hash, in groups to read aloud
    assert "2026年06月30日16:15" in text  # Beijing time
    assert "王芳" in text and "计算机学院第一学生党支部" in text
    for label in ("党员及发展对象档案", "会议记录", "整改问题", "志愿服务活动"):
        assert label in text
    assert str(counts["members"]) in text
    for role in ("移交人", "接收人", "监交人", "交接日期"):
        assert role in text
    assert "口令另行当面告知" in text  # the passphrase is never printed
