"""lupdate only sees tr(), translate() and QT_TRANSLATE_NOOP() called with literal text.

A helper such as ``_tr("Ended")`` hides its text from lupdate: the string is never extracted,
never translated, and English leaks into the Chinese UI (this happened once). Helpers may only
be called with values that were marked elsewhere.
"""

from __future__ import annotations

import ast
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[1] / "src" / "branchdesk"
KNOWN = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}


def test_no_translation_helper_is_called_with_literal_text() -> None:
    offenders: list[str] = []
    for path in sorted(SOURCE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        helpers = {
            node.name
            for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef)
            and node.name not in KNOWN
            and any(
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Attribute)
                and call.func.attr in {"translate", "tr"}
                for call in ast.walk(node)
            )
        }
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in helpers
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                offenders.append(f"{path.relative_to(SOURCE)}:{node.lineno} {node.func.id}(...)")
    assert offenders == []


def test_translated_literal_text_has_a_literal_context() -> None:
    """``translate(CONTEXT, "text")``: lupdate cannot resolve a variable context, so the text
    lands in no context and stays English (this happened once, in the 发展过程 votes)."""
    offenders: list[str] = []
    for path in sorted(SOURCE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "translate"
                and len(node.args) >= 2
                and isinstance(node.args[1], ast.Constant)
                and not isinstance(node.args[0], ast.Constant)
            ):
                offenders.append(f"{path.relative_to(SOURCE)}:{node.lineno}")
    assert offenders == []
