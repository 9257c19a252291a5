"""The Chinese translation is complete, current, and compiled from what is committed.

To update after changing user-visible text (lupdate does not scan directories for .py files,
so the files are listed):

    find src/branchdesk -name '*.py' | sort > /tmp/sources.txt
    .venv/bin/pyside6-lupdate @/tmp/sources.txt -locations none -no-obsolete \\
        -ts resources/i18n/branchdesk_zh_CN.ts
    (translate every new message in the .ts, removing type="unfinished")
    .venv/bin/pyside6-lrelease resources/i18n/branchdesk_zh_CN.ts \\
        -qm resources/i18n/branchdesk_zh_CN.qm
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import branchdesk
from branchdesk.paths import TRANSLATION_SOURCE, resource

SOURCE_ROOT = Path(branchdesk.__file__).resolve().parent
TS_FILE = resource(*TRANSLATION_SOURCE)
QM_FILE = TS_FILE.with_suffix(".qm")
PLACEHOLDER = re.compile(r"\{\w*\}")


def tool(name: str) -> str:
    beside_python = Path(sys.executable).with_name(name)
    found = str(beside_python) if beside_python.exists() else shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed (it comes with PySide6)")
    return found


def messages(ts_file: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) → the <translation> element."""
    found: dict[tuple[str, str], ET.Element] = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found[(name, message.findtext("source", ""))] = translation
    return found


def test_the_ts_file_holds_exactly_the_texts_of_the_source(tmp_path):
    sources = tmp_path / "sources.txt"
    sources.write_text("\n".join(sorted(str(p) for p in SOURCE_ROOT.rglob("*.py"))) + "\n")
    extracted = tmp_path / "extracted.ts"
    subprocess.run(
        [tool("pyside6-lupdate"), f"@{sources}", "-locations", "none", "-ts", str(extracted)],
        check=True,
        capture_output=True,
    )
    in_source = set(messages(extracted))
    committed = set(messages(TS_FILE))
    assert not in_source - committed, "texts missing from the .ts: run lupdate and translate"
    assert not committed - in_source, "obsolete texts in the .ts: run lupdate -no-obsolete"
    assert ("Navigation", "Dashboard") in committed
    assert ("Reminders", "The archive has never been backed up.") in committed


def test_every_message_is_translated():
    for (context, source), translation in messages(TS_FILE).items():
        assert translation.get("type") not in {"unfinished", "vanished", "obsolete"}, (
            context,
            source,
        )
        assert (translation.text or "").strip(), (context, source)


def test_translations_keep_every_placeholder():
    for (context, source), translation in messages(TS_FILE).items():
        assert sorted(PLACEHOLDER.findall(translation.text or "")) == sorted(
            PLACEHOLDER.findall(source)
        ), (context, source)


def test_the_committed_qm_is_compiled_from_the_committed_ts(tmp_path):
    compiled = []
    for name in ("first.qm", "second.qm"):
        subprocess.run(
            [tool("pyside6-lrelease"), str(TS_FILE), "-qm", str(tmp_path / name)],
            check=True,
            capture_output=True,
        )
        compiled.append((tmp_path / name).read_bytes())
    assert compiled[0] == compiled[1], "lrelease output is not deterministic"
    assert QM_FILE.read_bytes() == compiled[0], "run lrelease: the .qm is older than the .ts"
