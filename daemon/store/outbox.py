"""The outbox's two files beside the live store: the spool (queued mails' bytes) and the
sent log (send marks).

A queued mail is a row in the live file (who, why, state) plus its bytes in ``spool/``,
written and fsynced before the transaction that adds the row: the live file stays small
however many mails wait. "Sent" is one fsynced line appended to the sent log (O(1), no
rewrite of the live file); the next durable write of the live file carries the marks, and
the log starts over. Start-up and rollback replay the log.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path
from typing import Iterable

from daemon.store.durable import append_durably, fsync_dir, write_atomic


class Spool:
    """One file per queued mail, named by a hash of its Message-ID."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(mode=0o700, exist_ok=True)
        self._unsynced = False

    def path(self, message_id: str) -> Path:
        return self.folder / (hashlib.sha256(message_id.encode("utf-8")).hexdigest()[:40] + ".eml")

    def write(self, message_id: str, raw: bytes) -> None:
        """Durable file, folder fsynced later by ``sync`` (once for a whole transaction)."""
        write_atomic(self.path(message_id), raw, sync_dir=False)
        self._unsynced = True

    def read(self, message_id: str) -> bytes:
        return self.path(message_id).read_bytes()

    def remove(self, message_id: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.path(message_id))

    def sync(self) -> None:
        """Make new spool files' names durable: before the live file that names them."""
        if self._unsynced:
            fsync_dir(self.folder)
            self._unsynced = False

    def sweep(self, keep: Iterable[str]) -> None:
        """Remove files no kept Message-ID names (left by a crash or a rolled-back transaction)."""
        wanted = {self.path(message_id).name for message_id in keep}
        for path in self.folder.glob("*.eml"):
            if path.name not in wanted:
                path.unlink(missing_ok=True)


def sent_entries(log_path: Path) -> list[tuple[str, dict]]:
    """(message_id, fields) per line of a sent log; a line torn by a crash is skipped, so
    that mail counts as not sent and is sent again (with the same Message-ID)."""
    try:
        text = log_path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return []
    entries = []
    for line in text.splitlines():
        try:
            entry = json.loads(line)
            entries.append((entry.pop("message_id"), entry))
        except (ValueError, KeyError, AttributeError, TypeError):
            continue
    return entries


class SentLog:
    def __init__(self, path: Path) -> None:
        self.path = path

    def append(self, message_id: str, fields: dict) -> None:
        line = json.dumps({"message_id": message_id, **fields}, separators=(",", ":")) + "\n"
        append_durably(self.path, line.encode("utf-8"))

    def entries(self) -> list[tuple[str, dict]]:
        return sent_entries(self.path)

    def clear(self) -> None:
        """After a durable write the live file holds every mark: the log starts over."""
        if self.path.exists() and self.path.stat().st_size:
            with open(self.path, "r+b") as f:
                f.truncate(0)
                os.fsync(f.fileno())
