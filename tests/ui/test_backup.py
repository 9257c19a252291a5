"""备份与移交: the handoff wizard onto a stick, the receiving side, automatic backups.

Passphrase operations cost about 1.5 s of scrypt each: only the first test encrypts.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from branchdesk.backup.create import create_backup
from branchdesk.backup.drives import Drive, FakeDrives, check_writable
from branchdesk.backup.errors import BackupCancelled, BackupError
from branchdesk.core.enums import BackupKind, Stage
from branchdesk.core.models import BackupRecord, Member
from branchdesk.ui.backup import handoff
from branchdesk.ui.backup.backup_now import BackupNowDialog
from branchdesk.ui.backup.handoff import HandoffWizard
from branchdesk.ui.backup.handoff_view import HandoffWizardView
from branchdesk.ui.backup.labels import family_label, kind_label
from branchdesk.ui.backup.page import BackupPage, FolderOpener
from branchdesk.ui.backup.passphrase import Strength, passphrase_strength
from branchdesk.ui.backup.restore import RestoreWizard
from branchdesk.ui.backup.restore_view import RestoreWizardView
from branchdesk.ui.backup.task import BackupTask
from branchdesk.ui.dialogs import ConfirmDialog, MessageDialog
from branchdesk.ui.i18n import qt_translate
from branchdesk.ui.main_window import MainWindow
from branchdesk.ui.members.list_model import Column
from branchdesk.ui.members.page import MembersPage
from branchdesk.ui.pages.reminder_model import ReminderRole
from branchdesk.ui.printing.preview import PrintPreviewDialog

PASSPHRASE = "红旗渠 spring 2026!"
GiB = 2**30


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The one-sentence messages shown in message boxes (instead of showing them)."""
    shown: list[str] = []
    monkeypatch.setattr(
        MessageDialog, "warn", classmethod(lambda _cls, _parent, _title, text: shown.append(text))
    )
    return shown


@pytest.fixture
def sticks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """A writable and a read-only USB stick and the system disk, as folders."""
    folders = {name: tmp_path / name for name in ("usb", "locked", "system")}
    for folder in folders.values():
        folder.mkdir()
    drives = FakeDrives(
        [
            Drive(folders["system"], "系统盘", False, False, 80 * GiB, 240 * GiB),
            Drive(folders["locked"], "SANDISK", True, True, 3 * GiB, 8 * GiB),
            Drive(folders["usb"], "KINGSTON", True, False, 14 * GiB, 16 * GiB),
        ]
    )
    monkeypatch.setattr(handoff, "drive_lister", lambda: drives)
    return folders


def backup_page(qtbot, window: MainWindow) -> BackupPage:
    assert window.show_page("backup")
    page = window.page("backup")
    assert isinstance(page, BackupPage)
    qtbot.waitUntil(lambda: page.data is not None and not page.is_loading(), timeout=5000)
    return page


def open_handoff(qtbot, window: MainWindow) -> HandoffWizard:
    backup_page(qtbot, window).view.hand_over_button.click()
    wizard = window.findChild(HandoffWizard)
    assert wizard is not None
    qtbot.waitUntil(wizard.isVisible)
    return wizard


def records(gui) -> list[BackupRecord]:
    with gui.database.reading() as session:
        return list(session.scalars(select(BackupRecord).order_by(BackupRecord.id)))


def member_names(gui) -> list[str]:
    with gui.database.reading() as session:
        return sorted(session.scalars(select(Member.name)))


def test_passphrase_strength_is_judged_by_length_and_variety() -> None:
    cases = {
        "": Strength.TOO_SHORT,
        "abc1234": Strength.TOO_SHORT,
        "aaaaaaaaaaaa": Strength.WEAK,  # long, but one letter
        "password": Strength.WEAK,
        "Passw0rd": Strength.FAIR,  # three kinds
        "correcthorse": Strength.FAIR,  # twelve letters
        "correct horse battery": Strength.STRONG,
        PASSPHRASE: Strength.STRONG,
        "红旗渠精神永放光芒": Strength.WEAK,  # nine characters of one script
    }
    assert {text: passphrase_strength(text) for text in cases} == cases


