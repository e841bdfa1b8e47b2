"""The case store: one TinyDB file, written atomically, owned by one daemon at a time.

Durability rules (ARCHITECTURE.md): every write goes to a temp file, is fsynced, renamed over
the store and the folder is fsynced, so a crash leaves either the old or the new file, never
a torn one. Writes inside ``transaction()`` are grouped into one durable write, so that a
case and its outgoing mails become durable together. Reads come from memory.
"""

from __future__ import annotations

import contextlib
import copy
import fcntl
import json
import os
from pathlib import Path
from typing import Any, Iterator

from tinydb import Query, TinyDB
from tinydb.storages import Storage


class StoreError(RuntimeError):
    """The store cannot be used; the message says why and what to do."""


class AtomicJSONStorage(Storage):
    """TinyDB storage that keeps the document in memory and replaces the file atomically."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._depth = 0
        self._dirty = False
        self.writes = 0  # durable writes done, for tests and benchmarks
        if self.path.exists():
            try:
                self._data = json.loads(self.path.read_text(encoding="utf-8") or "{}")
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                raise StoreError(
                    f"{self.path} is not a readable store ({exc}); refusing to start empty. "
                    "Restore it from backup or move it aside to start a new store."
                ) from None
        else:
            self._data = {}

    def read(self) -> dict[str, Any]:
        return self._data

    def write(self, data: dict[str, Any]) -> None:
        self._data = data
        if self._depth:
            self._dirty = True
        else:
            self._flush()

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
            if not self._depth and self._dirty:
                self._dirty = False
                self._flush()

    def _flush(self) -> None:
        tmp = self.path.with_name(self.path.name + ".tmp")
        payload = json.dumps(self._data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, payload)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, self.path)
        dir_fd = os.open(self.path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
        self.writes += 1

    def close(self) -> None:
        pass


class Store:
    """Cases, outgoing mails, intake ledger and counters in one TinyDB file."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock_file = open(self.path.with_name(self.path.name + ".lock"), "a+")
        try:
            fcntl.flock(self._lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self._lock_file.close()
            raise StoreError(f"{self.path} is in use by another Lifeline daemon (lock held); only one may run per store") from None
        self.db = TinyDB(self.path, storage=AtomicJSONStorage)
        self.storage: AtomicJSONStorage = self.db.storage  # type: ignore[assignment]
        self.cases = self.db.table("cases", cache_size=0)
        self.outbox = self.db.table("outbox", cache_size=0)
        self.intake = self.db.table("intake", cache_size=0)
        self.meta = self.db.table("meta", cache_size=0)

    def transaction(self) -> contextlib.AbstractContextManager[None]:
        """Group writes into one durable write."""
        return self.storage.batch()

    def close(self) -> None:
        self.db.close()
        with contextlib.suppress(OSError):
            fcntl.flock(self._lock_file, fcntl.LOCK_UN)
        self._lock_file.close()

    # -- intake ledger -------------------------------------------------------------------
    def intake_record(self, *, uidvalidity: int, uid: int) -> dict | None:
        q = Query()
        return self.intake.get((q.uidvalidity == uidvalidity) & (q.uid == uid))

    def intake_duplicate(self, *, message_id: str | None, sha256: str) -> dict | None:
        """An earlier intake of the same mail (same bytes, or same Message-ID)."""
        q = Query()
        cond = q.sha256 == sha256
        if message_id:
            cond = cond | (q.message_id == message_id)
        return self.intake.get(cond)

    def record_intake(self, record: dict) -> None:
        self.intake.insert(record)

    # -- cases ---------------------------------------------------------------------------
    def next_case_id(self, year: int, prefix: str = "LL") -> str:
        q = Query()
        key = f"case_seq_{year}"
        row = self.meta.get(q.key == key)
        seq = (row["value"] if row else 0) + 1
        self.meta.upsert({"key": key, "value": seq}, q.key == key)
        return f"{prefix}-{year}-{seq:06d}"

    def put_case(self, case: dict) -> None:
        self.cases.upsert(case, Query().id == case["id"])

    def get_case(self, case_id: str) -> dict | None:
        """A copy: TinyDB hands out documents that share nested lists with the store."""
        found = self.cases.get(Query().id == case_id)
        return copy.deepcopy(dict(found)) if found else None

    def all_cases(self) -> list[dict]:
        return list(self.cases.all())

    # -- outbox --------------------------------------------------------------------------
    def add_outgoing(self, mail: dict) -> None:
        self.outbox.upsert(mail, Query().message_id == mail["message_id"])

    def outgoing(self, message_id: str) -> dict | None:
        return self.outbox.get(Query().message_id == message_id)

    def pending_outgoing(self) -> list[dict]:
        return sorted(self.outbox.search(Query().status == "pending"), key=lambda m: m["queued_at"])

    def update_outgoing(self, message_id: str, fields: dict) -> None:
        self.outbox.update(fields, Query().message_id == message_id)
