"""Creating and verifying backups: complete, proven on the target, and every bad file named."""

from __future__ import annotations

import datetime as dt
import errno
import shutil
import sqlite3
import zipfile
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import select

from branchdesk.backup import create as create_module
from branchdesk.backup.create import create_backup
from branchdesk.backup.errors import BackupError, NewerBackupError, WrongPassphraseError
from branchdesk.backup.manifest import DATABASE, MANIFEST, README
from branchdesk.backup.verify import verify_backup
from branchdesk.core.enums import BackupKind
from branchdesk.core.models import BackupRecord

NOW = dt.datetime(2026, 12, 1, 9, 30, tzinfo=dt.UTC)
PASSPHRASE = "党支部 交接 2026 correct horse"


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def _age_decrypt(source: Path, target: Path, passphrase: str) -> int:
    """Run ``age -d`` as a person would: it reads the passphrase from a terminal only."""
    import os
    import pty

    pid, terminal = pty.fork()
    if pid == 0:  # the child: age on the pseudo-terminal
        os.execvp("age", ["age", "-d", "-o", str(target), str(source)])
    output = b""
    while b"passphrase" not in output.lower():
        output += os.read(terminal, 1024)
    os.write(terminal, passphrase.encode() + b"\n")
    while True:
        try:
            if not os.read(terminal, 1024):
                break
        except OSError:  # the terminal closes when age exits
            break
    return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])


def _template(error: BackupError) -> str:
    return error.template


def test_a_backup_holds_everything_and_is_recorded(database, data_dir, filled, usb) -> None:
    result = create_backup(database, data_dir, usb, now=NOW)
    assert result.path == usb / "BranchDesk-backup-20261201-093000.zip"
    assert [p.name for p in usb.iterdir()] == [result.path.name]  # no partial file left
    with zipfile.ZipFile(result.path) as archive:
        names = archive.namelist()
    assert names[0] == README and names[-1] == MANIFEST and DATABASE in names
    assert sum(name.startswith("attachments/") for name in names) == 2
    manifest = result.manifest
    assert manifest.counts["members"] == 2 and manifest.counts["attachments"] == 2
    assert manifest.branches == ("计算机学院第一学生党支部",)
    assert {entry.name for entry in manifest.files} == set(names) - {MANIFEST}
    with verify_backup(result.path) as verified:
        assert verified.manifest == manifest and not verified.encrypted
        assert len(list(verified.attachments.rglob("*"))) == 4  # 2 folders, 2 files
    with database.reading() as session:
        record = session.scalars(select(BackupRecord)).one()
    assert (record.kind, record.sha256, record.encrypted) == (
        BackupKind.MANUAL,
        result.sha256,
        False,
    )
    # A second backup in the same second gets its own name: no backup is ever overwritten
    again = create_backup(database, data_dir, usb, now=NOW)
    assert again.path.name == "BranchDesk-backup-20261201-093000-2.zip"
    assert result.path.exists()


def test_an_encrypted_backup_and_its_failures(database, data_dir, filled, usb) -> None:
    result = create_backup(database, data_dir, usb, passphrase=PASSPHRASE, now=NOW)
    assert result.path.name.endswith(".zip.age") and result.encrypted
    blob = result.path.read_bytes()
    assert blob.startswith(b"age-encryption.org/v1\n")
    for secret in ("王芳", "李明", "计算机学院第一学生党支部", "database.sqlite3", "manifest"):
        assert secret.encode() not in blob  # nothing of the archive shows in the file
    if shutil.which("age"):  # the standard tool opens it (the README tells how)
        decrypted = usb / "plain.zip"
        assert _age_decrypt(result.path, decrypted, PASSPHRASE) == 0
        assert zipfile.ZipFile(decrypted).read(MANIFEST) == result.manifest.to_json()

    with pytest.raises(BackupError) as no_passphrase:
        verify_backup(result.path)
    with pytest.raises(WrongPassphraseError) as wrong:
        verify_backup(result.path, "wrong passphrase")
    flipped = usb / "flipped.zip.age"
    middle = len(blob) // 2
    flipped.write_bytes(blob[:middle] + bytes([blob[middle] ^ 0x01]) + blob[middle + 1 :])
    with pytest.raises(BackupError) as damaged:
        verify_backup(flipped, PASSPHRASE)
    cut = usb / "cut.zip.age"
    cut.write_bytes(blob[: len(blob) - 1000])
    with pytest.raises(BackupError) as truncated:
        verify_backup(cut, PASSPHRASE)
    # each failure says its own thing
    templates = [_template(e.value) for e in (no_passphrase, wrong, damaged, truncated)]
    assert len(set(templates)) == 4
    assert "passphrase" in templates[0] and "wrong" in templates[1]
    assert "damaged" in templates[2] and "cut short" in templates[3]