def test_the_clerk_hands_over_on_a_stick_and_the_next_one_checks_it(
    qtbot, gui, make_window, sticks, warnings
) -> None:
    # Given an archive with two members
    gui.add_people(("王芳", Stage.FULL), ("李明", Stage.CANDIDATE))
    window = make_window()
    wizard = open_handoff(qtbot, window)
    view = wizard.view
    visited: list[int] = []
    view.stack.currentChanged.connect(visited.append)

    # The stick is chosen for the clerk: the first removable drive that can be written
    assert wizard.selected_drive() is not None
    assert wizard.selected_drive().path == sticks["usb"]
    assert [drive.path for drive in wizard.drive_list][:2] == [sticks["locked"], sticks["usb"]]
    wizard.go_next()
    assert wizard.step() == HandoffWizardView.PASSPHRASE

    # A short passphrase and two different entries are refused
    view.passphrase.first.setText("abc")
    view.passphrase.second.setText("abc")
    assert not view.next_button.isEnabled()
    view.passphrase.first.setText(PASSPHRASE)
    view.passphrase.second.setText(PASSPHRASE.upper())
    assert not view.next_button.isEnabled()
    assert view.passphrase.mismatch.isVisible()
    view.passphrase.second.setText(PASSPHRASE)
    assert not view.passphrase.mismatch.isVisible()
    assert view.next_button.isEnabled()

    # When the clerk writes the backup: it is written, read back and verified
    view.next_button.click()
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=30_000)
    assert HandoffWizardView.WRITE in visited
    assert wizard.step() == HandoffWizardView.VERIFY
    result = wizard.result
    assert result.encrypted and result.path.parent == sticks["usb"]
    assert [path.name for path in sticks["usb"].iterdir()] == [result.path.name]
    assert view.verified_box.isVisible()
    assert view.file_sha.text().replace(" ", "") == result.sha256
    assert [(r.kind, r.encrypted, r.path) for r in records(gui)] == [
        (BackupKind.HANDOFF, True, str(result.path))
    ]

    # Then the 交接清单 opens in the print preview
    view.next_button.click()
    assert wizard.step() == HandoffWizardView.PRINT
    assert len(wizard.previews) == 1
    preview = wizard.previews[0]
    assert isinstance(preview, PrintPreviewDialog)
    qtbot.waitUntil(preview.is_ready, timeout=10_000)
    assert result.path.name in preview.job.title
    assert preview.page_count() == 1
    preview.close()
    gui.wait_closed(preview)
    view.next_button.click()
    assert wizard.step() == HandoffWizardView.DONE
    assert str(result.path) in view.done_file.text()
    view.cancel_button.click()  # 完成
    qtbot.waitUntil(lambda: window.findChild(HandoffWizard) is None)

    # The page says the last backup is today's handoff
    page = backup_page(qtbot, window)
    assert kind_label(BackupKind.HANDOFF) in page.view.last_details.text()
    assert str(result.path) in page.view.last_details.text()
    assert page.view.last_warning.isHidden()

    # The next clerk checks the file: a wrong passphrase says so and changes nothing
    restore = RestoreWizard(window.context, window, path=result.path, host=window)
    qtbot.addWidget(restore)
    restore.show()
    assert restore.encrypted and restore.view.passphrase_box.isVisible()
    assert not restore.view.next_button.isEnabled()  # no passphrase yet
    restore.view.passphrase.setText("wrong passphrase")
    restore.go_next()
    qtbot.waitUntil(lambda: bool(warnings), timeout=20_000)
    assert warnings == [
        qt_translate(
            "Errors",
            "The passphrase is wrong: it does not open this backup. Ask the clerk who made it (it"
            " is agreed in person and never written on the handoff list).",
        )
    ]
    assert restore.step() == RestoreWizardView.FILE
    assert member_names(gui) == ["李明", "王芳"]
    assert not gui.data_dir.safety_backups.exists() or not any(
        gui.data_dir.safety_backups.iterdir()
    )
    assert not any((gui.data_dir.root / "backups" / "tmp").iterdir())  # nothing decrypted left

    # With the right one, the backup's contents show beside this PC's
    restore.view.passphrase.setText(PASSPHRASE)
    restore.go_next()
    qtbot.waitUntil(lambda: restore.checked is not None, timeout=20_000)
    assert restore.step() == RestoreWizardView.PREVIEW
    assert restore.counts_shown()[family_label("members")] == ("2", "2")
    assert restore.view.older_box.isHidden()  # nothing changed since
    restore.reject()
    assert not any((gui.data_dir.root / "backups" / "tmp").iterdir())


