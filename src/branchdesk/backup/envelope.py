"""The optional age encryption around a backup ZIP (pyrage, passphrase mode).

age authenticates every 64 KiB chunk, so a flipped byte or a cut-off file never decrypts; but
pyrage reports both the same way. The ZIP inside is padded (with its own comment) to a whole
number of chunks, so a file whose payload is not a whole number of chunks was cut short.
"""

from __future__ import annotations

import struct

from branchdesk.backup.errors import (
    BackupError,
    WrongPassphraseError,
    damaged,
    not_a_backup,
    truncated,
)
from branchdesk.core.i18n import QT_TRANSLATE_NOOP

AGE_MAGIC = b"age-encryption.org/v1\n"
CHUNK = 64 * 1024  # age's plaintext chunk
TAG = 16  # Poly1305 tag per chunk
NONCE = 16  # the payload's nonce
EOCD_SIGNATURE = b"PK\x05\x06"
EOCD_SIZE = 22


def is_encrypted(head: bytes) -> bool:
    return head.startswith(AGE_MAGIC)


def pad_zip(data: bytes) -> bytes:
    """The ZIP with a comment that makes its length a whole number of age chunks."""
    if len(data) < EOCD_SIZE or data[-EOCD_SIZE : -EOCD_SIZE + 4] != EOCD_SIGNATURE:
        raise ValueError("a ZIP without a comment was expected")
    padding = (-len(data)) % CHUNK
    if not padding:
        return data
    return data[:-2] + struct.pack("<H", padding) + b" " * padding


def encrypt(data: bytes, passphrase: str) -> bytes:
    import pyrage

    return pyrage.passphrase.encrypt(pad_zip(data), passphrase)


def _payload_is_whole(blob: bytes) -> bool:
    """Whether the payload after the header is a whole number of chunks (see module doc)."""
    mac_line = blob.find(b"\n--- ")
    end = blob.find(b"\n", mac_line + 1) if mac_line >= 0 else -1
    if end < 0:
        return False
    payload = len(blob) - end - 1
    return payload > NONCE and (payload - NONCE) % (CHUNK + TAG) == 0


def decrypt(blob: bytes, passphrase: str) -> bytes:
    """The ZIP inside; a wrong passphrase, a damaged and a cut-off file each say so."""
    import pyrage

    if not passphrase:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Errors", "This backup is encrypted: enter the passphrase it was made with."
            )
        )
    try:
        return pyrage.passphrase.decrypt(blob, passphrase)
    except pyrage.DecryptError as exc:
        reason = str(exc)
        if reason == "Decryption failed":  # the passphrase opens no key stanza
            raise WrongPassphraseError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The passphrase is wrong: it does not open this backup. Ask the clerk who"
                    " made it (it is agreed in person and never written on the handoff list).",
                )
            ) from exc
        if reason == "Incomplete header" or not _payload_is_whole(blob):
            raise truncated() from exc
        if reason == "Header is invalid":
            raise not_a_backup() from exc
        raise damaged() from exc