def test_plain_files_that_are_damaged_cut_or_foreign_each_say_so(
    database, data_dir, filled, usb, tmp_path
) -> None:
    good = create_backup(database, data_dir, usb, now=NOW).path
    data = good.read_bytes()
    messages = {}

    cut = tmp_path / "cut.zip"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(BackupError) as error:
        verify_backup(cut)
    messages["cut"] = error.value.template

    with zipfile.ZipFile(good) as archive:
        database_bytes = archive.read(DATABASE)
    flipped = tmp_path / "flipped.zip"
    shutil.copyfile(good, flipped)
    with zipfile.ZipFile(good) as archive:
        info = archive.getinfo(DATABASE)
    # flip one byte of the stored database (its CRC or our hash notices)
    raw = bytearray(flipped.read_bytes())
    offset = info.header_offset + 30 + len(DATABASE) + 100
    raw[offset] ^= 0x01
    flipped.write_bytes(bytes(raw))
    with pytest.raises(BackupError) as error:
        verify_backup(flipped)
    messages["flipped"] = error.value.template
    assert error.value.params.get("name") == DATABASE

    foreign = tmp_path / "photos.zip"
    with zipfile.ZipFile(foreign, "w") as archive:
        archive.writestr("holiday.jpg", b"\xff\xd8\xff" + b"0" * 100)
    with pytest.raises(BackupError) as error:
        verify_backup(foreign)
    messages["foreign"] = error.value.template

    text = tmp_path / "notes.txt"
    text.write_text("not a backup")
    with pytest.raises(BackupError) as error:
        verify_backup(text)
    assert error.value.template == messages["foreign"]
    assert len(set(messages.values())) == 3
    assert database_bytes  # the original was readable


@pytest.mark.parametrize(
    "name",
    ["../evil.txt", "/etc/passwd", "attachments/ab/../../x", "attachments/zz/" + "0" * 64],
)
def test_names_outside_the_allow_list_are_refused(
    database, data_dir, filled, usb, rewrite, name
) -> None:
    path = create_backup(database, data_dir, usb, now=NOW).path
    rewrite(path, {name: b"payload"}, fix_manifest=False)
    with pytest.raises(BackupError):
        verify_backup(path)


def test_a_member_larger_than_listed_is_not_read_past_its_size(
    database, data_dir, filled, usb, rewrite
) -> None:
    path = create_backup(database, data_dir, usb, now=NOW).path
    with zipfile.ZipFile(path) as archive:
        readme = archive.read(README)
    rewrite(path, {README: readme + b"0" * 5_000_000}, fix_manifest=False)
    with pytest.raises(BackupError) as error:
        verify_backup(path)
    assert error.value.params.get("name") == README


def test_a_trigger_in_the_snapshot_is_refused_even_with_good_hashes(
    database, data_dir, filled, usb, rewrite, tmp_path
) -> None:
    path = create_backup(database, data_dir, usb, now=NOW).path
    with zipfile.ZipFile(path) as archive:
        crafted = tmp_path / "crafted.sqlite3"
        crafted.write_bytes(archive.read(DATABASE))
    with closing(sqlite3.connect(crafted)) as connection:
        connection.execute(
            "CREATE TRIGGER wipe AFTER INSERT ON members BEGIN DELETE FROM members; END"
        )
        connection.commit()
    rewrite(path, {DATABASE: crafted.read_bytes()}, fix_manifest=True)
    with pytest.raises(BackupError) as error:
        verify_backup(path)
    assert "triggers" in error.value.template


def test_a_backup_from_a_newer_program_is_refused_with_what_to_install(
    database, data_dir, filled, usb, rewrite, tmp_path
) -> None:
    path = create_backup(database, data_dir, usb, now=NOW).path
    with zipfile.ZipFile(path) as archive:
        newer = tmp_path / "newer.sqlite3"
        newer.write_bytes(archive.read(DATABASE))
    with closing(sqlite3.connect(newer)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
        connection.commit()
    rewrite(path, {DATABASE: newer.read_bytes()}, fix_manifest=True)
    with pytest.raises(NewerBackupError) as error:
        verify_backup(path)
    assert error.value.params["revision"] == "9999"


def test_a_full_drive_leaves_no_partial_file_and_keeps_older_backups(
    database, data_dir, filled, usb, monkeypatch
) -> None:
    older = create_backup(database, data_dir, usb, now=NOW).path

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(create_module, "write_archive", full)
    with pytest.raises(BackupError) as error:
        create_backup(database, data_dir, usb)
    assert "not enough free space" in error.value.message
    assert [p.name for p in usb.iterdir()] == [older.name]


def test_a_file_that_does_not_read_back_is_removed(
    database, data_dir, filled, usb, monkeypatch
) -> None:
    real_sha = create_module._file_sha256

    def pulled_out(path: Path) -> str:  # the stick was pulled right after the rename
        path.write_bytes(path.read_bytes()[:1000])
        return real_sha(path)

    monkeypatch.setattr(create_module, "_file_sha256", pulled_out)
    with pytest.raises(BackupError) as error:
        create_backup(database, data_dir, usb, now=NOW)
    assert "cut short" in error.value.template
    assert list(usb.iterdir()) == []
    with database.reading() as session:
        assert session.scalars(select(BackupRecord)).all() == []


def test_a_missing_target_is_refused_in_one_sentence(database, data_dir, tmp_path) -> None:
    with pytest.raises(BackupError) as error:
        create_backup(database, data_dir, tmp_path / "no-stick")
    assert "does not exist" in error.value.message