def test_a_read_only_stick_is_refused_and_another_folder_can_be_chosen(
    qtbot, gui, make_window, sticks, tmp_path, monkeypatch
) -> None:
    gui.add_people(("王芳", Stage.FULL))
    window = make_window()
    wizard = open_handoff(qtbot, window)
    view = wizard.view
    locked = [drive.path for drive in wizard.drive_list].index(sticks["locked"])
    view.drives.selectRow(locked)
    with pytest.raises(BackupError) as refused:
        check_writable(wizard.drive_list[locked])
    assert view.drive_error.isVisible()
    assert view.drive_error.text() == refused.value.text(qt_translate)
    assert not view.next_button.isEnabled()

    # “Choose another folder…” adds the folder and selects it
    other = tmp_path / "其他文件夹"
    other.mkdir()
    monkeypatch.setattr(HandoffWizard, "ask_folder", classmethod(lambda _cls, _parent: other))
    view.folder_button.click()
    assert wizard.selected_drive().path == other
    assert view.drive_error.isHidden()
    assert view.next_button.isEnabled()
    wizard.reject()


def test_cancelling_the_write_leaves_nothing_on_the_stick(
    qtbot, gui, make_window, sticks, monkeypatch
) -> None:
    gui.add_people(("王芳", Stage.FULL))
    window = make_window()
    # The worker waits in its first progress report until the clerk has clicked Cancel.
    gate = threading.Event()
    report = BackupTask._report

    def held(self: BackupTask, done: int, total: int) -> None:
        gate.wait(10)
        report(self, done, total)

    monkeypatch.setattr(BackupTask, "_report", held)
    wizard = open_handoff(qtbot, window)
    wizard.go_next()
    wizard.view.no_passphrase.setChecked(True)
    assert wizard.view.no_passphrase_warning.isVisible()
    answers: list[bool] = []

    def confirm(*_args: object) -> bool:
        answers.append(True)
        return True

    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(confirm))
    wizard.go_next()
    assert answers == [True]  # writing without a passphrase was asked first
    assert wizard.step() == HandoffWizardView.WRITE
    wizard.view.cancel_button.click()
    gate.set()
    qtbot.waitUntil(lambda: wizard.step() == HandoffWizardView.PASSPHRASE, timeout=10_000)
    assert wizard.view.status.text() == BackupCancelled().text(qt_translate)
    assert list(sticks["usb"].iterdir()) == []
    assert records(gui) == []
    assert wizard.result is None
    wizard.reject()


def plain_backup(gui, folder: Path) -> Path:
    """A plain backup dated a minute ago: the backup's time has whole seconds, so a change
    within the same second would not count as later."""
    folder.mkdir(exist_ok=True)
    earlier = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1)
    return create_backup(gui.database, gui.data_dir, folder, now=earlier).path


