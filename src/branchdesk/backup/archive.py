"""The backup ZIP: written member by member with its hashes, read back as untrusted input.

Order inside: README.txt first (so a cut-off file is still recognised as ours), the database,
the attachments, and manifest.json last with the size and SHA-256 of every other member.
Reading never extracts blindly: names are allow-listed, links and duplicates refused, and the
bytes actually read are capped and hashed.
"""

from __future__ import annotations

import hashlib
import io
import stat
import zipfile
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO

from branchdesk.backup.errors import BackupCancelled, damaged, not_a_backup, truncated
from branchdesk.backup.manifest import (
    DATABASE,
    MANIFEST,
    MANIFEST_MAX_BYTES,
    README,
    FileEntry,
    Manifest,
    allowed_name,
    parse,
)

BLOCK = 1024 * 1024
MAX_MEMBER_BYTES = 8 * 1024**3  # no single member of a real archive comes near this
MAX_TOTAL_BYTES = 32 * 1024**3
MAX_MEMBERS = 200_000
# Called with (bytes done, bytes in all); raises BackupCancelled to stop.
Progress = Callable[[int, int], None]

README_TEXT = """BranchDesk (支部台账) backup
============================

This file is a backup of a Party branch's archive made by BranchDesk.
这是“支部台账”程序生成的备份文件，内含支部的全部台账数据。

To restore it: open BranchDesk, 备份与移交 → 恢复备份, and choose this file.
恢复方法：打开“支部台账”，进入“备份与移交”→“恢复备份”，选择本文件。

Without BranchDesk (in a ZIP file):
- manifest.json    what the backup holds: date, branches, counts, SHA-256 of every file
- database.sqlite3 the whole archive as an SQLite database (open it with DB Browser for SQLite)
- attachments/     scanned files and photos, named by their SHA-256; the "attachments" table
                   of the database tells which record each belongs to and its original name

If the file name ends in .age it is encrypted with a passphrase: decrypt it with the standard
age tool (https://age-encryption.org):   age -d -o backup.zip FILE.zip.age
文件名以 .age 结尾表示已用口令加密，可用开源工具 age 解密后得到上述 ZIP 文件。
"""


@dataclass(frozen=True)
class Member:
    """A file to put into the archive under ``name``."""

    name: str
    path: Path
    compress: bool


def _copy_hashing(
    source: IO[bytes],
    target: IO[bytes],
    done: int,
    total: int,
    progress: Progress | None,
) -> tuple[int, str]:
    digest = hashlib.sha256()
    size = 0
    while block := source.read(BLOCK):
        digest.update(block)
        target.write(block)
        size += len(block)
        if progress is not None:
            progress(done + size, total)
    return size, digest.hexdigest()


def write_archive(
    output: IO[bytes], members: Sequence[Member], manifest: Manifest, progress: Progress | None
) -> Manifest:
    """Write README, ``members`` and the manifest listing them; returns the manifest written."""
    total = sum(member.path.stat().st_size for member in members)
    done = 0
    entries = []
    with zipfile.ZipFile(output, "w", allowZip64=True) as archive:
        readme = README_TEXT.encode("utf-8")
        archive.writestr(README, readme, compress_type=zipfile.ZIP_DEFLATED)
        entries.append(FileEntry(README, len(readme), hashlib.sha256(readme).hexdigest()))
        for member in members:
            info = zipfile.ZipInfo(member.name, date_time=(2000, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED if member.compress else zipfile.ZIP_STORED
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            with (
                open(member.path, "rb") as source,
                archive.open(info, "w", force_zip64=True) as target,
            ):
                size, sha = _copy_hashing(source, target, done, total, progress)
            done += size
            entries.append(FileEntry(member.name, size, sha))
        written = replace(manifest, files=tuple(entries))
        archive.writestr(MANIFEST, written.to_json(), compress_type=zipfile.ZIP_DEFLATED)
    return written


def looks_cut_off(head: bytes) -> bool:
    """A file that starts like one of our archives (README.txt first) but does not open."""
    return head.startswith(b"PK\x03\x04") and README.encode() in head[:64]


def _open(source: Path | bytes) -> zipfile.ZipFile:
    head = source[:64] if isinstance(source, bytes) else _head(source)
    try:
        return zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError) as exc:
        raise (truncated() if looks_cut_off(head) else not_a_backup()) from exc


def _head(path: Path) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(64)


def _check_names(archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    infos = archive.infolist()
    names = [info.filename for info in infos]
    if MANIFEST not in names:
        raise not_a_backup()
    if len(infos) > MAX_MEMBERS or len(set(names)) != len(names):
        raise damaged(MANIFEST)
    for info in infos:
        is_link = stat.S_ISLNK(info.external_attr >> 16)
        if not allowed_name(info.filename) or is_link or info.flag_bits & 0x1:
            raise damaged(info.filename)
    return infos


def _read_capped(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    try:
        with archive.open(info) as handle:
            data = handle.read(limit + 1)
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise damaged(info.filename) from exc
    if len(data) > limit:
        raise damaged(info.filename)
    return data


def read_archive(
    source: Path | bytes,
    extract_to: Path | None,
    progress: Progress | None = None,
) -> Manifest:
    """Check an untrusted archive member by member against its manifest; with
    ``extract_to``, write the database and the attachments there (nothing else)."""
    try:
        with _open(source) as archive:
            infos = _check_names(archive)
            manifest = parse(_read_capped(archive, archive.getinfo(MANIFEST), MANIFEST_MAX_BYTES))
            listed = {entry.name: entry for entry in manifest.files}
            present = {info.filename for info in infos if info.filename != MANIFEST}
            if set(listed) != present or DATABASE not in listed:
                raise damaged(MANIFEST)
            total = sum(entry.size for entry in manifest.files)
            if total > MAX_TOTAL_BYTES:
                raise damaged(MANIFEST)
            done = 0
            for info in infos:
                if info.filename == MANIFEST:
                    continue
                done += _check_member(archive, info, listed[info.filename], extract_to)
                if progress is not None:
                    progress(done, total)
            return manifest
    except BackupCancelled:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
        if isinstance(exc, OSError) and exc.errno is not None:
            raise  # the disk, not the archive
        raise damaged() from exc


def _check_member(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, entry: FileEntry, extract_to: Path | None
) -> int:
    """Hash the bytes actually read (never more than listed) and keep them if asked."""
    limit = min(entry.size, MAX_MEMBER_BYTES)
    digest = hashlib.sha256()
    size = 0
    target: IO[bytes] | None = None
    if extract_to is not None and info.filename != "README.txt":
        path = extract_to / info.filename
        path.parent.mkdir(parents=True, exist_ok=True)
        target = open(path, "wb")  # noqa: SIM115 (closed below, also on errors)
    try:
        with archive.open(info) as handle:
            while block := handle.read(min(BLOCK, limit - size + 1)):
                size += len(block)
                if size > limit:
                    raise damaged(info.filename)
                digest.update(block)
                if target is not None:
                    target.write(block)
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:  # a flipped byte in this member
        raise damaged(info.filename) from exc
    finally:
        if target is not None:
            target.close()
    if size != entry.size or digest.hexdigest() != entry.sha256:
        raise damaged(info.filename)
    return size
