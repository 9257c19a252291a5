"""Language in the GUI: installing translators and showing dates the way the reader expects."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from branchdesk.paths import resource

CHINESE = "zh_CN"
ENGLISH = "en"
QM_FILE = ("i18n", "branchdesk_zh_CN.qm")

# Dates as 2026年11月26日 (DESIGN.md §6); English readers get 26 Nov 2026.
_DATE_FORMATS = {CHINESE: "yyyy年M月d日", ENGLISH: "d MMM yyyy"}


def locale_for(language: str) -> QLocale:
    if language == CHINESE:
        return QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install BranchDesk's and Qt's own translations; English is the source text (none)."""
    QLocale.setDefault(locale_for(language))
    if language != CHINESE:
        return []
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(str(resource(*QM_FILE))):
        installed.append(ours)
    # Qt's own strings (QMessageBox buttons, QFileDialog, calendar tooltips).
    qt_own = QTranslator(app)
    if qt_own.load(
        f"qtbase_{CHINESE}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        installed.append(qt_own)
    for translator in installed:
        app.installTranslator(translator)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)


def qt_translate(context: str, text: str) -> str:
    """A ``Translate`` callable for core objects (e.g. ``Reminder.text``)."""
    return QCoreApplication.translate(context, text)


def date_format(language: str) -> str:
    """The display format of a date for QDateEdit and labels."""
    return _DATE_FORMATS.get(language, _DATE_FORMATS[ENGLISH])


def format_date(day: dt.date | None, language: str) -> str:
    if day is None:
        return ""
    return locale_for(language).toString(QDate(day.year, day.month, day.day), date_format(language))


def localize_params(params: Mapping[str, str], language: str) -> dict[str, str]:
    """Template parameters with ISO dates (as core writes them) shown as the reader's dates."""
    shown: dict[str, str] = {}
    for key, value in params.items():
        shown[key] = value
        if len(value) == 10 and value[4] == "-" and value[7] == "-":
            try:
                shown[key] = format_date(dt.date.fromisoformat(value), language)
            except ValueError:
                continue  # not a date after all: keep the text
    return shown