def test_restoring_an_older_backup_warns_then_every_page_shows_the_restored_archive(
    qtbot, gui, make_window, tmp_path, monkeypatch, warnings
) -> None:
    # Given a backup holding 王芳, and 李明 added on this PC after it
    gui.add_people(("王芳", Stage.FULL))
    backup = plain_backup(gui, tmp_path / "usb")
    gui.add_people(("李明", Stage.ACTIVIST), branch="第二党支部")
    window = make_window()
    members_before = window.page("members")
    page = backup_page(qtbot, window)
    monkeypatch.setattr(RestoreWizard, "ask_path", classmethod(lambda _cls, _parent: backup))

    # When the clerk chooses the file, it is verified and compared with this PC
    page.view.restore_button.click()
    restore = window.findChild(RestoreWizard)
    assert restore is not None
    restore.view.choose_button.click()
    assert not restore.encrypted and restore.view.passphrase_box.isHidden()
    restore.view.next_button.click()
    qtbot.waitUntil(lambda: restore.checked is not None, timeout=10_000)
    shown = restore.counts_shown()
    assert shown[family_label("members")] == ("1", "2")
    assert shown[family_label("branches")] == ("1", "2")
    assert restore.view.older_box.isVisible()  # restoring loses 李明
    assert str(gui.data_dir.safety_backups) in restore.view.safety.text()

    # Keeping this PC's archive changes nothing
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda *_args: False))
    restore.view.next_button.click()
    assert restore.step() == RestoreWizardView.PREVIEW
    assert member_names(gui) == ["李明", "王芳"]

    # Replacing it restores the backup; the pages are built again and show it
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda *_args: True))
    restore.view.next_button.click()
    qtbot.waitUntil(lambda: restore.result is not None, timeout=10_000)
    assert warnings == []
    assert member_names(gui) == ["王芳"]
    safety = restore.result.safety_copy
    assert safety is not None and safety.exists()
    assert str(safety) in restore.view.restore_detail.text()
    members = window.page("members")
    assert members is not members_before  # built again on the restored archive
    assert isinstance(members, MembersPage)
    model = members.model
    assert [model.index(row, Column.NAME).data() for row in range(model.rowCount())] == ["王芳"]
    restore.view.cancel_button.click()  # 关闭
    qtbot.waitUntil(lambda: window.findChild(RestoreWizard) is None)
    assert window.isVisible()
    assert window.show_page("members")


def test_a_damaged_file_is_one_sentence_and_nothing_changes(
    qtbot, gui, make_window, tmp_path, warnings
) -> None:
    gui.add_people(("王芳", Stage.FULL))
    backup = plain_backup(gui, tmp_path / "usb")
    data = bytearray(backup.read_bytes())
    data[len(data) // 2] ^= 0xFF
    backup.write_bytes(bytes(data))
    window = make_window()
    restore = RestoreWizard(window.context, window, path=backup, host=window)
    qtbot.addWidget(restore)
    restore.go_next()
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    assert len(warnings) == 1 and "\n" not in warnings[0]  # one sentence, no trace
    assert restore.step() == RestoreWizardView.FILE
    assert restore.checked is None
    assert member_names(gui) == ["王芳"]
    restore.reject()


def test_closing_the_window_after_a_change_makes_an_automatic_backup(
    qtbot, gui, make_window
) -> None:
    window = make_window()
    window.start_automatic_backups()
    gui.add_people(("王芳", Stage.FULL))  # a change while the window is open
    window.close()
    backups = list(gui.data_dir.automatic_backups.iterdir())
    assert len(backups) == 1
    assert [(r.kind, r.path) for r in records(gui)] == [(BackupKind.AUTOMATIC, str(backups[0]))]


def test_the_daily_backup_runs_in_the_background_and_a_failure_only_says_so(
    qtbot, gui, make_window
) -> None:
    gui.add_people(("王芳", Stage.FULL))
    window = make_window()
    page = backup_page(qtbot, window)
    assert page.view.list_stack.currentWidget() is page.view.empty
    backups = window.automatic_backups
    window.start_automatic_backups()
    with qtbot.waitSignal(backups.made, timeout=10_000):
        assert backups.run_daily()
    assert window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: page.view.table.rowCount() == 1, timeout=5000)

    # A folder that cannot be made: the status bar says so, and quitting still works
    gui.add_people(("李明", Stage.ACTIVIST), branch="第二党支部")
    for path in gui.data_dir.automatic_backups.iterdir():
        path.unlink()
    gui.data_dir.automatic_backups.rmdir()
    gui.data_dir.automatic_backups.write_text("not a folder")
    qtbot.waitUntil(lambda: not backups.is_running(), timeout=10_000)
    with qtbot.waitSignal(backups.failed, timeout=10_000) as failure:
        assert backups.run_daily()
    assert failure.args[0] in window.statusBar().currentMessage()
    window.close()
    assert not window.isVisible()


def test_the_backup_reminder_opens_the_backup_page(qtbot, gui, make_window) -> None:
    gui.add_people(("王芳", Stage.FULL))  # records, never backed up
    window = make_window()
    dashboard = gui.wait_for_dashboard(window)
    model = dashboard.model
    row = next(
        r
        for r in range(model.rowCount())
        if model.index(r, 0).data(ReminderRole).subject == "backup"
    )
    assert dashboard.open_reminder(model.index(row, 0))
    assert window.current_key == "backup"


