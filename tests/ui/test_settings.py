"""设置: edit, save, survive a restart; refuse a bad value without losing what was typed."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt

from branchdesk.core.rules.local_rules import RULE_LIMITS, rule_names
from branchdesk.ui.dialogs import UnsavedChangesDialog, UnsavedChoice
from branchdesk.ui.pages.rule_texts import RULE_TEXTS


@pytest.fixture
def settings_window(make_window, gui):
    """An archive with one branch, its settings page open."""
    gui.store_settings(clerk_name="王芳", branches=(gui.branch(),))
    window = make_window()
    window.show_page("settings")
    return window


def answer_unsaved(monkeypatch, choice: UnsavedChoice) -> list[str]:
    asked: list[str] = []

    def ask(_cls, _parent, what: str) -> UnsavedChoice:
        asked.append(what)
        return choice

    monkeypatch.setattr(UnsavedChangesDialog, "ask", classmethod(ask))
    return asked


def test_saving_writes_every_section(qtbot, settings_window, gui):
    page = gui.settings(settings_window)
    view = page.view
    assert not view.save_button.isEnabled()  # nothing changed yet
    # When the clerk types a new name, changes a rule and renames the branch
    view.clerk_name.setText("李明")  # keyClicks types ASCII only
    view.rules["study_hours_target"].setValue(40)
    name = view.branches.field_widget(0, "name")
    name.setText("计算机学院第二学生党支部")
    view.branches.field_widget(0, "committee_elected_on").set_value(dt.date(2025, 9, 20))
    assert view.save_button.isEnabled()
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    # Then the database holds all of it and the status bar says so
    stored = gui.stored_settings()
    assert stored.clerk_name == "李明"
    assert stored.rules.study_hours_target == 40
    assert stored.branches[0].name == "计算机学院第二学生党支部"
    assert stored.branches[0].committee_elected_on == dt.date(2025, 9, 20)
    assert settings_window.statusBar().currentMessage() == "设置已保存"
    assert not view.save_button.isEnabled()
    assert settings_window.context.actor == "李明"
    assert settings_window.windowTitle().endswith("计算机学院第二学生党支部")


def test_ctrl_s_saves(qtbot, settings_window, gui):
    view = gui.settings(settings_window).view
    qtbot.keyClicks(view.clerk_name, " Li")
    settings_window.activateWindow()
    qtbot.waitUntil(settings_window.isActiveWindow)  # waitActive only works as a context manager
    qtbot.keyClick(view.clerk_name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    # The shortcut animates a click of the Save button, which lands a moment later
    qtbot.waitUntil(lambda: gui.stored_settings().clerk_name == "王芳 Li", timeout=2000)


def test_an_empty_branch_name_is_refused_and_nothing_is_saved(qtbot, settings_window, gui):
    page = gui.settings(settings_window)
    view = page.view
    view.clerk_name.setText("李明")
    name = view.branches.field_widget(0, "name")
    name.clear()
    view.save_button.click()
    # The error names the field, in Chinese, and marks it
    assert view.error.isVisibleTo(page)
    assert view.error.text() == "第 1 个支部（名称）：每个支部都必须填写名称。"
    assert name.property("invalid") is True
    # Nothing was saved, and what the clerk typed is still there
    assert gui.stored_settings().clerk_name == "王芳"
    assert gui.stored_settings().branches[0].name == "计算机学院第一学生党支部"
    assert view.clerk_name.text() == "李明"
    assert view.save_button.isEnabled()
    # Typing into the field clears the mark; saving then works
    qtbot.keyClicks(name, "Branch 1")
    assert not view.error.isVisibleTo(page)
    assert name.property("invalid") is False
    view.save_button.click()
    assert gui.stored_settings().branches[0].name == "Branch 1"


def test_two_branches_with_one_name_are_refused(settings_window, gui):
    view = gui.settings(settings_window).view
    view.branches.add_branch().setText("计算机学院第一学生党支部")
    view.save_button.click()
    assert view.error.text() == "第 2 个支部（名称）：支部名称“计算机学院第一学生党支部”重复了。"
    assert len(gui.stored_settings().branches) == 1


def test_a_new_archive_needs_a_branch(window, gui):
    window.show_page("settings")
    view = gui.settings(window).view
    view.clerk_name.setText("李明")
    view.save_button.click()
    assert view.error.text() == "支部：请至少保留一个支部。"
    assert view.branches.table.property("invalid") is True
    # Adding the branch clears the message; the new branch saves with its date
    name = view.branches.add_branch()
    assert not view.error.isVisible()
    name.setText("新建党支部")
    view.branches.field_widget(0, "parent_org").setText("学院党委")
    view.branches.field_widget(0, "committee_term_years").setValue(5)
    view.save_button.click()
    stored = gui.stored_settings()
    assert [(b.name, b.parent_org, b.committee_term_years) for b in stored.branches] == [
        ("新建党支部", "学院党委", 5)
    ]
    assert stored.clerk_name == "李明"


def test_removing_a_branch(settings_window, gui):
    gui.store_settings(branches=(*gui.stored_settings().branches, gui.branch(name="教工党支部")))
    page = gui.settings(settings_window)
    page.refresh()
    page.view.branches.remove_button(0).click()
    page.view.save_button.click()
    assert [b.name for b in gui.stored_settings().branches] == ["教工党支部"]


def test_revert_shows_the_saved_values(settings_window, gui):
    view = gui.settings(settings_window).view
    view.clerk_name.setText("李明")
    view.rules["backup_max_age_days"].setValue(30)
    view.revert_button.click()
    assert view.clerk_name.text() == "王芳"
    assert view.rules["backup_max_age_days"].value() == 7
    assert not view.save_button.isEnabled()


def test_settings_survive_a_restart(make_window, settings_window, gui):
    view = gui.settings(settings_window).view
    view.clerk_name.setText("李明")
    view.rules["lectures_per_year"].setValue(6)
    view.language.setCurrentIndex(view.language.findData("en"))
    view.save_button.click()
    settings_window.close()
    again = make_window()  # the language applies on restart
    assert again.navigation.titles() == [
        "Dashboard",
        "Member files",
        "Development",
        "Meetings",
        "Study",
        "Inspections",
        "Evaluation",
        "Volunteer service",
        "Backup and handoff",
        "Settings",
    ]
    again.show_page("settings")
    view = gui.settings(again).view
    assert view.clerk_name.text() == "李明"
    assert view.rules["lectures_per_year"].value() == 6
    assert view.language.currentData() == "en"
    assert view.branches.field_widget(0, "name").text() == "计算机学院第一学生党支部"


def test_leaving_with_unsaved_changes_can_be_cancelled(qtbot, settings_window, gui, monkeypatch):
    asked = answer_unsaved(monkeypatch, UnsavedChoice.CANCEL)
    view = gui.settings(settings_window).view
    view.clerk_name.setText("李明")
    assert not settings_window.show_page("dashboard")
    assert asked == ["设置"]
    assert settings_window.current_key == "settings"
    assert settings_window.navigation.titles()[settings_window.navigation.currentRow()] == "设置"
    assert view.clerk_name.text() == "李明"


def test_leaving_with_unsaved_changes_can_discard(settings_window, gui, monkeypatch):
    answer_unsaved(monkeypatch, UnsavedChoice.DISCARD)
    view = gui.settings(settings_window).view
    view.clerk_name.setText("李明")
    assert settings_window.show_page("dashboard")
    assert view.clerk_name.text() == "王芳"
    assert gui.stored_settings().clerk_name == "王芳"


def test_leaving_with_unsaved_changes_can_save(settings_window, gui, monkeypatch):
    answer_unsaved(monkeypatch, UnsavedChoice.SAVE)
    gui.settings(settings_window).view.clerk_name.setText("李明")
    assert settings_window.show_page("dashboard")
    assert gui.stored_settings().clerk_name == "李明"


def test_a_failed_save_keeps_the_page_open(settings_window, gui, monkeypatch):
    answer_unsaved(monkeypatch, UnsavedChoice.SAVE)
    gui.settings(settings_window).view.branches.field_widget(0, "name").clear()
    assert not settings_window.show_page("dashboard")
    assert settings_window.current_key == "settings"


def test_closing_the_window_with_unsaved_changes_asks(settings_window, gui, monkeypatch):
    asked = answer_unsaved(monkeypatch, UnsavedChoice.CANCEL)
    gui.settings(settings_window).view.clerk_name.setText("李明")
    assert not settings_window.close()
    assert asked == ["设置"]
    assert settings_window.isVisible()
    answer_unsaved(monkeypatch, UnsavedChoice.SAVE)
    assert settings_window.close()
    assert gui.stored_settings().clerk_name == "李明"


def test_every_local_rule_has_a_labelled_spin_box_with_its_limits(settings_window, gui):
    view = gui.settings(settings_window).view
    assert set(RULE_TEXTS) == set(rule_names()) == set(view.rules)
    for name, spin in view.rules.items():
        assert (spin.minimum(), spin.maximum()) == RULE_LIMITS[name]
    assert view.rules["activist_min_months_after_application"].suffix() == " 个月"


def test_an_unset_election_date_shows_as_not_set(qtbot, settings_window, gui):
    date_field = gui.settings(settings_window).view.branches.field_widget(0, "committee_elected_on")
    assert date_field.value() is None
    assert date_field.edit.text() == "未设置"
    date_field.set_value(dt.date(2024, 11, 26))
    assert date_field.edit.text() == "2024年11月26日"
    date_field.clear_button.click()
    assert date_field.value() is None
    # The calendar of an empty field opens on today's month, not on 1900
    calendar = date_field.edit.calendarWidget()
    arrow = QPoint(date_field.edit.width() - 6, date_field.edit.height() // 2)
    qtbot.mouseClick(date_field.edit, Qt.MouseButton.LeftButton, pos=arrow)
    qtbot.waitUntil(calendar.isVisible)
    assert (calendar.yearShown(), calendar.monthShown()) == (gui.today.year, gui.today.month)
    calendar.window().close()
    assert date_field.value() is None  # opening the calendar chose nothing