@pytest.fixture(autouse=True)
def _no_leftovers(gui) -> Iterator[None]:
    """No test leaves a decrypted or extracted backup in the data dir."""
    yield
    work = gui.data_dir.root / "backups" / "tmp"
    assert not work.exists() or not any(work.iterdir())


def test_back_up_now_writes_a_checked_file_into_the_chosen_folder(
    qtbot, gui, make_window, tmp_path, monkeypatch
) -> None:
    gui.add_people(("王芳", Stage.FULL))
    window = make_window()
    page = backup_page(qtbot, window)
    folder = tmp_path / "移动硬盘"
    folder.mkdir()
    monkeypatch.setattr(
        BackupNowDialog, "ask_folder", classmethod(lambda _cls, _parent, _start: folder)
    )
    page.view.back_up_button.click()
    dialog = window.findChild(BackupNowDialog)
    assert dialog is not None and dialog.folder == folder
    # Encrypting needs an acceptable passphrase; plain needs nothing
    dialog.encrypt.setChecked(True)
    assert not dialog.start_button.isEnabled()
    dialog.encrypt.setChecked(False)
    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10_000)
    assert [path.name for path in folder.iterdir()] == [dialog.result.path.name]
    assert dialog.done_box.isVisible()
    assert [(r.kind, r.encrypted) for r in records(gui)] == [(BackupKind.MANUAL, False)]
    qtbot.waitUntil(lambda: kind_label(BackupKind.MANUAL) in page.view.last_details.text())
    dialog.close_button.click()

    # The folder is offered again next time
    asked: list[Path | None] = []
    monkeypatch.setattr(
        BackupNowDialog,
        "ask_folder",
        classmethod(lambda _cls, _parent, start: asked.append(start)),
    )
    page = backup_page(qtbot, window)
    page.view.back_up_button.click()
    assert asked == [folder]


def test_checking_a_file_shows_its_contents_and_prints_its_handoff_list(
    qtbot, gui, make_window, tmp_path, monkeypatch
) -> None:
    gui.add_people(("王芳", Stage.FULL), ("李明", Stage.ACTIVIST))
    backup = plain_backup(gui, tmp_path / "usb")
    window = make_window()
    page = backup_page(qtbot, window)
    monkeypatch.setattr(RestoreWizard, "ask_path", classmethod(lambda _cls, _parent: backup))
    page.view.check_button.click()
    check = window.findChild(RestoreWizard)
    assert check is not None and check.check_only
    check.view.choose_button.click()
    check.view.next_button.click()
    qtbot.waitUntil(lambda: check.checked is not None, timeout=10_000)
    assert check.counts_shown()[family_label("members")] == ("2", "2")
    assert check.view.next_button.isHidden()  # nothing to restore here
    preview = check.open_handoff_list()
    assert preview is not None
    qtbot.waitUntil(preview.is_ready, timeout=10_000)
    assert backup.name in preview.job.title
    check.view.cancel_button.click()  # 关闭: the preview closes with it
    gui.wait_closed(preview)
    assert member_names(gui) == ["李明", "王芳"]


def test_the_automatic_backups_folder_opens_and_a_backup_in_it_can_be_restored(
    qtbot, gui, make_window, monkeypatch
) -> None:
    gui.add_people(("王芳", Stage.FULL))
    window = make_window()
    window.start_automatic_backups()
    with qtbot.waitSignal(window.automatic_backups.made, timeout=10_000):
        window.automatic_backups.run_daily()
    page = backup_page(qtbot, window)
    qtbot.waitUntil(lambda: page.view.table.rowCount() == 1, timeout=5000)
    opened: list[Path] = []
    monkeypatch.setattr(
        FolderOpener, "open", classmethod(lambda _cls, folder: opened.append(folder))
    )
    page.view.open_folder_button.click()
    assert opened == [gui.data_dir.automatic_backups]
    assert not page.view.restore_selected_button.isEnabled()
    page.view.table.selectRow(0)
    page.view.restore_selected_button.click()
    restore = window.findChild(RestoreWizard)
    assert restore is not None and not restore.check_only
    assert restore.path == next(gui.data_dir.automatic_backups.iterdir())
    restore.reject()
